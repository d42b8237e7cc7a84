// DOM helpers for the page modules: build elements, find them, show and hide, move focus,
// announce to screen readers. Text always goes in as text (never as HTML).

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

/**
 * `el('a', { href, class: 'govuk-link' }, 'Text', otherNode)`. `true` sets an empty
 * attribute, `false`/null/undefined leaves it out; `class` sets the class list.
 */
export function el<T extends keyof HTMLElementTagNameMap>(tag: T, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[T] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, skipping null/undefined/false; strings and numbers become text. */
export function append(parent: Element | DocumentFragment, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** The first match or null. */
export const find = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E | null =>
  root.querySelector<E>(selector);
/** Every match, as an array. */
export const findAll = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E[] => [
  ...root.querySelectorAll<E>(selector),
];
/** The first match; throws when the shell lacks it (a bug in the page, not the user's problem). */
export function must<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E {
  const found = root.querySelector<E>(selector);
  if (!found) throw new Error(`missing ${selector}`);
  return found;
}

/** Shows (or, with `visible` false, hides) an element through the `hidden` attribute. */
export function show(node: HTMLElement | null, visible = true): void {
  if (node) node.hidden = !visible;
}
export const hide = (node: HTMLElement | null): void => show(node, false);

/**
 * Moves focus to an element that is not focusable by itself (a heading, a panel, the error
 * summary) by giving it tabindex="-1" first, and scrolls it into view.
 */
export function focus(node: HTMLElement | null): void {
  if (!node) return;
  if (!node.hasAttribute('tabindex') && node.tabIndex < 0) node.setAttribute('tabindex', '-1');
  node.focus();
}

/** Focus on the page's heading, so a screen reader starts at the top of the new page. */
export const focusHeading = (): void => find('main h1')?.focus();

let liveRegion: HTMLElement | null = null;
/**
 * Says a message to screen readers without moving focus (one polite, visually hidden live
 * region per page). Use a visible message on the page too when sighted users need it.
 */
export function announce(message: string): void {
  if (!liveRegion?.isConnected) {
    liveRegion = el('div', { class: 'govuk-visually-hidden', role: 'status', 'aria-live': 'polite', 'data-announcer': true });
    document.body.append(liveRegion);
  }
  const region = liveRegion;
  region.textContent = '';
  // A fresh text node after a tick, so a repeated message is announced again.
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** The value of a form control by name (trimmed is the caller's choice). */
export function fieldValue(form: HTMLFormElement, name: string): string {
  const control = form.elements.namedItem(name);
  if (control instanceof RadioNodeList) return control.value;
  if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement) {
    return control.type === 'checkbox' ? ((control as HTMLInputElement).checked ? control.value : '') : control.value;
  }
  return '';
}

/** Calls `handler` on submit without reloading the page. */
export function onSubmit(form: HTMLFormElement, handler: (form: HTMLFormElement) => void | Promise<void>): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void handler(form);
  });
}
