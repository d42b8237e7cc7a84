// The zod parts every saved record of the engine is built from (engine.ts is the rest, and
// imports no validator, so pages that only show results never load one). zod/mini keeps the
// browser bundle small; the schemas behave like full zod schemas.
import * as z from 'zod/mini';
import { isRealIsoDate } from './engine.ts';

/**
 * One of a few strings (a version, a language, a priority). A check on a string rather than
 * `z.literal`/`z.enum`, so the pages that read a draft ship one schema kind fewer each.
 */
export const oneOf = <const T extends string>(values: readonly T[]) =>
  z.string().check(z.refine((v) => (values as readonly string[]).includes(v))) as unknown as z.ZodMiniType<T, T>;

/** Ids of records and plan rows: made in the browser, so only checked for shape. */
export const recordId = () => z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

/**
 * A moment as the browser writes it (`Date.prototype.toISOString`): UTC, to the second or finer.
 * A plain pattern rather than `z.iso.datetime()`, whose pattern builder would ship to every page
 * that reads a draft.
 */
export const instantField = () =>
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/));

/** A level held: 0 ("not yet") up to the top rank of the scale. */
export const rankField = (top: number) => z.int().check(z.minimum(0), z.maximum(top));

/**
 * An object with an optional entry for each criterion id and no other key. Written as a strict
 * object rather than `z.record` + a check of the keys: the same rule, and every page that reads
 * a draft already loads the object schema, so the record schema's code never ships to them.
 */
function byCriterion<A extends z.ZodMiniType>(ids: ReadonlySet<string>, entry: A) {
  const shape = Object.fromEntries([...ids].map((id) => [id, z.optional(entry)]));
  return z.strictObject(shape) as unknown as z.ZodMiniType<Record<string, z.output<A>>, Record<string, z.input<A>>>;
}

/** Answers keyed by criterion id; an unknown id is refused. */
export function answersField<A extends z.ZodMiniType>(ids: ReadonlySet<string>, answer: A) {
  return byCriterion(ids, answer);
}

/** The list of criteria a plan row works on, stored under the kind's own key (e.g. `competencyIds`). */
export function linksField<L extends string>(key: L, ids: ReadonlySet<string>) {
  const links = z.array(z.string()).check(z.refine((a) => a.every((id) => ids.has(id)), { message: 'unknown criterion' }));
  return { [key]: links } as { [K in L]: typeof links };
}

/** A plan row's target date: YYYY-MM-DD, or '' while the date is still being typed. */
export const targetDateField = () => z.string().check(z.refine((s) => s === '' || isRealIsoDate(s), { message: 'not a date' }));

/** A reviewer's own level for each criterion (0 = "not yet"), with an optional comment. */
export function reviewRatingsSchema(ids: ReadonlySet<string>, top: number, commentMax: number) {
  return byCriterion(ids, z.object({ level: rankField(top), comment: z.optional(z.string().check(z.maxLength(commentMax))) }));
}
