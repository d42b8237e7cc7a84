// A write decided on what this isolate held (the caller's session or key, the return) proves in
// its own batch that each thing still holds, and is refused as a whole when one does not
// (migration 0016). Each proof is a condition that is true when what was held no longer is; all
// of a batch's conditions go in ONE statement, since every statement of a batch costs the
// database its own step (locally about 40 µs of the Worker's one thread each).

/** A condition, true when what was held no longer holds; `?1…?n` are its own `binds`. */
export interface HeldCheck {
  failsWhen: string;
  binds: unknown[];
}

/** What a held caller adds to a batch: statements that lead it (the write count), and checks. */
export interface HeldCaller {
  statements: D1PreparedStatement[];
  checks: HeldCheck[];
}

/**
 * One statement that refuses its batch, with `snapshot-stale`, when any check fails: SQLite tries
 * them in turn and stops at the first that fails. Each check's parameters are numbered on from
 * the ones before it.
 */
export function refuseUnlessHeld(d1: D1Database | D1DatabaseSession, checks: readonly HeldCheck[]): D1PreparedStatement {
  const conditions: string[] = [];
  const binds: unknown[] = [];
  for (const check of checks) {
    const offset = binds.length;
    conditions.push(`(${check.failsWhen.replace(/\?(\d+)/g, (_, n: string) => `?${Number(n) + offset}`)})`);
    binds.push(...check.binds);
  }
  return d1.prepare(`INSERT INTO snapshot_checks (failed) SELECT 1 WHERE ${conditions.join('\n  OR ')}`).bind(...binds);
}

/** What D1 said when it refused a batch (its message, with the cause where it gives one). */
export const refusalText = (err: unknown) =>
  String(err instanceof Error ? `${err.message} ${(err as { cause?: unknown }).cause ?? ''}` : err);

/** A batch refused by one of its own checks (`refuseUnlessHeld`): answer from fresh reads. */
export const staleSnapshot = (err: unknown) => refusalText(err).includes('snapshot-stale');
