import type { Timeline, TimelineBucket } from '../../api/timeline.js';
import { getJson } from './api.js';
import { typeColor } from './colors.js';
import type { ViewContext } from './context.js';
import { h, num, s, tip } from './dom.js';
import { typeLegend } from './legend.js';
import { filterParams } from './state.js';

const INTERVALS = ['day', 'week', 'month', 'year'] as const;
const WIDTH = 1100;
const HEIGHT = 340;
const M = { top: 16, right: 12, bottom: 44, left: 44 };
const PRECISION_TEXT: Readonly<Record<string, string>> = {
  month: 'dated only to a month', year: 'dated only to a year', decade: 'dated only to a decade', century: 'dated only to a century', undated: 'without a date',
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The next period after `period` at `interval` (to draw empty bars between busy ones). */
function nextPeriod(period: string, interval: string): string {
  if (interval === 'year') return String(Number(period) + 1);
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  }
  const d = new Date(`${period}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (interval === 'week' ? 7 : 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Buckets with the empty periods between them filled in, unless that would mean hundreds of bars. */
function withGaps(buckets: readonly TimelineBucket[], interval: string): (TimelineBucket | { period: string; empty: true })[] {
  const first = buckets[0];
  const last = buckets.at(-1);
  if (!first || !last) return [];
  const byPeriod = new Map(buckets.map((b) => [b.period, b]));
  const out: (TimelineBucket | { period: string; empty: true })[] = [];
  for (let p = first.period, guard = 0; p <= last.period && guard < 400; p = nextPeriod(p, interval), guard++) {
    out.push(byPeriod.get(p) ?? { period: p, empty: true });
  }
  return out.length >= 400 ? [...buckets] : out;
}

function label(period: string, interval: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (interval === 'year') return period;
  if (interval === 'month') return `${months[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
  return `${Number(period.slice(8))} ${months[Number(period.slice(5, 7)) - 1]}${interval === 'week' ? '' : ''} ${period.slice(2, 4)}`;
}

function niceMax(n: number): number {
  if (n <= 5) return Math.max(n, 1);
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / step) * step;
}

/** Stacked bars of events per period and type; background events hatched and lighter. */
export async function renderTimeline(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const interval = (INTERVALS as readonly string[]).includes(state.interval) ? state.interval : 'month';
  const data = await getJson<Timeline>('/api/aggregates/timeline', filterParams(state.filters, { interval }));

  const seg = h('div', { class: 'seg', role: 'group', 'aria-label': 'Interval' },
    ...INTERVALS.map((i) => h('button', { type: 'button', 'aria-pressed': String(i === interval), onclick: () => navigate({ interval: i }) }, i)));
  const panel = h('section', { class: 'panel' },
    h('h2', {}, 'Events over time'),
    h('p', { class: 'hint' }, `${num(data.total)} events match the filters. Click a bar segment to list its events.`),
    h('div', { class: 'toolbar' }, seg));
  root.append(panel);

  const bars = withGaps(data.buckets, interval);
  if (bars.length === 0) {
    panel.append(h('div', { class: 'empty' }, `No event has a date precise enough for ${interval} bars.`));
  } else {
    const max = niceMax(Math.max(...data.buckets.map((b) => b.total)));
    const innerW = WIDTH - M.left - M.right;
    const innerH = HEIGHT - M.top - M.bottom;
    const band = innerW / bars.length;
    const barW = Math.max(2, Math.min(60, band * 0.72));
    const y = (v: number) => M.top + innerH - (v / max) * innerH;
    const svg = s('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Stacked bar chart of events per period and type' });
    svg.append(s('defs', {}, s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      s('rect', { width: 6, height: 6, fill: 'white', 'fill-opacity': 0.55 }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'white', 'stroke-width': 3 }))));
    const ticks = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * max));
    for (const t of ticks) {
      svg.append(s('line', { class: 'grid', x1: M.left, x2: WIDTH - M.right, y1: y(t), y2: y(t) }));
      svg.append(s('text', { class: 'axis', x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, num(t)));
    }
    const order = new Map(context.eventTypes.map((t, i) => [t.event, i]));
    const every = Math.max(1, Math.ceil(bars.length / 14));
    bars.forEach((bar, i) => {
      const x = M.left + i * band + (band - barW) / 2;
      if (i % every === 0) svg.append(s('text', { class: 'axis', x: x + barW / 2, y: HEIGHT - M.bottom + 16, 'text-anchor': 'middle' }, label(bar.period, interval)));
      if ('empty' in bar) return;
      // Current events at the bottom, background stacked above them, each in PLOVER order.
      const counts = [...bar.counts].sort((a, b) => Number(a.background) - Number(b.background) || (order.get(a.type) ?? 99) - (order.get(b.type) ?? 99));
      let base = 0;
      for (const c of counts) {
        const top = y(base + c.count);
        const height = y(base) - top;
        const go = () => navigate({ view: 'events', filters: { ...state.filters, type: c.type, since: bar.since, until: bar.until, background: String(c.background) } });
        const g = s('g', { class: 'bar', 'data-type': c.type, 'data-background': String(c.background), onclick: go },
          tip(`${label(bar.period, interval)} · ${c.type}${c.background ? ' (background)' : ''}: ${c.count}`),
          s('rect', { x, y: top, width: barW, height: Math.max(0, height - 1), fill: typeColor(c.type), 'fill-opacity': c.background ? 0.6 : 1 }));
        if (c.background) g.append(s('rect', { x, y: top, width: barW, height: Math.max(0, height - 1), fill: 'url(#hatch)' }));
        svg.append(g);
        base += c.count;
      }
    });
    svg.append(s('line', { x1: M.left, x2: WIDTH - M.right, y1: y(0), y2: y(0), stroke: '#9aa5b1' }));
    panel.append(svg);
  }
  const present = new Set(data.buckets.flatMap((b) => b.counts.map((c) => c.type)));
  const anyBackground = data.buckets.some((b) => b.counts.some((c) => c.background));
  panel.append(typeLegend(context, present, anyBackground));
  if (data.unplaced.length > 0) {
    const parts = data.unplaced.map((u) => `${num(u.count)} ${PRECISION_TEXT[u.precision] ?? u.precision}`);
    panel.append(h('p', { class: 'notes' }, `Not drawn at ${interval} resolution: ${parts.join(', ')}. A coarser interval shows the ones with a date.`));
  }
}
