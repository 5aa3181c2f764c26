import type { Dyad } from '../../api/queries.js';
import { getJson } from './api.js';
import { balanceColor } from './colors.js';
import type { ViewContext } from './context.js';
import { h, num, s, tip } from './dom.js';
import { filterParams } from './state.js';

const W = 760;
const H = 560;
const CLASSES = [
  { name: 'cooperation', max: 1 / 3, color: balanceColor(0) },
  { name: 'mixed', max: 2 / 3, color: balanceColor(0.5) },
  { name: 'conflict', max: 1.01, color: balanceColor(1) },
] as const;

/** Share of a dyad's events that are conflict (PLOVER quad classes 3 and 4). */
function conflictShare(d: Dyad, quad: ReadonlyMap<string, number>): number {
  let conflict = 0;
  for (const [type, n] of Object.entries(d.byType)) if ((quad.get(type) ?? 0) >= 3) conflict += n;
  return d.count === 0 ? 0 : conflict / d.count;
}

function classOf(share: number): (typeof CLASSES)[number] {
  return CLASSES.find((c) => share < c.max) ?? CLASSES[2];
}

/**
 * Directed dyads on a circle: nodes sized by events, edges by count and coloured by the share of
 * conflict among their events. A circle rather than a force layout: it is stable between reloads,
 * so the same filters always draw the same picture.
 */
export async function renderNetwork(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate, quad } = context;
  const [{ dyads }, { actors }] = await Promise.all([
    getJson<{ dyads: Dyad[] }>('/api/aggregates/dyads', filterParams(state.filters)),
    getJson<{ actors: { code: string; name: string | null; events: number }[] }>('/api/actors', filterParams(state.filters, { limit: 500 })),
  ]);
  const names = new Map(actors.map((a) => [a.code, a.name]));
  const edges = dyads.filter((d) => d.source !== d.target);
  const panel = h('section', { class: 'panel' }, h('h2', {}, 'Actor network'),
    h('p', { class: 'hint' }, 'Who acts on whom: arrows run from actor to recipient, thicker for more events, coloured by cooperation versus conflict (PLOVER quad class). Click an arrow to list its events, a node to filter by that actor.'));
  const grid = h('div', { class: 'grid2' });
  root.append(panel);
  panel.append(grid);
  if (edges.length === 0) {
    grid.append(h('div', { class: 'empty' }, 'No event with both an actor and a recipient matches these filters.'));
    return;
  }
  const weight = new Map<string, number>();
  for (const d of edges) {
    weight.set(d.source, (weight.get(d.source) ?? 0) + d.count);
    weight.set(d.target, (weight.get(d.target) ?? 0) + d.count);
  }
  const codes = [...weight.keys()].sort((a, b) => (weight.get(b)! - weight.get(a)!) || a.localeCompare(b));
  const R = Math.min(W, H) / 2 - 70;
  const pos = new Map(codes.map((c, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / codes.length;
    return [c, { x: W / 2 + R * Math.cos(angle), y: H / 2 + R * Math.sin(angle) }] as const;
  }));
  const maxCount = Math.max(...edges.map((d) => d.count));
  const radius = (code: string) => 10 + 14 * Math.sqrt((weight.get(code) ?? 1) / Math.max(...weight.values()));
  const svg = s('svg', { class: 'chart net', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Actor network' });
  svg.append(s('defs', {}, ...CLASSES.map((c) => s('marker', { id: `arrow-${c.name}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' },
    s('path', { d: 'M0,0 L10,5 L0,10 z', fill: c.color })))));
  for (const d of edges) {
    const a = pos.get(d.source)!;
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
    const share = conflictShare(d, quad);
    const cls = classOf(share);
    const types = Object.entries(d.byType).map(([t, n]) => `${t} ${n}`).join(', ');
    svg.append(s('path', {
      class: 'edge', d: `M${start.x},${start.y} Q${cx},${cy} ${end.x},${end.y}`, stroke: balanceColor(share), 'stroke-opacity': 0.8,
      'stroke-width': 1.5 + 5 * Math.sqrt(d.count / maxCount), 'marker-end': `url(#arrow-${cls.name})`, 'data-dyad': `${d.source}-${d.target}`,
      onclick: () => navigate({ view: 'events', filters: { ...state.filters, actor: d.source, recipient: d.target } }),
    }, tip(`${d.source} → ${d.target}: ${d.count} events (${types})`)));
  }
  for (const code of codes) {
    const p = pos.get(code)!;
    const outward = { x: (p.x - W / 2) / R, y: (p.y - H / 2) / R };
    const r = radius(code);
    const anchor = Math.abs(outward.x) < 0.3 ? 'middle' : outward.x > 0 ? 'start' : 'end';
    const lx = p.x + outward.x * (r + 8);
    const ly = p.y + outward.y * (r + 8) + (Math.abs(outward.x) < 0.3 ? (outward.y > 0 ? 12 : -4) : 4);
    svg.append(s('g', { class: 'node', 'data-code': code, onclick: () => navigate({ filters: { ...state.filters, actor: code } }) },
      tip(`${names.get(code) ?? code}: ${weight.get(code)} dyad events`),
      s('circle', { cx: p.x, cy: p.y, r }),
      s('text', { x: lx, y: ly, 'text-anchor': anchor }, code, s('tspan', { class: 'name' }, names.get(code) ? ` ${names.get(code)}` : ''))));
  }
  const legend = h('div', { class: 'legend' }, ...CLASSES.map((c) => {
    const sw = h('span', { class: 'sw' });
    sw.style.background = c.color;
    return h('span', {}, sw, c.name);
  }));
  const list = h('ul', { class: 'side-list' }, ...edges.slice(0, 30).map((d) => {
    const sw = h('span', { class: 'sw' });
    sw.style.background = balanceColor(conflictShare(d, quad));
    return h('li', {},
      h('span', {}, sw, h('span', { class: 'code' }, d.source), ' → ', h('span', { class: 'code' }, d.target)),
      h('span', { class: 'muted', title: Object.entries(d.byType).map(([t, n]) => `${t} ${n}`).join(', ') }, Object.keys(d.byType).join(', ')),
      h('button', { type: 'button', onclick: () => navigate({ view: 'events', filters: { ...state.filters, actor: d.source, recipient: d.target } }) }, num(d.count)));
  }));
  grid.append(h('div', {}, svg, legend), h('div', {}, h('h2', {}, 'Dyads'), list));
}
