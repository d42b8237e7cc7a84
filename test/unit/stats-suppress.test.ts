import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditDisclosure,
  cellId,
  gridTable,
  hierarchyTable,
  type LinearTable,
  type SuppressionResult,
  suppress,
  suppressGrid,
  TOTAL,
} from '../../content/stats/suppress.ts';

const published = (r: SuppressionResult) => [...r.cells.values()].map((c) => c.value).filter((v): v is number => v !== null);

describe('primary suppression', () => {
  it('withholds 1–4 and shows 0 and 5 or more', () => {
    const table: LinearTable = { cells: { a: 0, b: 1, c: 2, d: 3, e: 4, f: 5, g: 100 }, constraints: [] };
    const r = suppress(table);
    expect(Object.fromEntries([...r.cells].map(([k, v]) => [k, v.value]))).toEqual({
      a: 0,
      b: null,
      c: null,
      d: null,
      e: null,
      f: 5,
      g: 100,
    });
    expect(r.cells.get('e')).toEqual({ value: null, reason: 'primary' });
    expect(r.counts).toEqual({ primary: 4, secondary: 0 });
  });

  it('withholds a total that is itself small', () => {
    const r = suppress({ cells: { t: 3, a: 3, b: 0 }, constraints: [{ total: 't', parts: ['a', 'b'] }] });
    expect(r.cells.get('t')!.reason).toBe('primary');
    expect(r.cells.get('b')!.value).toBe(0);
    expect(auditDisclosure({ cells: { t: 3, a: 3, b: 0 }, constraints: [{ total: 't', parts: ['a', 'b'] }] }, r).ok).toBe(true);
  });

  it('rejects tables that do not add up or hold non-counts', () => {
    expect(() => suppress({ cells: { t: 10, a: 3, b: 6 }, constraints: [{ total: 't', parts: ['a', 'b'] }] })).toThrow(/add up/);
    expect(() => suppress({ cells: { a: -1 }, constraints: [] })).toThrow();
    expect(() => suppress({ cells: { a: 2.5 }, constraints: [] })).toThrow();
  });
});

describe('secondary suppression', () => {
  it('a row with one small cell and a total: another cell of the row is withheld (the smallest)', () => {
    const table: LinearTable = { cells: { total: 60, a: 3, b: 20, c: 37 }, constraints: [{ total: 'total', parts: ['a', 'b', 'c'] }] };
    const r = suppress(table);
    expect(r.cells.get('a')).toEqual({ value: null, reason: 'primary' });
    expect(r.cells.get('b')).toEqual({ value: null, reason: 'secondary' });
    expect(r.cells.get('c')!.value).toBe(37);
    expect(r.cells.get('total')!.value).toBe(60);
    expect(auditDisclosure(table, r).ok).toBe(true);
  });

  it('a 2-D table: the row and the column of a small cell both get a second withheld cell', () => {
    const g = suppressGrid({
      rows: ['r1', 'r2', 'r3'],
      cols: ['c1', 'c2', 'c3'],
      values: [
        [2, 30, 40],
        [10, 50, 60],
        [20, 70, 80],
      ],
    });
    expect(g.values).toEqual([
      [null, null, 40],
      [null, null, 60],
      [20, 70, 80],
    ]);
    expect(g.reasons[0]).toEqual(['primary', 'secondary', null]);
    expect(g.rowTotals).toEqual([72, 120, 170]);
    expect(g.colTotals).toEqual([32, 150, 180]);
    expect(g.grandTotal).toBe(362);
    const audit = auditDisclosure(g.table, g.result);
    expect(audit.problems).toEqual([]);
    expect(audit.ok).toBe(true);
    const range = audit.cells.get(cellId('r1', 'c1'))!.range!;
    expect(range[1] - range[0]).toBeGreaterThanOrEqual(1);
    expect(range[0]).toBeLessThanOrEqual(2);
    expect(range[1]).toBeGreaterThanOrEqual(2);
  });

  it('a column case: one small cell in a column with a column total only', () => {
    const g = suppressGrid({ rows: ['a', 'b', 'c'], cols: ['n'], values: [[12], [4], [9]], rowTotals: false, grandTotal: false });
    expect(g.values).toEqual([[12], [null], [null]]);
    expect(g.colTotals).toEqual([25]);
    expect(auditDisclosure(g.table, g.result).ok).toBe(true);
  });

  it('a hierarchy: health boards → Wales, with a withheld cluster inside one board', () => {
    const table = hierarchyTable({
      id: 'wales',
      children: [
        {
          id: 'hb1',
          children: [
            { id: 'hb1-a', value: 3 },
            { id: 'hb1-b', value: 40 },
          ],
        },
        { id: 'hb2', value: 25 },
        { id: 'hb3', value: 70 },
      ],
    });
    const r = suppress(table);
    // hb1-a is small; hb1 = hb1-a + hb1-b exposes it unless hb1-b or hb1 is withheld.
    expect(r.cells.get('hb1-a')!.reason).toBe('primary');
    expect(r.cells.get('hb1-b')!.reason).toBe('secondary');
    expect(r.cells.get('wales')!.value).toBe(138);
    expect(auditDisclosure(table, r).ok).toBe(true);
  });

  it('a hierarchy where the secondary cell cascades up a level', () => {
    const table = hierarchyTable({
      id: 'wales',
      children: [
        {
          id: 'hb1',
          children: [
            { id: 'hb1-a', value: 2 },
            { id: 'hb1-b', value: 1 },
          ],
        },
        { id: 'hb2', value: 25 },
        { id: 'hb3', value: 70 },
      ],
    });
    const r = suppress(table);
    // hb1 = 3 is itself small; then Wales = hb1 + hb2 + hb3 would expose it, so hb2 (smallest) goes too.
    expect(r.cells.get('hb1')!.reason).toBe('primary');
    expect(r.cells.get('hb2')!.reason).toBe('secondary');
    expect(r.cells.get('hb3')!.value).toBe(70);
    expect(r.cells.get('wales')!.value).toBe(98);
    expect(auditDisclosure(table, r).ok).toBe(true);
  });

  it('protects a cell that only the whole system of constraints pins down (a bridge)', () => {
    // Two blocks of withheld cells, each a 2×2 cycle, are joined by one row; the single-constraint
    // rule is satisfied everywhere yet the joining cell is determined. The backstop must catch it.
    const table: LinearTable = {
      cells: { x: 1, y: 9, t1: 10, u: 1, v: 9, t2: 10, s: 2, w: 18, t3: 20 },
      constraints: [
        { total: 't1', parts: ['x', 'y'] },
        { total: 't2', parts: ['u', 'v'] },
        { total: 's', parts: ['x', 'u'] },
        { total: 'w', parts: ['y', 'v'] },
        { total: 't3', parts: ['t1', 't2'] },
      ],
    };
    // Hand-made result: x, u, y, v withheld; s (= 2) would be primary so is withheld too — fine.
    const r = suppress(table);
    const audit = auditDisclosure(table, r);
    expect(audit.problems).toEqual([]);
    expect(published(r).every((v) => v === 0 || v >= 5)).toBe(true);
  });

  it('the audit catches a result that leaks by subtraction or by the linear system', () => {
    const table: LinearTable = { cells: { total: 60, a: 3, b: 20, c: 37 }, constraints: [{ total: 'total', parts: ['a', 'b', 'c'] }] };
    const leaky: SuppressionResult = {
      cells: new Map([
        ['total', { value: 60 }],
        ['a', { value: null, reason: 'primary' }],
        ['b', { value: 20 }],
        ['c', { value: 37 }],
      ]),
      counts: { primary: 1, secondary: 0 },
    };
    const audit = auditDisclosure(table, leaky);
    expect(audit.ok).toBe(false);
    expect(audit.cells.get('a')!.exposedBy).toBe('single-constraint');

    // Linear leak: a = t1 − (b) where b is found from another row: every constraint has two withheld members
    // except that the system as a whole pins a and b.
    const t2: LinearTable = {
      cells: { a: 3, b: 7, t1: 10, c: 7, t2: 7 },
      constraints: [
        { total: 't1', parts: ['a', 'b'] },
        { total: 't2', parts: ['b'] },
        { total: 'c', parts: ['b'] },
      ],
    };
    const leaky2: SuppressionResult = {
      cells: new Map([
        ['a', { value: null, reason: 'primary' }],
        ['b', { value: null, reason: 'secondary' }],
        ['t1', { value: 10 }],
        ['c', { value: null, reason: 'secondary' }],
        ['t2', { value: null, reason: 'secondary' }],
      ]),
      counts: { primary: 1, secondary: 3 },
    };
    const audit2 = auditDisclosure(t2, leaky2);
    expect(audit2.ok).toBe(true); // b = c = t2 is unknown: a is safe
    const leaky3: SuppressionResult = { ...leaky2, cells: new Map([...leaky2.cells, ['t2', { value: 7 }]]) };
    const audit3 = auditDisclosure(t2, leaky3);
    expect(audit3.ok).toBe(false);
    expect(audit3.cells.get('a')!.exposedBy).toBe('linear-system');
  });

  it('flags a published small count', () => {
    const table: LinearTable = { cells: { a: 4 }, constraints: [] };
    const audit = auditDisclosure(table, { cells: new Map([['a', { value: 4 }]]) });
    expect(audit.ok).toBe(false);
    expect(audit.cells.get('a')!.exposedBy).toBe('published-small');
  });

  it('is deterministic', () => {
    const grid = {
      rows: ['a', 'b', 'c', 'd'],
      cols: ['1', '2', '3'],
      values: [
        [3, 8, 8],
        [8, 3, 8],
        [8, 8, 3],
        [0, 0, 9],
      ],
    };
    const a = suppressGrid(grid);
    const b = suppressGrid(grid);
    expect(a.values).toEqual(b.values);
    expect(auditDisclosure(a.table, a.result).ok).toBe(true);
  });
});

describe('skills-needs picture: a group of 4 never appears, directly or by subtraction', () => {
  it('competencies × levels with the number of practitioners per competency as the row total', () => {
    // 4 practitioners at "foundation" for c1: hidden, and not derivable from the 30 who answered.
    const g = suppressGrid({
      rows: ['c1', 'c2', 'c3'],
      cols: ['foundation', 'developing', 'mature'],
      values: [
        [4, 11, 15],
        [6, 12, 12],
        [0, 10, 20],
      ],
      colTotals: true,
      grandTotal: false,
    });
    expect(g.values[0]![0]).toBeNull();
    expect(g.rowTotals[0]).toBe(30);
    const audit = auditDisclosure(g.table, g.result);
    expect(audit.ok).toBe(true);
    expect(audit.cells.get(cellId('c1', 'foundation'))!.range![1]).toBeGreaterThan(audit.cells.get(cellId('c1', 'foundation'))!.range![0]);
    // Nothing published equals 4, and subtracting the published parts from any published total never gives 4.
    for (const c of g.table.constraints) {
      const tot = g.result.cells.get(c.total)!.value;
      const hidden = c.parts.filter((p) => g.result.cells.get(p)!.value === null);
      if (tot === null || hidden.length !== 1) continue;
      throw new Error(`${hidden[0]} derivable from ${c.total}`);
    }
    expect(published(g.result)).not.toContain(4);
  });
});

describe('property: random small tables', () => {
  const arbGrid = fc.record({ nr: fc.integer({ min: 1, max: 5 }), nc: fc.integer({ min: 1, max: 5 }) }).chain(({ nr, nc }) =>
    fc
      .record({
        values: fc.array(
          fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: nc, maxLength: nc }),
          { minLength: nr, maxLength: nr },
        ),
        rowTotals: fc.boolean(),
        colTotals: fc.boolean(),
        grandTotal: fc.boolean(),
      })
      .map((x) => ({ ...x, rows: Array.from({ length: nr }, (_, i) => `r${i}`), cols: Array.from({ length: nc }, (_, j) => `c${j}`) })),
  );

  it('never publishes 1–4 and leaves no withheld cell recoverable', () => {
    fc.assert(
      fc.property(arbGrid, (grid) => {
        const g = suppressGrid(grid);
        for (const v of published(g.result)) expect(v === 0 || v >= 5).toBe(true);
        const audit = auditDisclosure(g.table, g.result);
        expect(audit.problems).toEqual([]);
        for (const [id, c] of g.result.cells) {
          if (c.value !== null) continue;
          const { range } = audit.cells.get(id)!;
          expect(range![1] - range![0]).toBeGreaterThanOrEqual(1);
        }
        // Zeros are never withheld; every primary cell is a true 1–4.
        const t = gridTable(grid);
        const vals = t.cells as Map<string, number>;
        for (const [id, c] of g.result.cells) {
          if (c.reason === 'primary') expect(vals.get(id)).toBeGreaterThanOrEqual(1);
          if (c.reason) expect(vals.get(id)).not.toBe(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('random hierarchies: parents are the sums of children, nothing small recoverable', () => {
    const arbTree = fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(arbTree, (boards) => {
        const table = hierarchyTable({
          id: 'wales',
          children: boards.map((leaves, i) => ({ id: `hb${i}`, children: leaves.map((v, j) => ({ id: `hb${i}-${j}`, value: v })) })),
        });
        const r = suppress(table);
        for (const v of published(r)) expect(v === 0 || v >= 5).toBe(true);
        expect(auditDisclosure(table, r).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

it('TOTAL marker keeps margins apart from real rows called "total"', () => {
  const t = gridTable({ rows: ['total'], cols: ['x'], values: [[7]] });
  expect((t.cells as Map<string, number>).get(cellId('total', 'x'))).toBe(7);
  expect((t.cells as Map<string, number>).get(cellId(TOTAL, TOTAL))).toBe(7);
});
