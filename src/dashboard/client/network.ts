import type { ActorCount, Dyad } from '../../api/queries.js';
import { getJson } from './api.js';
import { balanceColor } from './colors.js';
import { chartColumnWidth, type ViewContext } from './context.js';
import { asButton, h, num, plural, s, shorten, textWidth, tip } from './dom.js';
import { filterParams } from './state.js';

const CLASSES = [
  { name: 'cooperation', max: 1 / 3, color: balanceColor(0) },
  { name: 'mixed', max: 2 / 3, color: balanceColor(0.5) },
  { name: 'conflict', max: 1.01, color: balanceColor(1) },
] as const;
const FONT = 12;
/** Room a label needs across the circle: its line height and a little air. */
const LINE = FONT + 4;

/** Share of a dyad's events that are conflict (PLOVER quad classes 3 and 4). */
function conflictShare(d: Dyad, quad: ReadonlyMap<string, number>): number {
  let conflict = 0;
  for (const [type, n] of Object.entries(d.byType)) if ((quad.get(type) ?? 0) >= 3) conflict += n;
  return d.count === 0 ? 0 : conflict / d.count;
}

function classOf(share: number): (typeof CLASSES)[number] {
  return CLASSES.find((c) => share < c.max) ?? CLASSES[2];
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Where a node's label goes: beside the node, outward, either level (`angle` 0) or along the radius. */
interface LabelPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly angle: number;
  readonly box: Box;
}

/**
 * Labels outside the circle, level when none of them overlap, otherwise turned along their
 * radius (a chord diagram's labels), which cannot overlap once the circle gives each node a
 * line of room. Boxes are measured with the page's font, so the view box can hold all of them.
 */
function placeLabels(angles: readonly number[], widths: readonly number[], gaps: readonly number[], R: number, cx: number, cy: number, radial: boolean): LabelPlace[] {
  return angles.map((angle, i) => {
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const gap = gaps[i]!;
    const w = widths[i]!;
    if (radial) {
      const flip = cos < 0;
      const x = cx + (R + gap) * cos;
      const y = cy + (R + gap) * sin;
      const far = { x: cx + (R + gap + w) * cos, y: cy + (R + gap + w) * sin };
      return {
        x, y, anchor: flip ? 'end' : 'start', angle: (angle * 180) / Math.PI + (flip ? 180 : 0),
        box: { x0: Math.min(x, far.x) - LINE / 2, y0: Math.min(y, far.y) - LINE / 2, x1: Math.max(x, far.x) + LINE / 2, y1: Math.max(y, far.y) + LINE / 2 },
      };
    }
    const side = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    const x = cx + (R + gap) * cos;
    const y = cy + (R + gap) * sin + (side === 'middle' ? (sin > 0 ? FONT : -2) : FONT / 3);
    const x0 = side === 'start' ? x : side === 'end' ? x - w : x - w / 2;
    return { x, y, anchor: side, angle: 0, box: { x0, y0: y - FONT, x1: x0 + w, y1: y + 3 } };
  });
}

/**
 * Directed dyads on a circle: nodes sized by events, arrows by count and coloured by the share of
 * conflict among their events; a party acting on itself (troops in their own country) is a loop.
 * A circle rather than a force layout: it is stable between reloads, so the same filters always
 * draw the same picture. The number on an arrow is the number of events its selection lists.
 */
export async function renderNetwork(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate, quad } = context;
  const [{ dyads }, { actors }] = await Promise.all([
    getJson<{ dyads: Dyad[] }>('/api/aggregates/dyads', filterParams(state.filters)),
    getJson<{ actors: ActorCount[] }>('/api/actors', filterParams(state.filters, { limit: 500 })),
  ]);
  const info = new Map(actors.map((a) => [a.key, a]));
  const labelOf = (key: string) => info.get(key)?.label ?? context.parties.get(key)?.label ?? key;
  const nameOf = (key: string) => info.get(key)?.name ?? context.parties.get(key)?.name ?? null;
  const listEvents = (d: Dyad) => navigate({ view: 'events', filters: { ...state.filters, actor: d.source, recipient: d.target, party: undefined } });
  const panel = h('section', { class: 'panel' }, h('h2', {}, 'Actor network'),
    h('p', { class: 'hint' }, 'Who acts on whom: arrows run from actor to recipient, thicker for more events, coloured by cooperation versus conflict (PLOVER quad class). Select an arrow or a pair in the list to see its events, a party to keep the events it takes part in.'));
  const grid = h('div', { class: 'grid2' });
  root.append(panel);
  panel.append(grid);
  if (dyads.length === 0) {
    grid.append(h('div', { class: 'empty' }, 'No event with both an actor and a recipient matches these filters.'));
    return;
  }
  const selfPairs = dyads.filter((d) => d.source === d.target);
  const weight = new Map<string, number>();
  for (const d of dyads) {
    weight.set(d.source, (weight.get(d.source) ?? 0) + d.count);
    if (d.target !== d.source) weight.set(d.target, (weight.get(d.target) ?? 0) + d.count);
  }
  const W = Math.round(chartColumnWidth(context));
  const narrow = W < 560;
  const allCodes = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b));
  const codes = allCodes.slice(0, narrow ? 14 : 36);
  const shown = new Set(codes);
  const edges = dyads.filter((d) => shown.has(d.source) && shown.has(d.target));
  const maxWeight = Math.max(...codes.map((c) => weight.get(c)!));
  const [smallest, range] = narrow ? [5, 8] : [7, 11];
  const radius = (code: string) => smallest + range * Math.sqrt(weight.get(code)! / maxWeight);
  const text = (code: string) => {
    const label = shorten(labelOf(code), narrow ? 16 : 24);
    const name = nameOf(code);
    return !narrow && /^[A-Z]{3}$/.test(code) && name ? `${label} ${shorten(name, 18)}` : label;
  };
  const texts = codes.map(text);
  const widths = texts.map((t) => textWidth(t, FONT, 600));
  const radii = codes.map(radius);
  // A label starts beyond its node, and beyond its loop when the party acts on itself.
  const loops = new Set(selfPairs.map((d) => d.source));
  const labelGaps = codes.map((c, i) => radii[i]! + (loops.has(c) ? 28 : 6));
  const n = codes.length;
  const angles = codes.map((_, i) => -Math.PI / 2 + (2 * Math.PI * i) / n);
  // Level labels: the circle takes what the widest label leaves of the width.
  const maxLabel = Math.max(...widths);
  // Nodes never touch: the circle gives each its diameter and a little air.
  const fit = (codes.length * (2 * Math.max(...radii) + 6)) / (2 * Math.PI);
  let R = Math.max(70, fit, Math.min(W / 2 - maxLabel - 30, 260));
  let labels = placeLabels(angles, widths, labelGaps, R, 0, 0, false);
  const crowded = labels.some((a, i) => labels.some((b, j) => j > i && overlaps(a.box, b.box)));
  if (crowded) {
    // Along the radius each label needs a line of the circumference.
    R = Math.max(R, (n * LINE) / (2 * Math.PI), 70);
    labels = placeLabels(angles, widths, labelGaps, R, 0, 0, true);
  }
  const pos = new Map(codes.map((c, i) => [c, { x: R * Math.cos(angles[i]!), y: R * Math.sin(angles[i]!) }]));
  // The view box holds every node, loop and label, so nothing is cut at the edge.
  const bounds = [...labels.map((l) => l.box), ...codes.map((c, i) => {
    const p = pos.get(c)!;
    const reach = radii[i]! + (loops.has(c) ? 22 : 2);
    return { x0: p.x - reach, y0: p.y - reach, x1: p.x + reach, y1: p.y + reach };
  })];
  const vb = { x0: Math.min(...bounds.map((b) => b.x0)) - 6, y0: Math.min(...bounds.map((b) => b.y0)) - 6, x1: Math.max(...bounds.map((b) => b.x1)) + 6, y1: Math.max(...bounds.map((b) => b.y1)) + 6 };
  const vbW = vb.x1 - vb.x0;
  const vbH = vb.y1 - vb.y0;
  const svg = s('svg', {
    class: 'chart net', viewBox: `${vb.x0} ${vb.y0} ${vbW} ${vbH}`, width: Math.min(W, vbW * 1.3), height: Math.min(W, vbW * 1.3) * (vbH / vbW),
    role: 'group', 'aria-label': `Network of ${n} parties and ${edges.length} directed pairs; each party is a button`,
  });
  svg.append(s('defs', {}, ...CLASSES.map((c) => s('marker', { id: `arrow-${c.name}`, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
    s('path', { d: 'M0,0 L10,5 L0,10 z', fill: c.color })))));
  const maxCount = Math.max(...edges.map((d) => d.count), 1);
  for (const d of edges) {
    const share = conflictShare(d, quad);
    const types = Object.entries(d.byType).map(([t, k]) => `${t} ${k}`).join(', ');
    const description = `${labelOf(d.source)} → ${labelOf(d.target)}: ${plural(d.count, 'event')} (${types})`;
    const a = pos.get(d.source)!;
    const width = 1.5 + 5 * Math.sqrt(d.count / maxCount);
    let path: string;
    if (d.source === d.target) {
      // A loop outward from the node, between two points of its rim.
      const angle = Math.atan2(a.y, a.x);
      const r = radius(d.source);
      const p1 = { x: a.x + r * Math.cos(angle - 0.5), y: a.y + r * Math.sin(angle - 0.5) };
      const p2 = { x: a.x + r * Math.cos(angle + 0.5), y: a.y + r * Math.sin(angle + 0.5) };
      const c1 = { x: a.x + (r + 24) * Math.cos(angle - 0.7), y: a.y + (r + 24) * Math.sin(angle - 0.7) };
      const c2 = { x: a.x + (r + 24) * Math.cos(angle + 0.7), y: a.y + (r + 24) * Math.sin(angle + 0.7) };
      path = `M${p1.x},${p1.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${p2.x},${p2.y}`;
    } else {
      const b = pos.get(d.target)!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      // Bend every edge to its left, so A→B and B→A are two separate arcs.
      const bend = 0.18 * len;
      const cx = (a.x + b.x) / 2 - (dy / len) * bend;
      const cy = (a.y + b.y) / 2 + (dx / len) * bend;
      const ra = radius(d.source);
      const rb = radius(d.target) + 4;
      const start = { x: a.x + ((cx - a.x) / Math.hypot(cx - a.x, cy - a.y)) * ra, y: a.y + ((cy - a.y) / Math.hypot(cx - a.x, cy - a.y)) * ra };
      const end = { x: b.x + ((cx - b.x) / Math.hypot(cx - b.x, cy - b.y)) * rb, y: b.y + ((cy - b.y) / Math.hypot(cx - b.x, cy - b.y)) * rb };
      path = `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}`;
    }
    svg.append(s('path', {
      class: 'edge', d: path, stroke: balanceColor(share), 'stroke-opacity': 0.8, 'stroke-width': width,
      'marker-end': `url(#arrow-${classOf(share).name})`, 'data-dyad': `${d.source}-${d.target}`, onclick: () => listEvents(d),
    }, tip(`${description} — select to list them`)));
  }
  codes.forEach((code, i) => {
    const p = pos.get(code)!;
    const label = labels[i]!;
    const name = nameOf(code);
    const g = s('g', { class: 'node', 'data-code': code },
      tip(`${name ?? labelOf(code)}: in ${num(weight.get(code)!)} actor→recipient events — select to keep its events`),
      s('circle', { cx: p.x, cy: p.y, r: radii[i]! }),
      s('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, ...(label.angle !== 0 ? { transform: `rotate(${label.angle} ${label.x} ${label.y})`, 'dominant-baseline': 'middle' } : {}) }, texts[i]!));
    svg.append(asButton(g, `${name ?? labelOf(code)}, in ${weight.get(code)} events. Keep the events it takes part in.`, () => navigate({ filters: { ...state.filters, party: code } })));
  });
  const legend = h('div', { class: 'legend' }, ...CLASSES.map((c) => {
    const sw = h('span', { class: 'sw' });
    sw.style.background = c.color;
    return h('span', {}, sw, c.name);
  }));
  const notes: string[] = [];
  if (codes.length < allCodes.length) notes.push(`The ${codes.length} busiest of ${allCodes.length} parties are drawn; the list has every pair.`);
  if (selfPairs.length > 0) {
    const events = selfPairs.reduce((sum, d) => sum + d.count, 0);
    notes.push(`${num(selfPairs.length)} self-pair${selfPairs.length === 1 ? '' : 's'} (${num(events)} events where a party acts on its own side, e.g. ${labelOf(selfPairs[0]!.source)} → ${labelOf(selfPairs[0]!.target)}) ${selfPairs.length === 1 ? 'is' : 'are'} drawn as loops.`);
  }
  const list = h('ul', { class: 'side-list dyads' }, ...dyads.slice(0, 60).map((d) => {
    const sw = h('span', { class: 'sw' });
    sw.style.background = balanceColor(conflictShare(d, quad));
    const pair = `${labelOf(d.source)} → ${labelOf(d.target)}`;
    return h('li', {},
      h('span', {}, sw, h('span', { class: 'code' }, labelOf(d.source)), ' → ', h('span', { class: 'code' }, labelOf(d.target)), d.source === d.target ? h('span', { class: 'muted' }, ' (self)') : null),
      h('span', { class: 'muted types', title: Object.entries(d.byType).map(([t, k]) => `${t} ${k}`).join(', ') }, Object.keys(d.byType).join(', ')),
      h('button', { type: 'button', 'data-dyad': `${d.source}-${d.target}`, 'aria-label': `List the ${d.count} events ${pair}`, onclick: () => listEvents(d) }, num(d.count)));
  }));
  grid.append(
    h('div', {}, svg, legend, ...notes.map((note) => h('p', { class: 'notes', 'data-testid': 'network-note' }, note))),
    h('div', {}, h('h2', {}, `Pairs (${num(dyads.length)})`), list, dyads.length > 60 ? h('p', { class: 'notes' }, `… and ${num(dyads.length - 60)} more; filter to see them.`) : null));
}
