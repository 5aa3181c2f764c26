/**
 * The armed sectors (PLOVER / Phoenix agent codes), named once here so that every stage that asks "is this party armed?"
 * means the same thing by it. (Phoenix's INS, insurgents, is read as REB when the dictionaries are converted, so it
 * never reaches an actor.)
 */

/** A state's own forces: the military, the police and the intelligence services. */
export const STATE_FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'SPY']);

/** Armed groups outside a state's command: rebels, paramilitaries and militias, unidentified armed men. */
export const NON_STATE_ARMED_SECTORS: ReadonlySet<string> = new Set(['REB', 'PRM', 'UAF']);

/**
 * Every armed force, of a state or not. Who owns installations and weapons (actors stage) and who can take ground by
 * force (events stage) are told by this one set.
 */
export const ARMED_SECTORS: ReadonlySet<string> = new Set([...STATE_FORCE_SECTORS, ...NON_STATE_ARMED_SECTORS]);

/** Sectors of a state's ruling bodies (a legislature, a government, the courts), whose names parties take up ("the Congress party"). */
export const STATE_BODY_SECTORS: ReadonlySet<string> = new Set(['LEG', 'GOV', 'JUD']);

/** Codes of international and non-state bodies: no country of their own. */
export const NOT_STATES: ReadonlySet<string> = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'IMG', 'ISM', 'MNC']);
