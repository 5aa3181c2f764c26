import type * as D3Geo from 'd3-geo';
import type * as TopoClient from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { EventPoint } from '../../api/queries.js';
import { getJson } from './api.js';
import { typeColor } from './colors.js';
import type { ViewContext } from './context.js';
import { formatDate, h, num, s, tip } from './dom.js';
import { typeLegend } from './legend.js';
import { typePill } from './pills.js';
import { filterParams } from './state.js';

/** The UMD builds served from /assets/vendor set these globals (see page.ts). */
interface MapGlobals {
  readonly d3?: typeof D3Geo;
  readonly topojson?: typeof TopoClient;
}

const W = 960;
const H = 500;
let world: Promise<Topology> | undefined;

function loadWorld(): Promise<Topology> {
  world ??= getJson<Topology>('/assets/vendor/countries-110m.json');
  return world;
}

/** Events at one place. */
interface Place {
  readonly key: string;
  readonly name: string;
  readonly lon: number;
  readonly lat: number;
  readonly points: EventPoint[];
  readonly dead: number;
}

function groupByPlace(points: readonly EventPoint[]): Place[] {
  const places = new Map<string, { key: string; name: string; lon: number; lat: number; points: EventPoint[]; dead: number }>();
  for (const p of points) {
    const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
    const place = places.get(key) ?? { key, name: p.place ?? key, lon: p.lon, lat: p.lat, points: [], dead: 0 };
    place.points.push(p);
    place.dead += p.dead ?? 0;
    places.set(key, place);
  }
  return [...places.values()].sort((a, b) => b.points.length - a.points.length);
}

function dominantType(place: Place): string {
  const counts = new Map<string, number>();
  for (const p of place.points) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * Event locations on an SVG world map (Natural Earth 1:110m, drawn with d3-geo from local files):
 * one circle per place, its area growing with the number of events and the death toll, coloured
 * by the most frequent event type; a place with only background events is faded and dashed.
 */
export async function renderMap(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const { d3, topojson } = window as unknown as MapGlobals;
  if (!d3 || !topojson) throw new Error('The map libraries did not load (d3-geo, topojson-client under /assets/vendor).');
  const [topology, data] = await Promise.all([
    loadWorld(),
    getJson<{ total: number; points: EventPoint[] }>('/api/aggregates/locations', filterParams(state.filters)),
  ]);
  const places = groupByPlace(data.points);
  const zoomed = state.extent !== 'world' && places.length > 0;
  const countries = topojson.feature(topology, topology.objects.countries as GeometryCollection);
  const projection = d3.geoNaturalEarth1();
  if (zoomed) {
    // Fit to the places with a margin of at least 12° so one city does not fill the map.
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    const [w, e, so, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const padLon = Math.max(12, (e - w) * 0.35);
    const padLat = Math.max(8, (n - so) * 0.35);
    const box = { type: 'MultiPoint' as const, coordinates: [[w - padLon, so - padLat], [e + padLon, n + padLat]] };
    projection.fitExtent([[10, 10], [W - 10, H - 10]], box);
  } else {
    projection.fitExtent([[6, 6], [W - 6, H - 6]], { type: 'Sphere' });
  }
  const path = d3.geoPath(projection);
  const svg = s('svg', { class: 'chart map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Map of event locations' });
  const clip = s('clipPath', { id: 'map-clip' }, s('rect', { width: W, height: H }));
  svg.append(s('defs', {}, clip));
  const g = s('g', { 'clip-path': 'url(#map-clip)' });
  g.append(s('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
  g.append(s('path', { class: 'graticule', d: path(d3.geoGraticule10()) ?? '' }));
  for (const f of countries.features) g.append(s('path', { class: 'land', d: path(f) ?? '' }, tip(String((f.properties as { name?: string } | null)?.name ?? ''))));
  const maxWeight = Math.max(1, ...places.map((p) => p.points.length + p.dead / 10));
  // Labels go to the busiest places first; one that would overlap a placed label is left to the tooltip.
  const labelled: { x: number; y: number; w: number }[] = [];
  const labels: SVGTextElement[] = [];
  for (const place of [...places].reverse()) {
    const xy = projection([place.lon, place.lat]);
    if (!xy) continue;
    const weight = place.points.length + place.dead / 10;
    const r = 5 + 22 * Math.sqrt(weight / maxWeight);
    const allBackground = place.points.every((p) => p.background);
    const type = dominantType(place);
    const first = place.points[0]!;
    const lines = place.points.map((p) => `${formatDate(p.date)} ${p.type}${p.mode ? `/${p.mode}` : ''} “${p.trigger}”${p.dead ? ` · ${p.dead} dead` : ''}${p.background ? ' (background)' : ''}`);
    g.append(s('circle', {
      class: `pt${allBackground ? ' bg' : ''}`, cx: xy[0], cy: xy[1], r, fill: typeColor(type), 'data-place': place.name,
      onclick: () => navigate({ view: 'article', article: first.docId, event: first.eventId }),
    }, tip(`${place.name}: ${place.points.length} events${place.dead ? `, ${num(place.dead)} dead` : ''}\n${lines.join('\n')}`)));
  }
  for (const place of places) {
    const xy = projection([place.lon, place.lat]);
    if (!xy) continue;
    const r = 5 + 22 * Math.sqrt((place.points.length + place.dead / 10) / maxWeight);
    const box = { x: xy[0] + r + 3, y: xy[1] + 4, w: place.name.length * 6.5 };
    if (labelled.some((b) => Math.abs(b.y - box.y) < 13 && box.x < b.x + b.w && b.x < box.x + box.w)) continue;
    labelled.push(box);
    labels.push(s('text', { class: 'label', x: box.x, y: box.y }, place.name));
  }
  g.append(...labels);
  svg.append(g);

  const seg = h('div', { class: 'seg', role: 'group', 'aria-label': 'Map extent' },
    h('button', { type: 'button', 'aria-pressed': String(zoomed), onclick: () => navigate({ extent: undefined }) }, 'Fit to events'),
    h('button', { type: 'button', 'aria-pressed': String(!zoomed), onclick: () => navigate({ extent: 'world' }) }, 'World'));
  const list = h('ul', { class: 'side-list' }, ...places.map((p) =>
    h('li', {},
      h('span', {}, h('strong', {}, p.name), h('div', { class: 'muted' }, `${p.points.length} events${p.dead ? ` · ${num(p.dead)} dead` : ''}`)),
      h('span', {}, ...[...new Set(p.points.map((x) => x.type))].map((t) => typePill(t))))));
  root.append(h('section', { class: 'panel' },
    h('h2', {}, 'Where events happened'),
    h('p', { class: 'hint' }, `${num(data.total)} matching events have a location${data.total > data.points.length ? ` (largest ${data.points.length} shown)` : ''}. Circle area grows with events and deaths. Click a circle to open its article.`),
    h('div', { class: 'toolbar' }, seg),
    h('div', { class: 'grid2' },
      h('div', {}, svg, typeLegend(context, new Set(data.points.map((p) => p.type)), false)),
      h('div', {}, h('h2', {}, 'Places'), places.length ? list : h('div', { class: 'empty' }, 'No located event matches these filters.')))));
}
