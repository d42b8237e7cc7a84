// The reason given for a revision, in the reader's language. A reason is free text in the
// language its author wrote it in; bilingual bodies in Wales write one text in both
// languages as "Cymraeg / English" (Welsh first, as the Welsh Language Standards ask), and a
// page in one language shows only its half. A reason in one language is shown as written.
import type { Lang } from '../schema.ts';

const SEPARATOR = ' / ';

/** The half of a "Cymraeg / English" reason in `lang`; any other reason unchanged. */
export function noteInLanguage(note: string, lang: Lang): string {
  const parts = note.split(SEPARATOR);
  if (parts.length !== 2) return note.trim();
  const [cy, en] = parts.map((p) => p.trim());
  if (!cy || !en) return note.trim();
  return lang === 'cy' ? cy : en;
}
