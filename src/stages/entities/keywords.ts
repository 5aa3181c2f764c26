import { nameShapes } from '../../kb/names.js';

const shapes = nameShapes();

/**
 * Head words that make an unknown capitalised name an organisation or an event
 * ("Revolutionary United Front", "Homeland Union", "National Assembly"; "Neighbors’ War").
 * The lists live in resources/kb/names.json.
 */
export const ORG_HEADS: ReadonlySet<string> = shapes.orgHeads;
export const EVENT_HEADS: ReadonlySet<string> = shapes.eventHeads;
/** Capitalised words that are never names on their own. */
export const NOT_NAMES: ReadonlySet<string> = shapes.notNames;
/** All-caps tokens that are not organisation acronyms. */
export const NOT_ACRONYMS: ReadonlySet<string> = shapes.notAcronyms;
