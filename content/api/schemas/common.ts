// Small schemas every part of the API contract uses.
import { z } from 'zod';

export const LangCode = z.enum(['cy', 'en']);
/** Text in both languages (as the API sends it; content/schema.ts's Text also refuses blanks). */
export const BiText = z.object({ cy: z.string(), en: z.string() });
export const Uuid = z.uuid();
/** Milliseconds since the epoch. */
export const Millis = z.number().int();
/** An ISO 8601 timestamp. */
export const IsoTime = z.string();
/** "?lang=cy|en": the language of messages and downloads (else the caller's preference). */
export const LangQuery = z.object({ lang: LangCode.optional() });

/** Text typed by people: trimmed, no control characters. */
export const PlainText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { params: { i18n: 'error.field.invalid' } });

/** A plain confirmation in the caller's language (sign-in link sent, signed out). */
export const Message = z.object({ message: z.string() });
