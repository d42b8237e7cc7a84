// Statistical disclosure control for published counts: small-number suppression.
//
// RULE. A published count is never 1, 2, 3 or 4 ("under 5" means 1–4 here: 0 is shown, because
// "nobody" identifies no one, and 5 or more is shown). Those cells are withheld: PRIMARY
// suppression. A withheld cell must not be recoverable by arithmetic from what is published,
// so further cells are withheld too: SECONDARY suppression.
//
// INPUT is a set of cells (id → non-negative integer) and linear constraints "total = sum of
// parts" between them: the rows, columns and grand total of a 2-D table, the levels of a
// hierarchy (health boards → Wales), a breakdown of an item into categories, or any mix.
//
// METHOD (deterministic: the same input always gives the same output).
//  1. Primary: withhold every cell whose value is 1–4 (threshold configurable, default 5).
//  2. Secondary, single-constraint rule, to a fixed point: go through the constraints in order;
//     whenever a constraint has exactly one withheld member (counting its parts and its total),
//     that member could be found by subtraction, so withhold one more member of it: the
//     smallest non-zero published one (they are all ≥ 5 by then), ties going to a part rather
//     than a cell that is itself a total of some constraint, then to the earlier-declared cell.
//     Repeat the pass until nothing changes.
//  3. Backstop, linear-system rule: step 2 stops one-step subtraction, but a cell can still be
//     pinned down by combining several constraints (e.g. a "bridge" between two blocks of
//     withheld cells). So the result is audited exactly (see below); for each withheld cell the
//     audit finds determined, withhold the smallest non-zero published cell sharing a constraint
//     with it (same tie-breaks; if none, the smallest non-zero published cell in any constraint
//     reachable from it), then go back to step 2. This always ends: once every non-zero cell
//     of a connected group is withheld, the published values of the group are all 0 and no
//     withheld (non-zero) cell can be determined.
//  Zero cells are never withheld, so every withheld cell is ≥ 1.
//
// AUDIT (`auditDisclosure`). A withheld cell x_i is safe when the published cells and all the
// constraints leave it undetermined. We check this exactly: the constraints, with published
// values moved to the right-hand side, form A·x = b over the withheld cells; x_i is determined
// iff the unit vector e_i lies in the row space of A, which we test by exact rational Gaussian
// elimination (bigint fractions, so no rounding). Non-negativity cannot pin a cell down either,
// because every withheld cell is ≥ 1: the true values are strictly inside x ≥ 0, so moving
// along any null-space direction v with v_i ≠ 0 stays feasible for a while. The audit gives
// that direction as a witness and reports the range [lo, hi] of x_i it proves feasible (a
// lower bound on the real feasible range): for an undetermined cell, hi − lo > 0. The audit
// also checks directly that no published value is 1–4 and that every constraint with a
// withheld member has at least two.
//
// Totals that are themselves 1–4 are withheld like any other cell.

export type Reason = 'primary' | 'secondary';
export interface Constraint {
  total: string;
  parts: readonly string[];
}
export interface LinearTable {
  /** Cell values, in a stable order (the order breaks ties). Non-negative integers. */
  cells: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  constraints: readonly Constraint[];
}
export interface CellResult {
  /** The published value, or null when withheld. */
  value: number | null;
  reason?: Reason;
}
export interface SuppressionResult {
  cells: Map<string, CellResult>;
  /** How many cells each rule withheld. */
  counts: { primary: number; secondary: number };
}
export interface SuppressOptions {
  /** Counts from 1 up to threshold − 1 are withheld. Default 5 (so 1–4). */
  threshold?: number;
}
export const DEFAULT_THRESHOLD = 5;

function entries(cells: LinearTable['cells']): [string, number][] {
  return cells instanceof Map ? [...cells.entries()] : Object.entries(cells);
}

/** Checks the table: values are non-negative integers, every constraint adds up and names known cells. */
export function validateTable(table: LinearTable): Map<string, number> {
  const cells = new Map(entries(table.cells));
  for (const [id, v] of cells) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`cell ${id}: ${v} is not a non-negative integer count`);
  }
  for (const c of table.constraints) {
    const members = [c.total, ...c.parts];
    for (const m of members) if (!cells.has(m)) throw new RangeError(`constraint on ${c.total}: unknown cell ${m}`);
    if (new Set(members).size !== members.length) throw new RangeError(`constraint on ${c.total}: a cell appears twice`);
    const sum = c.parts.reduce((s, p) => s + cells.get(p)!, 0);
    if (sum !== cells.get(c.total)) throw new RangeError(`constraint on ${c.total}: parts add up to ${sum}, not ${cells.get(c.total)}`);
  }
  return cells;
}

export function suppress(table: LinearTable, options: SuppressOptions = {}): SuppressionResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = validateTable(table);
  const order = new Map([...values.keys()].map((id, i) => [id, i]));
  const isTotal = new Set(table.constraints.map((c) => c.total));
  const reason = new Map<string, Reason>();
  for (const [id, v] of values) if (v >= 1 && v < threshold) reason.set(id, 'primary');

  /** Smallest non-zero published cell among candidates: parts before totals, then declaration order. */
  const pickCandidate = (candidates: Iterable<string>): string | undefined => {
    let best: string | undefined;
    for (const id of candidates) {
      const v = values.get(id)!;
      if (v === 0 || reason.has(id)) continue;
      if (best === undefined) {
        best = id;
        continue;
      }
      const bv = values.get(best)!;
      const key = (x: string, xv: number) => [xv, isTotal.has(x) ? 1 : 0, order.get(x)!] as const;
      const a = key(id, v);
      const b = key(best, bv);
      if (a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])))) best = id;
    }
    return best;
  };

  const members = (c: Constraint) => [c.total, ...c.parts];
  const fixedPoint = () => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of table.constraints) {
        const m = members(c);
        if (m.filter((id) => reason.has(id)).length !== 1) continue;
        const pick = pickCandidate(m);
        if (pick === undefined) continue; // cannot happen for a consistent constraint with a non-zero withheld member
        reason.set(pick, 'secondary');
        changed = true;
      }
    }
  };

  for (;;) {
    fixedPoint();
    const audit = linearAudit(table, values, new Set(reason.keys()));
    const exposed = [...audit.entries()].filter(([, a]) => a.determined).map(([id]) => id);
    if (exposed.length === 0) break;
    const target = exposed[0]!;
    let pick = pickCandidate(table.constraints.filter((c) => members(c).includes(target)).flatMap(members));
    if (pick === undefined) pick = pickCandidate(reachable(table.constraints, target));
    if (pick === undefined) throw new Error(`suppression: cannot protect ${target}`); // unreachable, see METHOD 3
    reason.set(pick, 'secondary');
  }

  const cells = new Map<string, CellResult>();
  let primary = 0;
  let secondary = 0;
  for (const [id, v] of values) {
    const r = reason.get(id);
    if (r === 'primary') primary++;
    if (r === 'secondary') secondary++;
    cells.set(id, r ? { value: null, reason: r } : { value: v });
  }
  return { cells, counts: { primary, secondary } };
}

function reachable(constraints: readonly Constraint[], start: string): string[] {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const c of constraints) {
      const m = [c.total, ...c.parts];
      if (!m.includes(id)) continue;
      for (const x of m)
        if (!seen.has(x)) {
          seen.add(x);
          queue.push(x);
        }
    }
  }
  return [...seen];
}

// ------------------------------------------------------------------ exact rational arithmetic
class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new RangeError('division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    this.n = g > 1n ? n / g : n;
    this.d = g > 1n ? d / g : d;
  }
  static of(x: number) {
    return new Q(BigInt(x));
  }
  isZero() {
    return this.n === 0n;
  }
  sub(o: Q) {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q) {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q) {
    return new Q(this.n * o.d, this.d * o.n);
  }
  toNumber() {
    return Number(this.n) / Number(this.d);
  }
}
function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

interface LinearVerdict {
  determined: boolean;
  /** For an undetermined cell: a direction over the withheld cells that keeps every constraint. */
  witness?: Map<string, number>;
}

/** Exact test of which withheld cells the published cells and the constraints determine. */
function linearAudit(table: LinearTable, values: Map<string, number>, withheld: Set<string>): Map<string, LinearVerdict> {
  const vars = [...values.keys()].filter((id) => withheld.has(id));
  const col = new Map(vars.map((id, i) => [id, i]));
  // Rows of A: coefficient +1 for each withheld part, −1 for a withheld total.
  const rows: Q[][] = [];
  for (const c of table.constraints) {
    const row = vars.map(() => Q.of(0));
    let any = false;
    for (const p of c.parts) {
      const j = col.get(p);
      if (j !== undefined) {
        row[j] = Q.of(1);
        any = true;
      }
    }
    const jt = col.get(c.total);
    if (jt !== undefined) {
      row[jt] = Q.of(-1);
      any = true;
    }
    if (any) rows.push(row);
  }
  // Reduced row echelon form.
  const pivotOfRow: number[] = [];
  let r = 0;
  for (let j = 0; j < vars.length && r < rows.length; j++) {
    let p = r;
    while (p < rows.length && rows[p]![j]!.isZero()) p++;
    if (p === rows.length) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pr = rows[r]!;
    const pv = pr[j]!;
    for (let k = 0; k < vars.length; k++) pr[k] = pr[k]!.div(pv);
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const f = rows[i]![j]!;
      if (f.isZero()) continue;
      const ri = rows[i]!;
      for (let k = 0; k < vars.length; k++) ri[k] = ri[k]!.sub(f.mul(pr[k]!));
    }
    pivotOfRow.push(j);
    r++;
  }
  const pivotRow = new Map(pivotOfRow.map((j, i) => [j, i]));
  const isPivot = (j: number) => pivotRow.has(j);
  /** Null-space vector with free variable f = 1 and the other free variables 0. */
  const nullVector = (f: number): Map<string, number> => {
    const v = new Map<string, number>();
    vars.forEach((id, j) => {
      if (j === f) v.set(id, 1);
      else if (isPivot(j)) v.set(id, -rows[pivotRow.get(j)!]![f]!.toNumber());
      else v.set(id, 0);
    });
    return v;
  };
  const out = new Map<string, LinearVerdict>();
  vars.forEach((id, j) => {
    if (!isPivot(j)) {
      out.set(id, { determined: false, witness: nullVector(j) });
      return;
    }
    const row = rows[pivotRow.get(j)!]!;
    const f = row.findIndex((q, k) => k !== j && !q.isZero());
    if (f === -1) out.set(id, { determined: true });
    else out.set(id, { determined: false, witness: nullVector(f) });
  });
  return out;
}

// ------------------------------------------------------------------ audit
export interface CellAudit {
  /** How the cell could be recovered, if it could. */
  exposedBy?: 'published-small' | 'single-constraint' | 'linear-system';
  /** For a withheld cell: values it provably could take, given everything published. */
  range?: [number, number];
}
export interface DisclosureAudit {
  ok: boolean;
  /** One entry per problem, in words. */
  problems: string[];
  cells: Map<string, CellAudit>;
}

/**
 * Proves that a suppression result discloses no small count: no published value is 1–4, no
 * withheld cell is alone among the members of a constraint, and no withheld cell is determined
 * by the whole linear system (exact rational elimination, see the header). For each withheld
 * cell it returns a feasible range found along a witness direction.
 */
export function auditDisclosure(
  table: LinearTable,
  result: Pick<SuppressionResult, 'cells'>,
  options: SuppressOptions = {},
): DisclosureAudit {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const values = validateTable(table);
  const problems: string[] = [];
  const cells = new Map<string, CellAudit>();
  const withheld = new Set<string>();
  for (const [id, v] of values) {
    const r = result.cells.get(id);
    if (!r) {
      problems.push(`${id}: missing from the result`);
      continue;
    }
    if (r.value === null) {
      withheld.add(id);
      continue;
    }
    if (r.value !== v) problems.push(`${id}: published ${r.value} but the true value is ${v}`);
    if (r.value >= 1 && r.value < threshold) {
      problems.push(`${id}: small count ${r.value} published`);
      cells.set(id, { exposedBy: 'published-small' });
    }
  }
  for (const id of withheld)
    if (values.get(id) === 0) problems.push(`${id}: a zero is withheld; this audit assumes withheld cells are ≥ 1`);
  for (const c of table.constraints) {
    const hidden = [c.total, ...c.parts].filter((id) => withheld.has(id));
    if (hidden.length === 1) {
      problems.push(`${hidden[0]}: can be worked out by subtraction in the constraint on ${c.total}`);
      cells.set(hidden[0]!, { exposedBy: 'single-constraint' });
    }
  }
  const verdicts = linearAudit(table, values, withheld);
  for (const [id, v] of verdicts) {
    if (v.determined) {
      if (!cells.get(id)?.exposedBy) {
        problems.push(`${id}: determined by combining the published cells and constraints`);
        cells.set(id, { exposedBy: 'linear-system' });
      }
      continue;
    }
    // Feasible along x + t·w while every withheld cell stays ≥ 0.
    const w = v.witness!;
    let tmin = -Infinity;
    let tmax = Infinity;
    for (const [k, wk] of w) {
      if (wk === 0) continue;
      const xk = values.get(k)!;
      if (wk > 0) tmin = Math.max(tmin, -xk / wk);
      else tmax = Math.min(tmax, xk / -wk);
    }
    const wi = w.get(id)!;
    const xi = values.get(id)!;
    const ends = [xi + wi * tmin, xi + wi * tmax].sort((a, b) => a - b) as [number, number];
    if (!cells.get(id)?.exposedBy) cells.set(id, { range: ends });
  }
  return { ok: problems.length === 0, problems, cells };
}

// ------------------------------------------------------------------ 2-D tables
export interface Grid {
  rows: readonly string[];
  cols: readonly string[];
  /** values[r][c], non-negative integers. */
  values: readonly (readonly number[])[];
  /** Which margins are published (and so must be protected too). Default: all three. */
  rowTotals?: boolean;
  colTotals?: boolean;
  grandTotal?: boolean;
}
export interface GridResult {
  values: (number | null)[][];
  reasons: (Reason | null)[][];
  rowTotals: (number | null)[];
  colTotals: (number | null)[];
  grandTotal: number | null;
  table: LinearTable;
  result: SuppressionResult;
}
export const cellId = (r: string, c: string) => `${r}\u0000${c}`;
export const TOTAL = '\u0001total';

/** Builds the cells and constraints of a table with (some of) its margins. */
export function gridTable(grid: Grid): LinearTable {
  const { rows, cols, values } = grid;
  const rowTotals = grid.rowTotals ?? true;
  const colTotals = grid.colTotals ?? true;
  const grandTotal = grid.grandTotal ?? true;
  if (values.length !== rows.length || values.some((r) => r.length !== cols.length))
    throw new RangeError('grid: values do not match rows × cols');
  const cells = new Map<string, number>();
  const constraints: Constraint[] = [];
  rows.forEach((r, i) => cols.forEach((c, j) => cells.set(cellId(r, c), values[i]![j]!)));
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  if (rowTotals)
    rows.forEach((r, i) => {
      cells.set(cellId(r, TOTAL), sum(values[i]!));
      constraints.push({ total: cellId(r, TOTAL), parts: cols.map((c) => cellId(r, c)) });
    });
  if (colTotals)
    cols.forEach((c, j) => {
      cells.set(cellId(TOTAL, c), sum(values.map((row) => row[j]!)));
      constraints.push({ total: cellId(TOTAL, c), parts: rows.map((r) => cellId(r, c)) });
    });
  if (grandTotal) {
    cells.set(cellId(TOTAL, TOTAL), sum(values.map(sum)));
    if (rowTotals) constraints.push({ total: cellId(TOTAL, TOTAL), parts: rows.map((r) => cellId(r, TOTAL)) });
    if (colTotals) constraints.push({ total: cellId(TOTAL, TOTAL), parts: cols.map((c) => cellId(TOTAL, c)) });
    if (!rowTotals && !colTotals)
      constraints.push({ total: cellId(TOTAL, TOTAL), parts: [...cells.keys()].filter((k) => k !== cellId(TOTAL, TOTAL)) });
  }
  return { cells, constraints };
}

/** Suppresses a 2-D table with margins; returns it in the same shape (null = withheld). */
export function suppressGrid(grid: Grid, options: SuppressOptions = {}): GridResult {
  const table = gridTable(grid);
  const result = suppress(table, options);
  const get = (id: string) => result.cells.get(id);
  return {
    values: grid.rows.map((r) => grid.cols.map((c) => get(cellId(r, c))!.value)),
    reasons: grid.rows.map((r) => grid.cols.map((c) => get(cellId(r, c))!.reason ?? null)),
    rowTotals: grid.rows.map((r) => get(cellId(r, TOTAL))?.value ?? null),
    colTotals: grid.cols.map((c) => get(cellId(TOTAL, c))?.value ?? null),
    grandTotal: get(cellId(TOTAL, TOTAL))?.value ?? null,
    table,
    result,
  };
}

// ------------------------------------------------------------------ hierarchies
export interface HierarchyNode {
  id: string;
  value?: number;
  children?: readonly HierarchyNode[];
}
/**
 * A hierarchy (e.g. Wales → health boards → clusters) as a linear table: each parent is the
 * total of its children. Leaf values are given; parent values are computed (or checked if given).
 */
export function hierarchyTable(root: HierarchyNode): LinearTable {
  const cells = new Map<string, number>();
  const constraints: Constraint[] = [];
  const visit = (n: HierarchyNode): number => {
    if (cells.has(n.id)) throw new RangeError(`hierarchy: ${n.id} appears twice`);
    cells.set(n.id, 0);
    if (!n.children?.length) {
      if (n.value === undefined) throw new RangeError(`hierarchy: leaf ${n.id} has no value`);
      cells.set(n.id, n.value);
      return n.value;
    }
    const v = n.children.reduce((s, c) => s + visit(c), 0);
    if (n.value !== undefined && n.value !== v) throw new RangeError(`hierarchy: ${n.id} is ${n.value} but its children add up to ${v}`);
    cells.set(n.id, v);
    constraints.push({ total: n.id, parts: n.children.map((c) => c.id) });
    return v;
  };
  visit(root);
  return { cells, constraints };
}
