// A horizontal bar chart as one SVG (role="img", with a <title> and a <desc>), for the
// national totals and the open data. The same figures are always in a table beside it; the
// chart is a picture of them. A bar built on only some of the expected returns is drawn
// hatched and says "Incomplete" in words, not in colour alone.
import { el } from '../lib/dom.ts';

export interface Bar {
  name: string;
  value: number | null;
  /** The value as shown ("1,234", "c"). */
  text: string;
  /** Words after the value, e.g. "Incomplete". */
  flag?: string;
}
export interface ChartSpec {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
}

const NS = 'http://www.w3.org/2000/svg';
const WIDTH = 400;
const ROW = 44;
const BAR = 16;
const FILL = '#0e4f58';

function svg(tag: string, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** The hatching of incomplete bars (diagonal lines of the bar's colour). */
function hatch(id: string): SVGElement {
  return svg(
    'defs',
    {},
    svg(
      'pattern',
      { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 6, height: 6, fill: '#ffffff' }),
      svg('rect', { width: 3, height: 6, fill: FILL }),
    ),
  );
}

function barRow(bar: Bar, i: number, max: number, pattern: string): SVGElement {
  const y = i * ROW;
  const width = bar.value && max > 0 ? Math.max(1, (bar.value / max) * (WIDTH * 0.75)) : 0;
  const label = bar.flag ? `${bar.text} (${bar.flag})` : bar.text;
  return svg(
    'g',
    {},
    svg('text', { x: 0, y: y + 14, 'font-size': 14, fill: '#0b0c0c' }, bar.name),
    svg('rect', {
      x: 0,
      y: y + 20,
      width,
      height: BAR,
      fill: bar.flag ? `url(#${pattern})` : FILL,
      stroke: FILL,
      'stroke-width': bar.flag ? 1 : 0,
    }),
    svg('text', { x: width + 6, y: y + 33, 'font-size': 14, fill: '#0b0c0c' }, label),
  );
}

/** The chart: an SVG whose accessible name is its title, described by its description. */
export function barChart(spec: ChartSpec): HTMLElement {
  const max = Math.max(0, ...spec.bars.map((b) => b.value ?? 0));
  const height = Math.max(ROW, spec.bars.length * ROW);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const pattern = `${spec.id}-hatch`;
  const chart = svg(
    'svg',
    {
      class: 'app-chart__svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      role: 'img',
      'aria-label': spec.title,
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      focusable: 'false',
    },
    svg('title', { id: titleId }, spec.title),
    svg('desc', { id: descId }, spec.description),
    hatch(pattern),
    ...spec.bars.map((b, i) => barRow(b, i, max, pattern)),
  );
  return el('figure', { class: 'app-chart' }, chart);
}
