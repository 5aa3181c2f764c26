import type { ViewContext } from './context.js';
import { typeColor } from './colors.js';
import { h } from './dom.js';

const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

/** A legend of the event types that occur, grouped by quad class, with the background swatch. */
export function typeLegend(context: ViewContext, present: ReadonlySet<string>, withBackground: boolean): HTMLElement {
  const groups = QUAD_NAMES.map((name, i) => {
    const types = context.eventTypes.filter((t) => t.quadCode === i + 1 && present.has(t.event));
    if (types.length === 0) return null;
    const swatches = types.map((t) => {
      const sw = h('span', { class: 'sw' });
      sw.style.background = typeColor(t.event);
      return h('span', { title: t.definition }, sw, t.event);
    });
    return h('span', { class: 'group' }, h('span', { class: 'group-name' }, name), ...swatches);
  });
  const background = withBackground
    ? (() => {
        const sw = h('span', { class: 'sw bg' });
        sw.style.backgroundColor = '#6b7280';
        return h('span', { class: 'group' }, sw, 'background (historical) events, hatched');
      })()
    : null;
  return h('div', { class: 'legend' }, ...groups, background);
}
