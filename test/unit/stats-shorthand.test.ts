import { describe, expect, it } from 'vitest';
import {
  codeExplanation,
  codeKey,
  codeLabel,
  csvCell,
  describeCell,
  formatCell,
  normaliseCodes,
  SHORTHAND_CODES,
} from '../../content/stats/shorthand.ts';

describe('StatsWales shorthand codes', () => {
  it('formats table cells in both languages', () => {
    expect(formatCell(null, ['c'], 'en')).toBe('[c]');
    expect(formatCell(null, ['c'], 'cy')).toBe('[c]');
    expect(formatCell(12, ['p'], 'en')).toBe('12 [p]');
    expect(formatCell(12, ['p'], 'cy')).toBe('12 [p]');
    expect(formatCell(1234, ['r', 'p'], 'en')).toBe('1,234 [p] [r]');
    expect(formatCell(1234, ['r', 'p', 'r'], 'cy')).toBe('1,234 [p] [r]');
    expect(formatCell(0, [], 'en')).toBe('0');
    expect(formatCell(null, ['x'], 'en')).toBe('[x]');
    expect(() => formatCell(null, ['p'], 'en')).toThrow();
    expect(() => formatCell(5, ['q' as never], 'en')).toThrow();
  });

  it('splits a cell into a bare CSV value and a NoteCodes column', () => {
    expect(csvCell(null, ['p', 'c'])).toEqual({ value: '', noteCodes: 'c,p' });
    expect(csvCell(1234, ['r'])).toEqual({ value: '1234', noteCodes: 'r' });
    expect(csvCell(7, [])).toEqual({ value: '7', noteCodes: '' });
    expect(() => csvCell(null, [])).toThrow();
  });

  it('labels and explains every code in Welsh and English', () => {
    expect(codeLabel('c', 'en')).toBe('confidential');
    expect(codeLabel('c', 'cy')).toBe('cyfrinachol');
    expect(codeLabel('p', 'cy')).toBe('dros dro');
    expect(codeLabel('r', 'cy')).toBe('diwygiedig');
    expect(codeLabel('x', 'cy')).toBe('ddim ar gael');
    expect(codeLabel('z', 'cy')).toBe('ddim yn berthnasol');
    for (const c of SHORTHAND_CODES) {
      expect(codeExplanation(c, 'cy')).not.toBe(codeExplanation(c, 'en'));
      expect(codeExplanation(c, 'cy').length).toBeGreaterThan(20);
    }
    expect(codeExplanation('c', 'en')).toMatch(/1 to 4/);
    expect(codeExplanation('c', 'cy')).toMatch(/1 i 4/);
    expect(codeKey('cy', ['r', 'c']).map((k) => k.code)).toEqual(['c', 'r']);
    expect(describeCell(12, ['p'], 'cy')).toBe('12, dros dro');
    expect(describeCell(null, ['c'], 'en')).toBe('confidential');
    expect(normaliseCodes(['z', 'x', 'c'])).toEqual(['c', 'x', 'z']);
  });
});
