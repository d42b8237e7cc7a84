// The revision of the published open data, as this isolate last read it. Readers may keep a
// page for a minute anyway (Cache-Control on open data), so an isolate may trust the revision
// it read for a few seconds and answer from the pages it built without asking D1 at all.
// Publishing in this isolate forgets it at once; a read that started before a publication
// landed is not kept (the generation moved on meanwhile), so no isolate trusts an older
// revision than one it has itself published.

/** How long an isolate trusts the revision it read. Far below the minute readers may keep a page. */
export const TRUST_MS = 5_000;

let known: { revision: number; at: number } | null = null;
let generation = 0;

/** Called after every batch that may have published (review, lock, unlock, the cron). */
export function forgetPublishedRevision(): void {
  generation++;
  known = null;
}

/**
 * The current revision: the one read within TRUST_MS, else `read()`'s. `trust: false` always
 * reads (the worker tests reset D1 between tests inside one isolate, which production never does).
 */
export async function publishedRevision(read: () => Promise<number>, opts: { trust: boolean; now?: () => number }): Promise<number> {
  const now = opts.now ?? Date.now;
  if (opts.trust && known && now() - known.at < TRUST_MS) return known.revision;
  const started = generation;
  const at = now();
  const revision = await read();
  if (opts.trust && generation === started) known = { revision, at };
  return revision;
}
