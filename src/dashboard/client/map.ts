import type * as D3 from 'd3';
import type * as TopoClient from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { EventPoint } from '../../api/queries.js';
import { getJson } from './api.js';
import { typeColor } from './colors.js';
import { chartColumnWidth, type ViewContext } from './context.js';
import { asButton, formatDate, h, num, plural, s, textWidth, tip } from './dom.js';
import { typeLegend } from './legend.js';
import { typePill } from './pills.js';
import { filterParams } from './state.js';

/** The UMD builds served from /assets/vendor set these globals (see page.ts). */
interface MapGlobals {
  readonly d3?: typeof D3;
  readonly topojson?: typeof TopoClient;
}

/** Places closer than this on screen are drawn as one numbered circle until the map is zoomed in. */
const CLUSTER_PX = 24;
const MAX_ZOOM = 64;
const LEVEL_TEXT: Readonly<Record<string, string>> = {
  city: 'a city', site: 'a site', region: 'a region (drawn at its centre)', country: 'only a country (drawn at its centre)',
};
let world: Promise<Topology> | undefined;

function loadWorld(): Promise<Topology> {
  world ??= getJson<Topology>('/assets/vendor/countries-110m.json');
  return world;
}

/** Events at one place. */
interface Place {
  readonly key: string;
  /** `Idlib, Syria`; a country alone is just its name. */
  readonly name: string;
  readonly level: string | null;
  readonly lon: number;
  readonly lat: number;
  readonly points: EventPoint[];
  /** Deaths that size the map (see the API's mapDeaths rule). */
  readonly dead: number;
  /** Reported tolls left out of sizing, with why. */
  readonly leftOut: string[];
}

function placeName(p: EventPoint): string {
  const name = p.place ?? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`;
  return p.countryName && p.countryName !== name ? `${name}, ${p.countryName}` : name;
}

function groupByPlace(points: readonly EventPoint[]): Place[] {
  const places = new Map<string, { key: string; name: string; level: string | null; lon: number; lat: number; points: EventPoint[]; dead: number; leftOut: string[] }>();
  for (const p of points) {
    const key = `${p.lat.toFixed(3)},${p.lon.toFixed(3)}`;
    const place = places.get(key) ?? { key, name: placeName(p), level: p.level, lon: p.lon, lat: p.lat, points: [], dead: 0, leftOut: [] };
    place.points.push(p);
    place.dead += p.dead ?? 0;
    if (p.deadLeftOut) place.leftOut.push(`${num(p.deadReported ?? 0)} dead: ${p.deadLeftOut}`);
    places.set(key, place);
  }
  return [...places.values()].sort((a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name));
}

function dominantType(points: readonly EventPoint[]): string {
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.type, (counts.get(p.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Places drawn together at the current zoom. */
interface Cluster {
  x: number;
  y: number;
  readonly places: Place[];
}

/**
 * Greedy screen-space clustering: the busiest place seeds a cluster and takes every place within
 * CLUSTER_PX of it (a d3 quadtree finds them), so the biggest circles stay where their place is.
 */
function clusterPlaces(lib: typeof D3, places: readonly Place[], xy: (p: Place) => [number, number]): Cluster[] {
  const clusters: Cluster[] = [];
  const seeds = lib.quadtree<Cluster>().x((c) => c.x).y((c) => c.y);
  for (const place of places) {
    const [x, y] = xy(place);
    const near = seeds.find(x, y, CLUSTER_PX);
    if (near) near.places.push(place);
    else {
      const cluster = { x, y, places: [place] };
      clusters.push(cluster);
      seeds.add(cluster);
    }
  }
  return clusters;
}

/**
 * Event locations on an SVG world map (Natural Earth 1:110m, drawn with d3-geo from local files)
 * that zooms and pans (wheel, pinch, drag, or the buttons). Places close together on screen are
 * one numbered circle; a place known only by its country is a ring at the country's centre, so it
 * does not hide the cities inside. Circle area grows with the events, or with the deaths that may
 * size the map. Selecting a place lists its events beside the map.
 */
export async function renderMap(root: HTMLElement, context: ViewContext): Promise<void> {
  const { state, navigate } = context;
  const { d3: lib, topojson } = window as unknown as MapGlobals;
  if (!lib || !topojson) throw new Error('The map libraries did not load (d3, topojson-client under /assets/vendor).');
  const [topology, data] = await Promise.all([
    loadWorld(),
    getJson<{ total: number; points: EventPoint[] }>('/api/aggregates/locations', filterParams(state.filters)),
  ]);
  const byDeaths = state.metric === 'deaths';
  const places = groupByPlace(data.points);
  const W = Math.round(chartColumnWidth(context));
  const H = Math.round(Math.max(240, W * 0.52));
  const projection = lib.geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = lib.geoPath(projection);
  const countries = topojson.feature(topology, topology.objects.countries as GeometryCollection);

  const svg = s('svg', { class: 'chart map', viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'group', 'aria-label': 'Map of event locations; each circle is a button' });
  svg.append(s('defs', {}, s('clipPath', { id: 'map-clip' }, s('rect', { width: W, height: H }))));
  const layer = s('g', { class: 'zoom-layer' });
  layer.append(s('path', { class: 'sphere', d: path({ type: 'Sphere' }) ?? '' }));
  layer.append(s('path', { class: 'graticule', d: path(lib.geoGraticule10()) ?? '' }));
  for (const f of countries.features) layer.append(s('path', { class: 'land', d: path(f) ?? '' }, tip(String((f.properties as { name?: string } | null)?.name ?? ''))));
  const marks = s('g', { class: 'marks' });
  svg.append(s('g', { 'clip-path': 'url(#map-clip)' }, layer, marks));

  const side = h('div', { class: 'map-side' });
  const weightOf = (p: Place) => (byDeaths ? p.dead : p.points.length);
  const maxWeight = Math.max(1, ...places.map(weightOf));
  // The largest circle is a fixed share of the map, so a phone's map is not covered by one.
  const maxRadius = Math.max(12, Math.min(30, W / 30));
  const radius = (weight: number) => (weight <= 0 ? 3 : Math.min(maxRadius * 1.25, 4 + (maxRadius - 4) * Math.sqrt(weight / maxWeight)));
  const projected = new Map<string, [number, number]>(places.map((p) => [p.key, projection([p.lon, p.lat]) ?? [Number.NaN, Number.NaN]]));
  let transform = lib.zoomIdentity;

  const showPlace = (place: Place | undefined): void => {
    side.replaceChildren(place ? placeEvents(place, context, byDeaths, () => showPlace(undefined)) : placeList(places, byDeaths, showPlace));
    if (place) side.querySelector<HTMLElement>('h2')?.focus();
  };
  const draw = () => {
    const xy = (p: Place) => transform.apply(projected.get(p.key)!);
    const visible = places.filter((p) => Number.isFinite(projected.get(p.key)![0]));
    // A country's centre is not a place: countries cluster only with countries, so a ring never
    // swallows the cities inside it (and is drawn first, under them).
    const clusters = [
      ...clusterPlaces(lib, visible.filter((p) => p.level === 'country'), xy),
      ...clusterPlaces(lib, visible.filter((p) => p.level !== 'country'), xy),
    ];
    // Rings under circles, and small circles on top of large ones, so each stays clickable.
    const ring = (c: Cluster) => (c.places.every((p) => p.level === 'country') ? 0 : 1);
    clusters.sort((a, b) => ring(a) - ring(b) || radius(b.places.reduce((n, p) => n + weightOf(p), 0)) - radius(a.places.reduce((n, p) => n + weightOf(p), 0)));
    const drawn = clusters.map((cluster) => clusterMark(cluster, byDeaths, radius, weightOf, () => {
      if (cluster.places.length === 1 || transform.k >= MAX_ZOOM) showPlace(cluster.places[0]);
      else zoomTo(cluster.places, true);
    }));
    marks.replaceChildren(...drawn, ...placeLabels(clusters, radius, weightOf, W));
  };
  const zoom = lib.zoom<SVGSVGElement, unknown>().scaleExtent([1, MAX_ZOOM]).translateExtent([[0, 0], [W, H]]).on('zoom', (event: D3.D3ZoomEvent<SVGSVGElement, unknown>) => {
    transform = event.transform;
    layer.setAttribute('transform', transform.toString());
    draw();
  });
  const selection = lib.select(svg);
  /**
   * The view that fits `list`; with `apart`, zoomed in far enough (within MAX_ZOOM) that its
   * places no longer share a circle, which is what selecting a numbered circle asks for.
   */
  const fitted = (list: readonly Place[], apart = false): D3.ZoomTransform => {
    const points = list.map((p) => projected.get(p.key)!).filter((p) => Number.isFinite(p[0]));
    if (points.length === 0) return lib.zoomIdentity;
    const [x0, x1] = lib.extent(points, (p) => p[0]) as [number, number];
    const [y0, y1] = lib.extent(points, (p) => p[1]) as [number, number];
    // Leave room around a single place: never closer than a region's width.
    let k = Math.max(1, Math.min(12, 0.7 / Math.max((x1 - x0) / W, (y1 - y0) / H, 0.06)));
    if (apart) {
      let nearest = Infinity;
      for (const [i, a] of points.entries()) for (const b of points.slice(i + 1)) nearest = Math.min(nearest, Math.hypot(a[0] - b[0], a[1] - b[1]) || Infinity);
      if (Number.isFinite(nearest)) k = Math.min(MAX_ZOOM, Math.max(k, (CLUSTER_PX * 1.5) / nearest));
    }
    return lib.zoomIdentity.translate(W / 2, H / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
  };
  const zoomTo = (list: readonly Place[], apart = false) => selection.transition().duration(400).call(zoom.transform, fitted(list, apart));
  selection.call(zoom);
  selection.call(zoom.transform, state.extent === 'world' ? lib.zoomIdentity : fitted(places));
  showPlace(undefined);

  const zoomBy = (factor: number) => selection.transition().duration(250).call(zoom.scaleBy, factor);
  const toolbar = h('div', { class: 'toolbar' },
    h('div', { class: 'seg', role: 'group', 'aria-label': 'Circle size' },
      h('button', { type: 'button', 'aria-pressed': String(!byDeaths), onclick: () => navigate({ metric: undefined }) }, 'Events'),
      h('button', { type: 'button', 'aria-pressed': String(byDeaths), onclick: () => navigate({ metric: 'deaths' }) }, 'Deaths')),
    h('div', { class: 'seg', role: 'group', 'aria-label': 'Zoom' },
      h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoomBy(2) }, '+'),
      h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoomBy(0.5) }, '−'),
      h('button', { type: 'button', onclick: () => zoomTo(places) }, 'Fit to events'),
      h('button', { type: 'button', onclick: () => selection.transition().duration(400).call(zoom.transform, lib.zoomIdentity) }, 'World')));
  const leftOut = data.points.filter((p) => p.deadLeftOut).length;
  const counted = data.points.some((p) => p.dead !== null && p.dead > 0);
  const sizing = byDeaths
    ? `${counted ? '' : 'No located event has a death toll that may size the map, so every place is a dot. '}Circle area grows with the deaths counted for the map: current events reported as having happened, dated to a day or a month, with a number (not “dozens”).`
    : 'Circle area grows with the number of events.';
  root.append(h('section', { class: 'panel' },
    h('h2', {}, 'Where events happened'),
    h('p', { class: 'hint' }, `${num(data.total)} matching events have a location${data.total > data.points.length ? ` (the ${num(data.points.length)} with the largest tolls are shown)` : ''}. ${sizing} Scroll or pinch to zoom, drag to pan; a numbered circle holds several places — select it to zoom in, select a place to list its events. Rings are places known only by their country.`),
    toolbar,
    h('div', { class: 'grid2' },
      h('div', {}, svg, typeLegend(context, new Set(data.points.map((p) => p.type)), false),
        leftOut > 0 ? h('p', { class: 'notes' }, `${leftOut === 1 ? 'One reported death toll does' : `${num(leftOut)} reported death tolls do`} not size the map (background history, a toll over a year or more, a vague figure, or not reported as having happened); each place lists ${leftOut === 1 ? 'it' : 'them'}.`) : null),
      side)));
}

function clusterMark(cluster: Cluster, byDeaths: boolean, radius: (w: number) => number, weightOf: (p: Place) => number, select: () => void): SVGGElement {
  const points = cluster.places.flatMap((p) => p.points);
  const weight = cluster.places.reduce((n, p) => n + weightOf(p), 0);
  // A numbered circle is big enough for its number.
  const r = Math.max(cluster.places.length > 1 ? 8 : 0, radius(weight));
  const x = cluster.x;
  const countryOnly = cluster.places.every((p) => p.level === 'country');
  const allBackground = points.every((p) => p.background);
  const dead = cluster.places.reduce((n, p) => n + p.dead, 0);
  const size = byDeaths ? `${num(dead)} dead counted` : plural(points.length, 'event');
  const single = cluster.places.length === 1;
  const names = cluster.places.slice(0, 6).map((p) => p.name).join('; ') + (cluster.places.length > 6 ? '; …' : '');
  const label = single
    ? `${cluster.places[0]!.name}: ${size}, located to ${LEVEL_TEXT[cluster.places[0]!.level ?? ''] ?? 'a place'}. List its events.`
    : `${cluster.places.length} places, ${size}: ${names}. Zoom in.`;
  const g = s('g', {
    class: `pt${countryOnly ? ' country' : ''}${allBackground ? ' bg' : ''}${single ? '' : ' cluster'}`,
    'data-place': single ? cluster.places[0]!.name.split(',')[0] : null, 'data-places': String(cluster.places.length),
  }, tip(label), s('circle', { cx: x, cy: cluster.y, r, fill: byDeaths && dead === 0 ? '#9aa5b1' : typeColor(dominantType(points)) }));
  if (!single) g.append(s('text', { class: 'count', x, y: cluster.y + 4, 'text-anchor': 'middle' }, String(cluster.places.length)));
  return asButton(g, label, select);
}

/**
 * Names beside the single places, the biggest first; a name that would overlap one already
 * placed (or a circle, or the map's edge) is left to the tooltip and the list.
 */
function placeLabels(clusters: readonly Cluster[], radius: (w: number) => number, weightOf: (p: Place) => number, width: number): SVGTextElement[] {
  const taken: { x0: number; y0: number; x1: number; y1: number }[] = clusters.map((c) => {
    const r = Math.max(c.places.length > 1 ? 8 : 0, radius(c.places.reduce((n, p) => n + weightOf(p), 0)));
    return { x0: c.x - r, y0: c.y - r, x1: c.x + r, y1: c.y + r };
  });
  const labels: SVGTextElement[] = [];
  for (const [i, cluster] of clusters.entries()) {
    if (cluster.places.length !== 1) continue;
    const name = cluster.places[0]!.name.split(',')[0]!;
    const r = taken[i]!.x1 - cluster.x;
    const box = { x0: cluster.x + r + 3, y0: cluster.y - 7, x1: cluster.x + r + 3 + textWidth(name, 11), y1: cluster.y + 6 };
    if (box.x1 > width || taken.some((t, j) => j !== i && t.x0 < box.x1 && box.x0 < t.x1 && t.y0 < box.y1 && box.y0 < t.y1)) continue;
    taken.push(box);
    labels.push(s('text', { class: 'label', x: box.x0, y: cluster.y + 4 }, name));
  }
  return labels;
}

function placeList(places: readonly Place[], byDeaths: boolean, show: (p: Place) => void): HTMLElement {
  if (places.length === 0) return h('div', { class: 'empty' }, 'No located event matches these filters.');
  const sorted = byDeaths ? [...places].sort((a, b) => b.dead - a.dead || b.points.length - a.points.length) : places;
  return h('div', {}, h('h2', {}, `Places (${num(places.length)})`),
    h('ul', { class: 'side-list places' }, ...sorted.slice(0, 200).map((p) => h('li', {},
      h('button', { type: 'button', class: 'link', onclick: () => show(p) }, h('strong', {}, p.name)),
      h('span', { class: 'muted' }, `${plural(p.points.length, 'event')}${p.dead ? ` · ${num(p.dead)} dead` : ''}${p.level === 'country' ? ' · country only' : ''}`)))),
    places.length > 200 ? h('p', { class: 'notes' }, `… and ${num(places.length - 200)} more; zoom in or filter to see them.`) : null);
}

function placeEvents(place: Place, context: ViewContext, byDeaths: boolean, back: () => void): HTMLElement {
  const { state, navigate } = context;
  const delta = 0.01;
  const bbox = [place.lon - delta, place.lat - delta, place.lon + delta, place.lat + delta].map((n) => n.toFixed(4)).join(',');
  const events = [...place.points].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return h('div', { class: 'place-events', 'data-testid': 'place-events' },
    h('h2', { tabindex: -1 }, place.name),
    h('p', { class: 'hint' }, `${plural(place.points.length, 'event')}, located to ${LEVEL_TEXT[place.level ?? ''] ?? 'a place'}.${byDeaths ? ` ${num(place.dead)} deaths counted for the map.` : ''}`),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', class: 'primary', onclick: () => navigate({ view: 'events', filters: { ...state.filters, bbox } }) }, 'List in the event table'),
      h('button', { type: 'button', onclick: back }, 'All places')),
    h('ul', { class: 'side-list' }, ...events.map((p) => h('li', {},
      h('span', {}, typePill(p.type, p.background), ' ', h('a', { href: `?view=article&article=${encodeURIComponent(p.docId)}&event=${encodeURIComponent(p.eventId)}`,
        onclick: (e: Event) => { e.preventDefault(); navigate({ view: 'article', article: p.docId, event: p.eventId }); } }, `“${p.trigger}”`)),
      h('span', { class: 'muted nowrap' }, formatDate(p.date), p.dead ? ` · ${num(p.dead)} dead` : '', p.deadLeftOut ? h('span', { class: 'flag', title: p.deadLeftOut }, ` · ${num(p.deadReported ?? 0)} dead (not sized)`) : '')))));
}

