/** Tiny DOM helpers for the dashboard: build elements from plain data, never from HTML strings. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

function apply(el: Element, attrs: Attrs, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : String(child));
  }
}

/** An HTML element: `h('a', { href: '#', onclick: go }, 'Open')`. Text children are text nodes, so no markup is ever parsed. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element: `s('circle', { cx: 3, cy: 4, r: 2 })`. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs, children);
  return el;
}

/** An SVG `<title>` child: the browser shows it as a tooltip. */
export function tip(text: string): SVGTitleElement {
  return s('title', {}, text);
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/**
 * Makes an SVG element a keyboard button: focusable, announced as a button with `label`, and
 * activated by Enter or Space as by a click.
 */
export function asButton<E extends Element>(el: E, label: string, activate: () => void): E {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.addEventListener('click', activate);
  el.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      activate();
    }
  });
  return el;
}

const NUMBER = new Intl.NumberFormat('en');

export function num(n: number): string {
  return NUMBER.format(n);
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2022-10-04` → `4 Oct 2022`; coarser dates stay as they are (`2022-09` → `Sep 2022`, `199` → `1990s`). */
export function formatDate(date: string | null): string {
  if (date === null) return 'undated';
  if (date.length >= 10) return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  if (date.length === 7) return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  if (date.length === 3) return `${date}0s`;
  if (date.length === 2) return `${Number(date) + 1}th century`;
  return date;
}

/** `1 event`, `3 events`: a count with its noun. */
export function plural(n: number, noun: string): string {
  return `${num(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Text shortened to `max` characters with an ellipsis. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

let measure: CanvasRenderingContext2D | null | undefined;

/** Width in pixels of `text` in the dashboard's font at `size` px (for placing chart labels). */
export function textWidth(text: string, size: number, weight = 400): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return text.length * size * 0.6;
  measure.font = `${weight} ${size}px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`;
  return measure.measureText(text).width;
}
