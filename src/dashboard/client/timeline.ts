import type * as D3 from 'd3';
import type { Timeline, TimelineBucket } from '../../api/timeline.js';
import { getJson } from './api.js';
import { typeColor } from './colors.js';
import { panelWidth, type ViewContext } from './context.js';
import { asButton, h, MONTHS, num, s, tip } from './dom.js';
import { typeLegend } from './legend.js';
import { filterParams, hasFilters, INTERVALS } from './state.js';

const M = { top: 12, right: 14, bottom: 30, left: 40 };
/** A segment is never drawn shorter than this, so a single event in a busy month can be seen and clicked. */
const MIN_SEGMENT = 3;
/** Pixels a pointer must move before a press becomes a range selection rather than a click. */
const DRAG_THRESHOLD = 5;
const PRECISION_TEXT: Readonly<Record<string, string>> = {
  month: 'dated only to a month', year: 'dated only to a year', decade: 'dated only to a decade', century: 'dated only to a century', undated: 'without a date',
};

function d3(): typeof D3 {
  const lib = (window as unknown as { d3?: typeof D3 }).d3;
  if (!lib) throw new Error('d3 did not load (/assets/vendor/d3.min.js).');
  return lib;
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** First day of a bound or period: `2022` → 1 Jan 2022, `2022-09` → 1 Sep 2022. */
function startOf(bound: string): Date {
  return utc(bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound.slice(0, 10));
}

/** The day after the last day of a bound or period: `2022-09` → 1 Oct 2022. */
function endOf(bound: string): Date {
  const date = startOf(bound);
  if (bound.length === 4) date.setUTCFullYear(date.getUTCFullYear() + 1);
  else if (bound.length === 7) date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as a filter bound at the chart's precision: a month chart selects whole months. */
function boundAt(date: Date, interval: string): string {
  const day = iso(date);
  return interval === 'year' ? day.slice(0, 4) : interval === 'month' ? day.slice(0, 7) : day;
}

function periodLabel(bucket: TimelineBucket, interval: string): string {
  const p = bucket.period;
  if (interval === 'year') return p;
  if (interval === 'month') return `${MONTHS[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;
  const day = `${Number(p.slice(8))} ${MONTHS[Number(p.slice(5, 7)) - 1]} ${p.slice(0, 4)}`;
  return interval === 'week' ? `week of ${day}` : day;
}

/**
 * Segment heights for every bar with a common scale `k` (pixels per event), shrunk until the
 * tallest bar fits even with its small segments raised to MIN_SEGMENT.
 */
function segmentScale(buckets: readonly TimelineBucket[], innerH: number): number {
  const max = Math.max(1, ...buckets.map((b) => b.total));
  let k = innerH / max;
  for (let i = 0; i < 4; i++) {
    const tallest = Math.max(...buckets.map((b) => b.counts.reduce((sum, c) => sum + Math.max(MIN_SEGMENT, c.count * k), 0)));
    if (tallest <= innerH) break;
    k *= innerH / tallest;
  }
  return k;
}

function emptyState(context: ViewContext, data: Timeline): HTMLElement {
  const { state, navigate } = context;
  if (data.total === 0) {
    return h('div', { class: 'empty', 'data-testid': 'timeline-empty' }, 'No event matches these filters.',
      hasFilters(state.filters) ? h('div', {}, h('button', { type: 'button', onclick: () => navigate({ filters: {} }) }, 'Clear the filters')) : null);
  }
  const parts = data.unplaced.map((u) => `${num(u.count)} ${PRECISION_TEXT[u.precision] ?? u.precision}`).join(', ');
  const coarser = data.interval !== 'year';
  return h('div', { class: 'empty', 'data-testid': 'timeline-empty' },
    `None of the ${num(data.total)} matching events is dated precisely enough for ${data.interval} bars (${parts}).`,
    coarser ? h('div', {}, h('button', { type: 'button', onclick: () => navigate({ interval: 'year' }) }, 'Show years')) : null);
}

/**
 * Stacked bars of events per period and type on a linear time axis: a bar spans its period, and
 * periods without events are empty space, so 1949 and 1998 are fifty years apart on screen.
 * Background events are hatched and lighter. Drag across the chart to filter to a date range;
 * a bar segment (also by keyboard) lists its events.
 */
export async function renderTimeline(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const data = await getJson<Timeline>('/api/aggregates/timeline', filterParams(state.filters, { interval: state.interval }));
  const interval = data.interval;

  const seg = h('div', { class: 'seg', role: 'group', 'aria-label': 'Bar width' },
    ...INTERVALS.map((i) => h('button', { type: 'button', 'aria-pressed': String(i === state.interval), onclick: () => navigate({ interval: i }) },
      i === 'auto' && state.interval === 'auto' ? `auto (${interval})` : i)));
  const datesSet = Boolean(state.filters.since || state.filters.until);
  const clearDates = datesSet
    ? h('button', { type: 'button', onclick: () => navigate({ filters: { ...state.filters, since: undefined, until: undefined } }) }, 'All dates')
    : null;
  const panel = h('section', { class: 'panel' },
    h('h2', {}, 'Events over time'),
    h('p', { class: 'hint' }, `${num(data.total)} events match the filters. Drag across the chart to choose dates; select a bar segment to list its events.`),
    h('div', { class: 'toolbar' }, seg, clearDates));
  root.append(panel);

  if (data.buckets.length === 0) {
    panel.append(emptyState(context, data));
  } else {
    panel.append(drawChart(context, data));
    const present = new Set(data.buckets.flatMap((b) => b.counts.map((c) => c.type)));
    const anyBackground = data.buckets.some((b) => b.counts.some((c) => c.background));
    panel.append(typeLegend(context, present, anyBackground));
  }
  if (data.unplaced.length > 0 && data.buckets.length > 0) {
    const parts = data.unplaced.map((u) => `${num(u.count)} ${PRECISION_TEXT[u.precision] ?? u.precision}`);
    panel.append(h('p', { class: 'notes' }, `Not drawn as ${interval} bars: ${parts.join(', ')}.${interval === 'year' ? '' : ' Year bars show those with a year.'}`));
  }
}

function drawChart(context: ViewContext, data: Timeline): SVGSVGElement {
  const { state, navigate, eventTypes } = context;
  const lib = d3();
  const interval = data.interval;
  const W = panelWidth(context);
  const H = W < 560 ? 240 : 320;
  const innerH = H - M.top - M.bottom;
  const starts = data.buckets.map((b) => startOf(b.since));
  const ends = data.buckets.map((b) => endOf(b.until));
  let from = lib.min(starts)!;
  let to = lib.max(ends)!;
  // A chosen range is the axis, so the chart shows where inside it events are (and are not).
  if (state.filters.since && startOf(state.filters.since) < from) from = startOf(state.filters.since);
  if (state.filters.until && endOf(state.filters.until) > to) to = endOf(state.filters.until);
  const x = lib.scaleUtc().domain([from, to]).range([M.left, W - M.right]);
  const k = segmentScale(data.buckets, innerH);
  const base = M.top + innerH;
  const svg = s('svg', {
    class: 'chart timeline', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group',
    'aria-label': `Events per ${interval}, ${iso(from)} to ${iso(new Date(to.getTime() - 86_400_000))}; each bar segment is a button that lists its events`,
  });
  svg.append(s('defs', {}, s('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 6, height: 6, fill: 'white', 'fill-opacity': 0.55 }), s('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'white', 'stroke-width': 3 }))));
  svg.append(s('rect', { class: 'brush-area', x: M.left, y: M.top, width: W - M.left - M.right, height: innerH }));
  const maxTotal = Math.max(...data.buckets.map((b) => b.total));
  for (const t of lib.ticks(0, maxTotal, Math.min(4, maxTotal)).filter(Number.isInteger)) {
    const y = base - t * k;
    svg.append(s('line', { class: 'grid', x1: M.left, x2: W - M.right, y1: y, y2: y }));
    svg.append(s('text', { class: 'axis', x: M.left - 6, y: y + 4, 'text-anchor': 'end' }, num(t)));
  }
  const format = x.tickFormat();
  for (const t of x.ticks(Math.max(2, Math.floor((W - M.left - M.right) / 90)))) {
    svg.append(s('line', { class: 'tick', x1: x(t), x2: x(t), y1: base, y2: base + 4 }));
    svg.append(s('text', { class: 'axis', x: x(t), y: H - M.bottom + 18, 'text-anchor': 'middle' }, format(t)));
  }
  const order = new Map(eventTypes.map((t, i) => [t.event, i]));
  data.buckets.forEach((bucket, i) => {
    const x0 = x(starts[i]!);
    const span = x(ends[i]!) - x0;
    const gap = span > 4 ? Math.max(1, span * 0.12) : 0;
    const width = Math.max(1.5, Math.min(80, span - gap));
    const left = x0 + (span - width) / 2;
    // Current events at the bottom, background stacked above them, each in PLOVER order.
    const counts = [...bucket.counts].sort((a, b) => Number(a.background) - Number(b.background) || (order.get(a.type) ?? 99) - (order.get(b.type) ?? 99));
    let top = base;
    for (const c of counts) {
      const height = Math.max(MIN_SEGMENT, c.count * k);
      top -= height;
      const what = `${periodLabel(bucket, interval)}: ${num(c.count)} ${c.type}${c.background ? ' (background)' : ''} event${c.count === 1 ? '' : 's'}`;
      const go = () => navigate({ view: 'events', filters: { ...state.filters, type: c.type, since: bucket.since, until: bucket.until, background: String(c.background) } });
      // The rect leaves a pixel of gap above it so stacked segments read apart; never below 2 px.
      const g = s('g', { class: 'bar', 'data-type': c.type, 'data-background': String(c.background), 'data-period': bucket.period },
        tip(`${what} — select to list them`),
        s('rect', { x: left, y: top, width, height: Math.max(2, height - 1), fill: typeColor(c.type), 'fill-opacity': c.background ? 0.6 : 1 }));
      if (c.background) g.append(s('rect', { x: left, y: top, width, height: Math.max(2, height - 1), fill: 'url(#hatch)' }));
      asButton(g, `${what}. List them.`, () => {
        if (!svg.classList.contains('dragged')) go();
      });
      svg.append(g);
    }
  });
  svg.append(s('line', { class: 'baseline', x1: M.left, x2: W - M.right, y1: base, y2: base }));
  addRangeSelection(svg, x, { top: M.top, height: innerH, left: M.left, right: W - M.right }, (a, b) => {
    navigate({ filters: { ...state.filters, since: boundAt(a, interval), until: boundAt(new Date(b.getTime() - 1), interval) } });
  });
  return svg;
}

/**
 * Drag across the plot to choose a date range (mouse, pen or touch: pointer events; vertical
 * swipes still scroll the page). A press that moves less than DRAG_THRESHOLD is a click.
 */
function addRangeSelection(svg: SVGSVGElement, x: D3.ScaleTime<number, number>, plot: { top: number; height: number; left: number; right: number },
  choose: (from: Date, to: Date) => void): void {
  const band = s('rect', { class: 'selection', y: plot.top, height: plot.height, width: 0, visibility: 'hidden' });
  svg.append(band);
  let start: number | undefined;
  let dragging = false;
  const at = (event: PointerEvent): number => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM()!.inverse());
    return Math.min(plot.right, Math.max(plot.left, point.x));
  };
  svg.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    start = at(event);
    dragging = false;
    svg.classList.remove('dragged');
  });
  svg.addEventListener('pointermove', (event) => {
    if (start === undefined) return;
    const now = at(event);
    if (!dragging && Math.abs(now - start) < DRAG_THRESHOLD) return;
    if (!dragging) svg.setPointerCapture(event.pointerId);
    dragging = true;
    band.setAttribute('x', String(Math.min(start, now)));
    band.setAttribute('width', String(Math.abs(now - start)));
    band.setAttribute('visibility', 'visible');
  });
  const finish = (event: PointerEvent) => {
    if (start === undefined) return;
    const from = start;
    start = undefined;
    if (!dragging) return;
    // The click that follows a drag must not open a bar's events.
    svg.classList.add('dragged');
    setTimeout(() => svg.classList.remove('dragged'), 0);
    band.setAttribute('visibility', 'hidden');
    const now = at(event);
    choose(x.invert(Math.min(from, now)), x.invert(Math.max(from, now)));
  };
  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', () => {
    start = undefined;
    band.setAttribute('visibility', 'hidden');
  });
}
