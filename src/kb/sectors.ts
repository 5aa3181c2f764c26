/**
 * Sectors (PLOVER / Phoenix agent codes) of an armed force: the military, police, rebels, paramilitaries,
 * unidentified armed forces and intelligence services. Who owns installations and weapons (actors stage)
 * and who can take ground by force (events stage) are told by this one set. (Phoenix's INS, insurgents,
 * is read as REB when the dictionaries are converted, so it never reaches an actor.)
 */
export const FORCE_SECTORS: ReadonlySet<string> = new Set(['MIL', 'COP', 'REB', 'PRM', 'UAF', 'SPY']);

/** Sectors of a state's ruling bodies (a legislature, a government, the courts), whose names parties take up ("the Congress party"). */
export const STATE_BODY_SECTORS: ReadonlySet<string> = new Set(['LEG', 'GOV', 'JUD']);
