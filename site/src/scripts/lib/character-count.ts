// The GOV.UK character count for a textarea with data-count="<max>": the message under it
// says how many characters are left (or how many too many), and a polite live region says it
// again once typing pauses, so a screen reader is not interrupted at every key.
import { el } from './dom.ts';
import type { PageT } from './strings.ts';

export const CHARACTER_COUNT_KEYS = ['charcount.remaining', 'charcount.over'] as const;

export function characterCount(area: HTMLTextAreaElement, t: PageT<(typeof CHARACTER_COUNT_KEYS)[number]>): void {
  const max = Number(area.dataset.count);
  const message = document.getElementById(`${area.id}-info`);
  if (!message || !max) return;
  const status = el('div', { class: 'govuk-character-count__status govuk-visually-hidden', 'aria-live': 'polite' });
  message.after(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = (announce: boolean) => {
    const left = max - area.value.length;
    const text = left >= 0 ? t('charcount.remaining', { count: left }) : t('charcount.over', { count: -left });
    message.textContent = text;
    message.classList.toggle('govuk-error-message', left < 0);
    message.classList.toggle('govuk-hint', left >= 0);
    area.classList.toggle('govuk-textarea--error', left < 0);
    clearTimeout(timer);
    if (announce) timer = setTimeout(() => (status.textContent = text), 1000);
  };
  area.addEventListener('input', () => update(true));
  update(false);
}
