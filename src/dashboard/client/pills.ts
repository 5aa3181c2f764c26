import type { CodedEvent } from '../../core/document.js';
import { typeColor } from './colors.js';
import { h } from './dom.js';

/** A coloured pill with the event type (lighter for background events). */
export function typePill(type: string, background = false): HTMLElement {
  const pill = h('span', { class: `type-pill${background ? ' bg' : ''}`, title: background ? `${type} (background event)` : type }, type);
  pill.style.background = typeColor(type);
  return pill;
}

/** The evidence sentence with the trigger in a <mark>, built from offsets (never from HTML). */
export function evidence(event: CodedEvent): HTMLElement {
  const { sentence, trigger } = event.evidence;
  const from = trigger.start - sentence.start;
  const to = trigger.end - sentence.start;
  if (from < 0 || to > sentence.text.length) return h('span', { class: 'evidence' }, sentence.text);
  return h('span', { class: 'evidence' }, sentence.text.slice(0, from), h('mark', {}, sentence.text.slice(from, to)), sentence.text.slice(to));
}

/** `at least 286 dead; 17 released` from the size fields. */
export function sizes(event: CodedEvent): string {
  return Object.entries(event.size)
    .map(([category, v]) => (v ? `${v.qualifier === 'exact' ? '' : `${v.qualifier} `}${v.value.toLocaleString('en')}${v.max ? `–${v.max.toLocaleString('en')}` : ''} ${category}` : ''))
    .filter(Boolean)
    .join('; ');
}
