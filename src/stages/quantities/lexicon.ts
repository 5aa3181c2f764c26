import type { QuantityCategory, QuantityQualifier } from '../../core/document.js';
import { loadPersonNouns } from '../../kb/person-nouns.js';
import { MONTH_SOURCE } from '../dates/calendar.js';

/** Words before a number that hedge it ("at least 286"), longest first so "more than" beats "more". */
export const QUALIFIERS: Readonly<Record<string, QuantityQualifier>> = {
  'at least': 'at least', 'no fewer than': 'at least', 'no less than': 'at least',
  'more than': 'more than', over: 'more than', 'upwards of': 'more than', 'in excess of': 'more than',
  // "nearly 300" and "almost 300" are read as closeness to the number, like "about".
  nearly: 'about', almost: 'about', 'close to': 'about', about: 'about', around: 'about', some: 'about',
  approximately: 'about', roughly: 'about', 'an estimated': 'about', estimated: 'about',
  'up to': 'up to', 'as many as': 'up to',
  'fewer than': 'less than', 'less than': 'less than',
  'at most': 'at most', 'no more than': 'at most',
};

/**
 * Vague counts, valued at the least the plural allows ("dozens" = 24, "hundreds" = 200), longest first (the pattern
 * tries them in this order):
 * a floor, never a guess at the size. "scores of" is grouped with dozens (a score is 20).
 */
export const VAGUE: Readonly<Record<string, { value: number; qualifier: QuantityQualifier }>> = {
  // Before "several" alone, which the pattern would otherwise take ("several hundred" is hundreds, not 3): the floor the
  // words allow, "several" being three and "a few" two of the unit ("a" before "few" is no number: the count starts at "few").
  'several hundred': { value: 300, qualifier: 'hundreds' },
  'several thousand': { value: 3_000, qualifier: 'thousands' },
  'several dozen': { value: 36, qualifier: 'dozens' },
  'few hundred': { value: 200, qualifier: 'hundreds' },
  'few thousand': { value: 2_000, qualifier: 'thousands' },
  'few dozen': { value: 24, qualifier: 'dozens' },
  'tens of thousands': { value: 20_000, qualifier: 'thousands' },
  'hundreds of thousands': { value: 200_000, qualifier: 'thousands' },
  dozens: { value: 24, qualifier: 'dozens' },
  scores: { value: 40, qualifier: 'dozens' },
  hundreds: { value: 200, qualifier: 'hundreds' },
  thousands: { value: 2_000, qualifier: 'thousands' },
  millions: { value: 2_000_000, qualifier: 'thousands' },
  several: { value: 3, qualifier: 'several' },
};

/** Plural nouns for people, with the category the noun alone implies. */
export const PERSON_NOUNS: Readonly<Record<string, QuantityCategory>> = {
  people: 'persons', persons: 'persons', person: 'persons', civilians: 'persons',
  prisoners: 'persons', prisoner: 'persons', hostages: 'persons', hostage: 'persons', peacekeepers: 'persons',
  protesters: 'persons', protestors: 'persons', demonstrators: 'persons', students: 'persons', children: 'persons',
  women: 'persons', men: 'persons', migrants: 'persons', residents: 'persons', workers: 'persons',
  journalists: 'persons', officers: 'persons', police: 'persons', policemen: 'persons', fighters: 'persons',
  rebels: 'persons', militants: 'persons', insurgents: 'persons', guerrillas: 'persons', militiamen: 'persons',
  inmates: 'persons', members: 'persons', supporters: 'persons', activists: 'persons', officials: 'persons',
  diplomats: 'persons', advisers: 'persons', advisors: 'persons', nationals: 'persons', citizens: 'persons',
  settlers: 'persons', villagers: 'persons', pilgrims: 'persons', passengers: 'persons', miners: 'persons',
  farmers: 'persons', doctors: 'persons', staff: 'persons', others: 'persons', victims: 'persons',
  soldiers: 'persons', soldier: 'persons', sailors: 'persons', marines: 'persons', servicemen: 'persons',
  personnel: 'persons', leaders: 'persons', opponents: 'persons', dissidents: 'persons', suspects: 'persons',
  troops: 'troops', forces: 'troops',
  detainees: 'arrested', arrests: 'arrested',
  refugees: 'displaced', evacuees: 'displaced',
  lives: 'dead', dead: 'dead', deaths: 'dead', fatalities: 'dead', bodies: 'dead', casualties: 'dead',
  wounded: 'injured', injured: 'injured',
  // Singulars, for "one policeman", "a civilian".
  civilian: 'persons', policeman: 'persons', policewoman: 'persons', officer: 'persons', man: 'persons', woman: 'persons',
  child: 'persons', boy: 'persons', girl: 'persons', student: 'persons', farmer: 'persons', journalist: 'persons',
  fighter: 'persons', militant: 'persons', rebel: 'persons', worker: 'persons', villager: 'persons', resident: 'persons',
  protester: 'persons', demonstrator: 'persons', guard: 'persons', guards: 'persons', gunmen: 'persons', gunman: 'persons',
  suspect: 'persons',
};

/**
 * The category a lower-cased noun alone gives a count: the list above, else `persons` for any
 * other kind of person ("two herders", "12 schoolgirls", "three troopers": resources/kb/person-nouns.json).
 */
export function personCategory(word: string): QuantityCategory | undefined {
  if (Object.hasOwn(PERSON_NOUNS, word)) return PERSON_NOUNS[word];
  return loadPersonNouns().sectorOf(word) !== undefined ? 'persons' : undefined;
}

/**
 * Plurals of animals and things with no "-s" ("200 cattle", "three aircraft"): the count is of them, not of people, even
 * when a verb of killing is near ("stole 200 cattle and killed two herders"). A closed class of English irregulars.
 */
export const UNMARKED_THING_PLURALS: ReadonlySet<string> = new Set([
  'cattle', 'livestock', 'sheep', 'swine', 'poultry', 'deer', 'fish', 'aircraft', 'spacecraft', 'hovercraft', 'ammunition', 'equipment',
]);

/** Person nouns that become `troops` when a deployment verb governs them ("dispatched 2,000 peacekeepers"). */
export const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'soldiers', 'soldier', 'peacekeepers', 'police', 'policemen', 'officers', 'marines', 'sailors', 'personnel',
  'servicemen', 'troops', 'forces', 'fighters',
]);

/** Verbs and nouns that say what happened to the people counted; the nearest one decides. */
export const CATEGORY_CUES: readonly { readonly category: QuantityCategory; readonly pattern: RegExp }[] = [
  { category: 'dead', pattern: /\b(?:claimed the lives of|killed|killing|kills|kill|died|die|dies|dying|dead|death toll|deaths|fatalities|slain|massacred|executed|perished|lives|murdered|murdering|assassinated|slaughtered|beheaded|lynched|neutrali[sz]ed|neutrali[sz]ing)\b/gi },
  { category: 'injured', pattern: /\b(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|injuries|hurt)\b/gi },
  { category: 'arrested', pattern: /\b(?:arrested|arresting|arrests|detained|detaining|(?:were|was|being|been|are|is) held|held (?:hostage|captive|prisoner|in custody)|jailed|imprisoned|rounded up|taken into custody)\b/gi },
  { category: 'released', pattern: /\b(?:freed|freeing|frees|free|released|releasing|releases|release|returned|returning|return|handed over|repatriated|swapped|exchanged|pardoned)\b/gi },
  { category: 'displaced', pattern: /\b(?:displaced|fled|fleeing|evacuated|homeless|uprooted|sought refuge|forced from their homes)\b/gi },
  { category: 'missing', pattern: /\b(?:missing|unaccounted for)\b/gi },
  { category: 'troops', pattern: /\b(?:deployed|deploying|deploy|dispatched|dispatching|dispatch|sent|sending|send|stationed)\b/gi },
];

/**
 * A toll brought to a figure by a verb of change or level, the figure with no noun of its own ("the death toll from
 * Sunday's attack rose to 23", "the toll stood at 31"): the figure is the dead, however far the toll was told before it
 * in its clause. Matched on the text from the window's start to the figure; no sentence or clause stop in between.
 */
export const TOLL_FIGURE_BEFORE = /\b(?:death\s+)?toll\b[^.;:!?]{0,80}?\b(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown|reached|reaches|stood|stands|hit|hits|surpassed|passed|topped|exceeded)\s+(?:to\s+|at\s+)?$/i;

/** Whether a figure told at `offset` of `sentence` is a toll brought to a figure ("… the death toll rose to 23"): the latest count of an act's dead. */
export function isTollFigure(sentence: string, offset: number): boolean {
  return TOLL_FIGURE_BEFORE.test(sentence.slice(0, Math.max(0, offset)));
}

/** Words after a number that make it a measure, a sum or a span of time, not a count of things. */
export const NOT_COUNTED = /^(?:\s|-)(?:km|kilometres|kilometers|kilometre|kilometer|miles?|metres|meters|metre|meter|kg|kilograms?|tons?|tonnes?|feet|foot|hectares?|acres?|square|sq|barrels?|degrees?|points?|percent|per|times|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|dollars?|euros?|pounds?|yen|yuan|rupees?|shillings?|francs?|dinars?|rials?|riyals?|rubles?|roubles?|lira|pesos?|manats?|drams?|hryvnias?|usd|eur|bn|mln|a\.?m\b|p\.?m\b|gmt|utc|o'clock)\b/i;

/** Acts that last for months or years: their toll in the perfect ("the war has killed …") is a running total. */
const LONG_RUNNING = 'civil war|war|wars|conflict|insurgency|uprising|rebellion|revolution|crisis|pandemic|epidemic|occupation|campaign|violence|unrest|bloodshed|crackdown|siege|blockade|drug war';
/** Unrest that starts at a moment, named without "the" in "since protests erupted …" (not a long-running act of its own: "the clashes on Sunday have left 9 dead"). */
const ERUPTING = 'protests|demonstrations|fighting|clashes|unrest|violence';
/** Acts of a day, whose toll is their own: "the death toll from the blast has risen to 45" is no running total. */
const SINGLE_ACTS = 'attack|attacks|blast|bombing|bombings|explosion|strike|strikes|raid|clash|clashes|shooting|ambush|crash|fire|collapse|stampede|massacre|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const PERIOD_START = `\\d{4}\\b|(?:early|late|mid-?)\\s*\\d{4}\\b|${MONTH_SOURCE}\\b|the\\s+(?:start|beginning|outbreak|onset)\\b|(?:the|its)\\s+(?:${LONG_RUNNING})\\s+(?:began|started|erupted|broke out)\\b|(?:(?:the|its)\\s+)?(?:${ERUPTING})\\s+(?:began|started|erupted|broke out)\\b|it\\s+(?:began|started)\\b|independence\\b|last\\s+year\\b|then\\b`;

/**
 * What makes a figure a running total or a rhetorical toll rather than the count of one act
 * ("the war has killed 500,000 since 2011", "so far this year", "in total", "a toll that has risen
 * to …", "over the years"). Such a figure is kept, flagged `cumulative`, and never summed with the
 * counts of single acts. Each cue is a mechanism of the language, not a phrase of one story.
 * `before`: the cue governs only a figure after it (a verb and its object: "the war has killed 500,000").
 */
/** Where a clause ends inside a sentence, for cues that must stand in the figure's own clause: "…, bringing the toll since March to …". */
export const CLAUSE_BREAK = /[;–—]|,\s+(?=(?:[a-z]+ing|which|who|whom|while|whereas|but|after|before|when|although)\b)/g;

export const CUMULATIVE_CUES: readonly { readonly reason: string; readonly pattern: RegExp; readonly before?: true }[] = [
  { reason: 'counted since the start of a period', pattern: new RegExp(`\\bsince\\s+(?:${PERIOD_START})`, 'gi') },
  { reason: 'counted so far in a period', pattern: /\b(?:so far|thus far|to date|up to now|until now)\b(?:\s+(?:this|in)\s+(?:year|month|\d{4}))?/gi },
  { reason: 'a total', pattern: /\b(?:in total|a total of|the total|total of|altogether|overall|cumulative|running total|tally)\b/gi },
  { reason: 'counted as of a date', pattern: new RegExp(`\\bas of\\s+(?:\\d{1,2}\\s+)?(?:${MONTH_SOURCE}|\\d{4}\\b)`, 'gi') },
  { reason: 'counted over years', pattern: /\b(?:over|in|during|throughout)\s+the\s+(?:years|decades|(?:past|last)\s+(?:\w+\s+)?(?:decade|years|decades))\b/gi },
  { reason: 'a toll that has grown', pattern: new RegExp(`(?<!\\b(?:${SINGLE_ACTS})(?:'s|’s)?\\s+(?:death\\s+)?)\\btoll\\b(?:(?!\\b(?:${SINGLE_ACTS})\\b)[^.;]){0,40}?\\b(?:has|have)\\s+(?:now\\s+)?(?:risen|climbed|reached|surpassed|passed|exceeded|topped|grown)\\b`, 'gi'), before: true },
  // "the death toll from the conflict rose to 3,000": a toll of a long-running act is its running total, whatever the tense.
  { reason: 'the toll of a long-running act', pattern: new RegExp(`\\btoll\\s+(?:from|of|in)\\s+(?:the|its|this|their)\\s+(?:[\\w-]+\\s+)?(?:${LONG_RUNNING})\\b`, 'gi'), before: true },
  { reason: 'a toll brought up to date', pattern: new RegExp(`\\b(?:bringing|raising|taking|pushing|putting)\\s+(?:the|its|their)\\s+(?:overall\\s+|total\\s+)?(?:death\\s+)?(?:toll|tally|number of (?:dead|deaths))\\b(?:(?!\\b(?:${SINGLE_ACTS})\\b)[^.;]){0,30}?\\bto\\b`, 'gi'), before: true },
  { reason: 'the perfect of a long-running act', pattern: new RegExp(`\\b(?:${LONG_RUNNING})\\b[^.;]{0,40}?\\b(?:has|have)\\s+(?:now\\s+|already\\s+)?(?:been\\s+)?(?:killed|claimed|left|cost|displaced|uprooted|wounded)\\b`, 'gi'), before: true },
];

/** Whether a cumulative cue names a total ("in total", "a total of", "altogether"), not a period counted over. */
export function isTotalCue(text: string): boolean {
  TOTAL_CUE ??= new RegExp(`^(?:${CUMULATIVE_CUES.find((c) => c.reason === 'a total')!.pattern.source})$`, 'i');
  return TOTAL_CUE.test(text.trim());
}
/** The total cues' pattern, whole (built once, on first use). */
let TOTAL_CUE: RegExp | undefined;

/**
 * Verbs whose object (or passive subject) is what a count counts: "killed four members of the
 * militia" counts dead, whatever the noun; "killed one", "wounding two" count with no noun at all.
 * Read on the parse, by lemma; the window cues above decide when there is no parse.
 */
export const COUNTING_VERBS: Readonly<Record<string, QuantityCategory>> = {
  kill: 'dead', slay: 'dead', execute: 'dead', massacre: 'dead', behead: 'dead', lynch: 'dead',
  // A communique's "neutralised" fighters are its word for those it killed (the events stage reads the verb as ASSAULT).
  neutralise: 'dead', neutralize: 'dead', murder: 'dead', assassinate: 'dead', slaughter: 'dead',
  injure: 'injured', wound: 'injured', hurt: 'injured',
  arrest: 'arrested', detain: 'arrested', jail: 'arrested', imprison: 'arrested', apprehend: 'arrested',
  free: 'released', release: 'released', repatriate: 'released', pardon: 'released',
  displace: 'displaced', evacuate: 'displaced',
};

/**
 * Verbs with a particle whose object is counted as COUNTING_VERBS are ("gunned down four
 * villagers", "mowed down"): the verb alone ("gun") counts nothing. By lemma and particle.
 */
export const COUNTING_PHRASAL_VERBS: Readonly<Record<string, QuantityCategory>> = {
  'gun down': 'dead', 'mow down': 'dead',
};

/**
 * What an act left its object, as a resultative on the verb, when it says the object died: "shot
 * dead" (the adjective), "beaten to death", "burned to death" ("to" and the noun). Any verb: the
 * result, not the verb, makes the count.
 */
export const DEATH_RESULTS: Readonly<{ adjectives: readonly string[]; nouns: readonly string[] }> = {
  adjectives: ['dead'],
  nouns: ['death'],
};

/**
 * Verbs of judgment: those they sentence "to death" are condemned, not dead ("the tribunal condemned two deserters to
 * death" counts two people it punished). By lemma.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(['sentence', 'condemn']);

/** Intransitive verbs whose subject is counted: "two died", "three were missing". */
export const COUNTING_SUBJECT_VERBS: Readonly<Record<string, QuantityCategory>> = {
  die: 'dead', perish: 'dead', flee: 'displaced',
};
