import type { CodedEvent, EventParty, SizeValue } from '../../core/document.js';
import { isTollFigure } from '../quantities/lexicon.js';
import { RECAP_WORDS } from './recap-words.js';
import { ROLE_WORDS } from './role-words.js';

/** An event with what merging needs to know about how it was found. */
export interface MergeCandidate {
  readonly event: CodedEvent;
  /** Found from a noun ("the release", "the talks") rather than a verb. */
  readonly nominal: boolean;
  /** Derived from another event (a mediator's consultation); never merged. */
  readonly derived: boolean;
  /** A noun with no party of its own: kept only as evidence of an act it retells, never as an event. */
  readonly mentionOnly?: boolean;
  /**
   * Told in a heading (a title, a live page's timestamped line, a summary bullet: a paragraph with no
   * closing punctuation), which restates an act the body tells: merged into the body's event like a noun.
   */
  readonly heading?: boolean;
  /** For a live entry's headline (the heading under a stamp): the span of the entry it heads, whose act of its type it restates. */
  readonly entry?: { readonly start: number; readonly end: number };
  /**
   * The head words of its parties told with a definite article or a demonstrative ("stormed the post",
   * "the gunmen fled"): a thing the reader already knows of, which makes a later verb a recap.
   */
  readonly definiteHeads?: readonly string[];
  /** A verb whose subject is a definite noun of its own act ("the shelling hit a market"): told as an act already known. */
  readonly retoldBySubject?: boolean;
  /** A verb in a quotation whose doers are named as known ("'The bandits opened fire,' said a resident"): a witness retelling, only of an act by doers of its kind. */
  readonly witness?: boolean;
  /** A definite noun naming any act of its type whatever the mode ("the protest" after "blocked the road"): recap-words.json genericActNouns. */
  readonly generic?: boolean;
  /** A noun with an indefinite article, not the predicate of a light verb ("an ambush on a convoy"): a new act to the reader. */
  readonly introduced?: boolean;
  /** A detail of an act the reader knows, told in a later update ("the death toll from the attack rose on Monday"): dated by the update, free to move. */
  readonly detail?: boolean;
  /** A detail whose time is the act's own ("The fighting broke out on Sunday evening", "the toll from Sunday's attack"): it can date the act. */
  readonly datesAct?: boolean;
  /** An act noun whose actor claimed it ("JNIM claimed responsibility for the attack"): its actor names the doer of the act it retells. */
  readonly claimedBy?: boolean;
  /** A harm told alone with whom it befell, no doer and no time of its own, after an act of its type: that act's toll told again (index.ts bareTollOfToldAct). */
  readonly tollOfTold?: boolean;
  /**
   * For an act of the story's lead (its first sentence with a party, below any heading): the body's first verb of its type
   * in a paragraph after the lead's, which tells that act again with its detail (leadToldAgain; index.ts).
   */
  readonly toldInBody?: CodedEvent;
}

/** PLOVER's verbal types: each statement is its own act. */
export const VERBAL_TYPES: ReadonlySet<string> = new Set(['AGREE', 'SUPPORT', 'CONCEDE', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN']);

function codes(parties: readonly EventParty[]): Set<string> {
  return new Set(parties.map((p) => p.code).filter((c): c is string => c !== null));
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Whether an event is dated by words of its own (its clause, a governing clause, an anaphor), not by the publication, the main act or the story. */
export function hasOwnDate(event: CodedEvent): boolean {
  // The story's time (assign-date.ts storyTime) and a party's last date (events sameActorDate) are lent by another sentence: free to move, as the publication is.
  // So is the time of a saying set beside the act (assign-date.ts reportedBeside): it bounds the act, it does not date it.
  return event.date_source.rule !== 'publication' && event.date_source.rule !== 'before-main-event' && event.date_source.rule !== 'story-time' && event.date_source.rule !== 'same-actor'
    && !event.date_source.rule.startsWith('reported-beside')
    // An act told in an "after"/"before" phrase with no time or distance of its own keeps only its host's month (assign-date.ts outsideSequence).
    && !event.date_source.rule.startsWith('sequence-');
}

/** Dates are compatible when one is the other at a coarser precision ("2022-10" and "2022-10-02"). */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Nouns after a place name that tell it is a region (resources/events/recap-words.json regionNouns). */
const REGION_NOUNS = RECAP_WORDS.regionNouns;
/** Sectors of armed men a story names in several ways ("insurgents", then "the gunmen"): recap-words.json unnamedArmedSectors. */
const ARMED_SECTORS = RECAP_WORDS.unnamedArmedSectors;
/** How far apart two settlements or sites may be and still be the scene of one act (a town and a bridge outside it). */
const SAME_SCENE_KM = 40;

function kilometres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin((b.lat - a.lat) * rad / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin((b.lon - a.lon) * rad / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The level of an event's place as the text tells it: "the Ituri province" is a region whatever the gazetteer reads. */
function toldLevel(event: CodedEvent): string | undefined {
  const loc = event.event_loc;
  if (!loc) return undefined;
  return regionByItsNoun(event) ? 'region' : loc.level;
}

/** Whether the text writes the event's place with the noun of a region after it ("Kaduna state", "the Ituri province"). */
function regionByItsNoun(event: CodedEvent): boolean {
  const loc = event.event_loc;
  if (!loc) return false;
  const sentence = event.evidence.sentence;
  if (loc.end !== undefined && loc.end >= sentence.start && loc.end <= sentence.end) {
    const next = /^\s+([\p{L}]+)/u.exec(sentence.text.slice(loc.end - sentence.start))?.[1]?.toLowerCase();
    if (next && REGION_NOUNS.has(next)) return true;
  }
  // The written place may hold its area's noun ("Alto Parana department", index.ts writtenPlace).
  return REGION_NOUNS.has(loc.name.split(' ').pop()!.toLowerCase());
}

/**
 * Whether two events are placed where they cannot be one scene: in other states, in two regions, or in
 * two settlements far apart ("kidnapped a mayor in Cauca department" and "an offensive in Putumayo
 * department" are two acts). A settlement and a region may be one act told at two scales.
 */
export function placesConflict(a: CodedEvent, b: CodedEvent): boolean {
  const p = a.event_loc;
  const q = b.event_loc;
  // One place however each telling writes it ("Fergana region", "southern Fergana"): the gazetteer's name decides.
  if (!p || !q || placeKey(p) === placeKey(q)) return false;
  if (p.country_code && q.country_code && p.country_code !== q.country_code) return true;
  const levels = [toldLevel(a), toldLevel(b)];
  if (levels.every((l) => l === 'region')) return true;
  if (!levels.every((l) => l === 'city' || l === 'site') || p.lat === null || p.lon === null || q.lat === null || q.lon === null) return false;
  return kilometres({ lat: p.lat, lon: p.lon }, { lat: q.lat, lon: q.lon }) > SAME_SCENE_KM;
}

/** Whether two events give different figures of one kind (12 arrested and 30 arrested are two acts). */
function sizesConflict(a: CodedEvent, b: CodedEvent): boolean {
  return Object.entries(a.size).some(([key, value]) => {
    const other = (b.size as Record<string, typeof value>)[key];
    return value !== undefined && other !== undefined && !value.cumulative && !other.cumulative && other.value !== value.value;
  });
}

/**
 * "Police arrested 14 people on Thursday" … "'We have detained 14 suspects,' the spokesman said": a material act told
 * again in another sentence with the same figure of the same kind (two or more, no running total) by doers of the same
 * state is the act recounted, whatever nouns the two tellings use for its parties.
 */
function sameFigure(a: CodedEvent, b: CodedEvent): boolean {
  if (VERBAL_TYPES.has(a.event) || a.evidence.sentence.start === b.evidence.sentence.start) return false;
  const doers = (x: CodedEvent) => codes(x.actor);
  if (doers(a).size === 0 || doers(b).size === 0 || !(subset(doers(a), doers(b)) || subset(doers(b), doers(a)))) return false;
  return Object.entries(a.size).some(([key, value]) => {
    const other = (b.size as Record<string, typeof value>)[key];
    return key !== 'persons' && value !== undefined && other !== undefined && !value.cumulative && !other.cumulative && value.value >= 2 && other.value === value.value;
  });
}

/**
 * Whether a verb retells an act an earlier sentence told: a material act (not a statement, each its own)
 * whose party is named by a definite noun the earlier act's sentence had introduced ("militia fighters
 * shelled a police station …" then "the fighters hit the station with mortars"): the article goes back over
 * the same scene.
 */
/** The lower-cased words of a sentence, read once per sentence: pairs of events ask again and again (a long text has many). */
const sentenceWords = new WeakMap<object, ReadonlySet<string>>();
function sentenceWordsOf(sentence: { readonly text: string }): ReadonlySet<string> {
  let words = sentenceWords.get(sentence);
  if (!words) {
    words = new Set(sentence.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
    sentenceWords.set(sentence, words);
  }
  return words;
}

function retells(later: MergeCandidate, earlier: MergeCandidate): boolean {
  const e = later.event;
  if (later.nominal || later.heading || VERBAL_TYPES.has(e.event)) return false;
  if (e.evidence.sentence.start <= earlier.event.evidence.sentence.start) return false;
  // A time of its own tells when; only a date that agrees keeps it the same act: the same, or the day of the
  // month the first telling gave ("after rebels shelled a camp …", then "the rebels shelled the camp on Monday").
  if (hasOwnDate(e) && !datesCompatible(e.date, earlier.event.date)) return false;
  // Every definite thing it names was told there: a new one ("detained the vice-chancellor at the
  // university" after students were detained at the university) makes it another act at that scene.
  const words = [earlier.event.evidence, ...(earlier.event.evidence.mentions ?? [])].map((m) => sentenceWordsOf(m.sentence));
  const heads = later.definiteHeads ?? [];
  return heads.length > 0 && heads.every((head) => words.some((set) => set.has(head)));
}

/**
 * The types whose act a lead sums up for the body to tell again: an attack. A story of protests or arrests leads with one
 * and tells others of its type in the body (a march in one town, a blockade in another; a curfew, then arrests): on the
 * training articles folding those lost acts found.
 */
const LEAD_SUMMED_TYPES: ReadonlySet<string> = new Set(['ASSAULT']);

/**
 * "Armed men shot dead a dozen herders during an assault on a cattle camp, the governor said. Gunmen on horseback
 * overran the camp at dawn on Tuesday, …": a story's lead sums up its act in words of its own, and the
 * body's first verb of that type tells it again with its time, place and detail, naming the parties otherwise
 * ("herders", "the camp"). Only an attack (LEAD_SUMMED_TYPES); the body's first telling of its type after the lead, unless told as another act
 * ("in a separate attack", "another camp": index.ts bodyTelling); the same kind
 * of deed; doers named by both and fitting by code and sector, and targets that fit; a lead with no time of its own, or one the body's agrees with.
 */
function leadToldAgain(lead: MergeCandidate, body: MergeCandidate): boolean {
  const a = lead.event;
  const b = body.event;
  if (lead.toldInBody !== b || !LEAD_SUMMED_TYPES.has(a.event) || a.background !== b.background) return false;
  if (hasOwnDate(a) && !datesCompatible(a.date, b.date)) return false;
  // Both name their doers: a body's harm told with no doer ("seven fighters were killed in the pursuit") may be of another act.
  if (a.actor.length === 0 || b.actor.length === 0) return false;
  return sameKindOfDeed(a, b) && sameDoers(a, b, true) && partiesFit(a.recipient, b.recipient);
}

/** Whether the parties two tellings name can be the same: each of one fits one of the other by code and sector, where both give them. */
function partiesFit(x: readonly EventParty[], y: readonly EventParty[]): boolean {
  if (x.length === 0 || y.length === 0) return true;
  const fit = (p: EventParty, q: EventParty) => (p.code === null || q.code === null || p.code === q.code) && (p.sector === null || q.sector === null || p.sector === q.sector);
  return x.every((p) => y.some((q) => fit(p, q))) || y.every((q) => x.some((p) => fit(p, q)));
}

/**
 * Whether the doers two verbs name can be the same: each named doer of one has a doer of the other with its
 * code and, where both give one, its sector. A country's code alone does not tell its army from the gunmen it
 * fought ("gunmen attacked a village …" and "soldiers attacked the village" are two acts).
 */
function sameDoers(a: CodedEvent, b: CodedEvent, bySector = false): boolean {
  if (a.actor.length === 0 || b.actor.length === 0) return true;
  const sectorsFit = (x: string | null, y: string | null) => x === null || y === null || x === y || (ARMED_SECTORS.has(x) && ARMED_SECTORS.has(y));
  // `bySector`: a doer with no code still has to fit by its sector (a witness's "the soldiers" are not the gunmen
  // the story told of, though neither has a state).
  const fits = (p: EventParty, among: readonly EventParty[]) => (p.code === null && !bySector)
    || among.some((q) => (q.code === p.code || (bySector && (p.code === null || q.code === null))) && sectorsFit(p.sector, q.sector));
  return a.actor.every((p) => fits(p, b.actor)) || b.actor.every((p) => fits(p, a.actor));
}

/** Armed men the text names by no name of their own ("gunmen", "insurgents": recap-words.json unnamedArmedSectors, a common noun). */
function unnamedArmed(party: EventParty): boolean {
  return party.sector !== null && ARMED_SECTORS.has(party.sector) && !/\p{Lu}/u.test(party.text.slice(1)) && !/^\p{Lu}\p{L}*\s/u.test(party.text) && party.text.split(/\s+/).length <= 3;
}

/** A party's head word, for telling two named targets apart ("two students" and "the vice-chancellor"). */
function headWord(party: EventParty): string {
  const words = party.text.toLowerCase().split(/\s+/);
  return (words.at(-1) ?? '').replace(/s$/, '');
}

/**
 * Whether the targets two verbs name can be the same: when both name some, one of them is told again
 * by its head word ("shelled a police station …", "hit the station"). Police detaining two students
 * at a university and then the vice-chancellor at the university are two arrests at one scene.
 */
function sameTargets(a: CodedEvent, b: CodedEvent): boolean {
  if (a.recipient.length === 0 || b.recipient.length === 0) return true;
  const heads = new Set(a.recipient.map(headWord));
  return b.recipient.some((p) => heads.has(headWord(p)));
}

/** ASSAULT modes that tell how an act was done (recap-words.json meansModes), not what was done. */
const MEANS_MODES = RECAP_WORDS.meansModes;

/**
 * Whether a verb told by the act's known doers or its noun ("the attackers opened fire", "the shelling hit a school")
 * can be the act told again: the same mode, or each only says how it was done (or nothing). What was done inside
 * one raid, told by a verb of its own, is another act ("Separatists attacked a school. The attackers kidnapped four
 * pupils", guideline 1). Not seen here: two deeds coordinated under one subject ("burned shops and kidnapped two
 * women") were already folded into one event upstream (fold-complements.ts), a known gap.
 */
function sameKindOfDeed(a: CodedEvent, b: CodedEvent): boolean {
  const how = (mode: string | null) => mode === null || MEANS_MODES.has(mode);
  return a.mode === b.mode || (how(a.mode) && how(b.mode));
}

/** A word of sequence (role-words.json sequencePreps: "after", "before", "following" …) standing on its own. */
const SEQUENCE_WORD = new RegExp(`\\b(?:${[...ROLE_WORDS.sequencePreps].map((w) => w.replace(/\s+/gu, '\\s+')).join('|')})\\b`, 'iu');

/** Material acts whose two halves one sentence can tell by two verbs: the force used, and the harm or toll it left. */
const HALVED_TYPES: ReadonlySet<string> = new Set(['ASSAULT']);

/**
 * "Troops fired live rounds at the crowd on Friday, and two demonstrators died", "nine people were killed in fighting
 * between two clans": one sentence tells an act of force by one verb that names no one it befell, and its harm by another
 * that names no doer, or the same doers: the two halves of one act (guideline: one event per act). Only two verbs of one
 * sentence, an act of force, modes that agree, neither told as before or after the other (the sequence check in
 * sameAction), and no doer of the harm who is not the force's ("police fired on the crowd and protesters stabbed an
 * officer" names two sides' acts).
 */
export function halvesOfOneAct(a: CodedEvent, b: CodedEvent): boolean {
  if (a.event !== b.event || !HALVED_TYPES.has(a.event) || a.evidence.sentence.start !== b.evidence.sentence.start) return false;
  // Whoever died on the doers' own side is that side's loss, not the force's target ("gunmen opened fire …, and two
  // gunmen were killed"): merged, the doers would assault themselves.
  const ownLoss = (x: CodedEvent, y: CodedEvent) => x.actor.some((p) => y.recipient.some((q) => sameSide(p, q)));
  if (ownLoss(a, b) || ownLoss(b, a)) return false;
  if (a.evidence.trigger.start === b.evidence.trigger.start || (a.mode !== null && b.mode !== null && a.mode !== b.mode)) return false;
  // A half placed somewhere else ("exchanged fire in one town, and two children were wounded in another") may be another act.
  if (a.event_loc && b.event_loc && placeKey(a.event_loc) !== placeKey(b.event_loc)) return false;
  // Two deeds told one before or after the other ("shelled a post after they had ambushed a convoy") are two acts; a harm
  // told after its force ("died after he was beaten") is still the one act. (Read last: a sentence can be very long.)
  const sequenced = () => {
    const [first, second] = a.evidence.trigger.start < b.evidence.trigger.start ? [a, b] : [b, a];
    const from = first.evidence.trigger.end - a.evidence.sentence.start;
    return SEQUENCE_WORD.test(a.evidence.sentence.text.slice(from, Math.max(from, second.evidence.trigger.start - a.evidence.sentence.start)));
  };
  const isHarm = (e: CodedEvent) => ROLE_WORDS.harmWords.has(e.evidence.trigger.text.toLowerCase());
  const half = (force: CodedEvent, harm: CodedEvent) => force.recipient.length === 0 && harm.recipient.length > 0
    && (harm.actor.length === 0 || (force.actor.length > 0 && sameDoers(force, harm, true) && sameCodes(force.actor, harm.actor)))
    && (isHarm(harm) || !sequenced());
  // A force that names no one it befell, beside another that names no one either ("fighting", "killed in clashes"): one of them has to be the harm.
  const bothForce = a.recipient.length === 0 && b.recipient.length === 0 && (a.actor.length === 0 || b.actor.length === 0);
  return half(a, b) || half(b, a) || bothForce;
}

/**
 * Whether two parties are one side: the same code (not none) and sector, or the same words but for a plural "s"
 * ("Bandits" and "a bandit"). Two parties with no code are not one side by that alone.
 */
function sameSide(p: EventParty, q: EventParty): boolean {
  if (p.code !== null && p.code === q.code && p.sector === q.sector) return true;
  const bare = (x: EventParty) => x.text.toLowerCase().replace(/^(?:the|a|an)\s+/u, '').replace(/s$/u, '');
  return bare(p) !== '' && bare(p) === bare(q);
}

function sameCodes(x: readonly EventParty[], y: readonly EventParty[]): boolean {
  const p = codes(x);
  const q = codes(y);
  return subset(p, q) && subset(q, p);
}

/** Whether `small` can be a mention of the action `big` describes: same type and mode, no conflicting party or date. */
function sameAction(small: MergeCandidate, big: MergeCandidate, relaxDates: boolean): boolean {
  const a = small.event;
  const b = big.event;
  if (a.event !== b.event) return false;
  // A heading restates the body; the body never restates a heading.
  if (big.heading && !small.heading) return false;
  // A noun brought in as new ("The raid followed an ambush on a convoy") is not an act an earlier sentence told.
  const later = (x: MergeCandidate, y: MergeCandidate) => x.event.evidence.sentence.start > y.event.evidence.sentence.start;
  if ((small.introduced === true && !small.heading && later(small, big)) || (big.introduced === true && !big.heading && later(big, small))) return false;
  // A verb retelling by its definite subject restates an act told in an earlier sentence, as a noun does.
  // A toll told again counts no more of a kind than the act counted ("two soldiers died" of the nine killed in a clash).
  // Only of an act told with its doer: a party-less telling ("captives believed held") may be of anything.
  const toll = small.tollOfTold === true && later(small, big) && !big.heading && !big.tollOfTold && b.actor.length > 0
    && Object.entries(a.size).every(([key, value]) => {
      const counted = (b.size as Record<string, typeof value>)[key];
      return !value || !counted || value.value <= counted.value;
    });
  const restated = small.nominal || small.heading === true || toll || (small.retoldBySubject === true && a.evidence.sentence.start > b.evidence.sentence.start && sameKindOfDeed(a, b)
    // A witness names the doers in their own words: "the soldiers" are not the gunmen the story told of, whatever their state.
    && (small.witness !== true || sameDoers(a, b, true)));
  // A noun with no date of its own ("its war in Ukraine") can name an action dated elsewhere —
  // but only when no action with a compatible date is there ("the ensuing conflict" after the 1990s war).
  // Dated by a time expression of its own clause or a governing one, or by an anaphor ("under the deal"): not free to move.
  const ownDate = hasOwnDate(a) && small.detail !== true;
  // "the protest" names a blockade told before as well as a march: its noun's mode is no other kind of act.
  if (a.mode !== b.mode && a.mode !== null && b.mode !== null && small.generic !== true) return false;
  if (placesConflict(a, b)) return false;
  // An act told as before or after another of its sentence ("killed two guards, a week after a bombing") is not that act.
  const sequenced = (e: CodedEvent) => e.date_source.rule.startsWith('sequence-') || e.date_source.rule.includes(', moved by "');
  if (a.evidence.sentence.start === b.evidence.sentence.start && sequenced(a) !== sequenced(b)) return false;
  // Two verbs are two actions; a noun can name an action told elsewhere ("the release", "the war").
  // Except two party-less verbs of one sentence ("Seven killed and nine hurt"): nothing tells them apart,
  // and a verb that goes back over a scene told before (retells), with no other figures.
  const unattributedPair = a.actor.length + a.recipient.length === 0 && b.actor.length + b.recipient.length === 0
    && a.evidence.sentence.start === b.evidence.sentence.start;
  const pair = halvesOfOneAct(a, b) && !sizesConflict(a, b);
  const recap = !restated && !big.nominal && !unattributedPair && !pair && !sizesConflict(a, b)
    && (((retells(small, big) || retells(big, small)) && sameDoers(a, b) && sameTargets(a, b)) || sameFigure(a, b) || leadToldAgain(small, big) || leadToldAgain(big, small));
  if (!restated && !big.nominal && !unattributedPair && !pair && !recap) return false;
  // A recap with no time of its own was dated by the publication or the story, free to move as a noun's is.
  const datesMayDiffer = (relaxDates && restated && !ownDate) || (recap && a.background === b.background);
  if (!datesMayDiffer && (a.background !== b.background || !datesCompatible(a.date, b.date))) return false;
  // Statements are separate acts even when one is a noun ("welcomed …", "expressed appreciation …"),
  // but not a heading's summary of one ("US urges restraint" above "the State Department urged …").
  if (VERBAL_TYPES.has(a.event) && !restated) return false;
  // Explicitly different days are different events ("talks on Sunday" vs "talks on Tuesday").
  if (ownDate && a.date_precision === 'day' && b.date_precision === 'day' && a.date !== b.date) return false;
  // "officers repelled an attack by bandits …, killing four gunmen": one mention the target of one act and the doer of
  // the other is the two sides' exchange, two acts, even where codes alone (both sides of one country) cannot tell.
  const sameMention = (x: readonly EventParty[], y: readonly EventParty[]) => x.some((p) => y.some((q) => p.start === q.start && p.end === q.end));
  if (sameMention(a.actor, b.recipient) || sameMention(a.recipient, b.actor)) return false;
  // The two halves of one act told by two verbs of its sentence: whoever it befell is who the force named was aimed at.
  if (pair) return true;
  const bActors = codes(b.actor);
  const bAll = new Set([...bActors, ...codes(b.recipient)]);
  const collective = b.recipient.length === 0 || a.recipient.length === 0 && a.actor.length > 1;
  // A claim names the doers the other telling left unnamed ("Gunmen attacked a post … JNIM claimed the attack").
  const claimedFrom = (x: MergeCandidate, y: MergeCandidate) => x.claimedBy === true && y.event.actor.every(unnamedArmed);
  const actorsFit = subset(codes(a.actor), bActors) || claimedFrom(small, big) || claimedFrom(big, small);
  if (collective) return (actorsFit && subset(codes(a.recipient), bAll)) || subset(new Set([...codes(a.actor), ...codes(a.recipient)]), bAll);
  return actorsFit && subset(codes(a.recipient), codes(b.recipient));
}

/**
 * "Azerbaijan freed 17 prisoners after US mediation" … "the United States and the European Union have
 * taken a leading role in mediating the process between Armenia and Azerbaijan": a mediation told by a
 * verb whose doers include the mediator an earlier act named (a derived event, which never merges by
 * sameAction) and whose sides include that act's parties is that mediation told again. It is folded into
 * the first telling, which keeps its parties and date; only the same type and mode, compatible dates and
 * the same background flag.
 */
function foldRetoldMediations(candidates: readonly MergeCandidate[]): MergeCandidate[] {
  const folded = new Set<MergeCandidate>();
  for (const first of candidates) {
    if (!first.derived || first.event.mode === null) continue;
    const e = first.event;
    const retold = candidates.find((c) => !c.derived && !folded.has(c) && c.event.event === e.event && c.event.mode === e.mode
      && e.actor.length > 0 && e.recipient.length > 0 && subset(codes(e.actor), codes(c.event.actor)) && subset(codes(e.recipient), codes(c.event.recipient))
      && c.event.background === e.background && datesCompatible(c.event.date, e.date));
    if (!retold) continue;
    folded.add(retold);
    e.why.push(`also reported as "${retold.event.evidence.trigger.text}" (offset ${retold.event.evidence.trigger.start}), the same mediation told again`);
    e.evidence = { ...e.evidence, mentions: [...(e.evidence.mentions ?? []), { sentence: retold.event.evidence.sentence, trigger: retold.event.evidence.trigger }, ...(retold.event.evidence.mentions ?? [])] };
  }
  return candidates.filter((c) => !folded.has(c));
}

/** Whether two parties are one by their codes: the same code, and the same sector where both have one. */
function sameCodedParty(a: EventParty, b: EventParty): boolean {
  return a.code !== null && a.code === b.code && (a.sector === null || b.sector === null || a.sector === b.sector);
}

/**
 * Whether a headline's coded parties tell another act than a body's: a party it names as the doer is the body act's
 * target (or its target the body's doer), or both name their doers by codes that share none. "Posted at 08:15 / Russia
 * strikes Kyiv / Ukrainian drones hit a depot in Bryansk …": a strike the other way round, not a retelling of this one.
 */
function contradictsParties(headline: CodedEvent, act: CodedEvent): boolean {
  const among = (p: EventParty, ps: readonly EventParty[]) => ps.some((q) => sameCodedParty(p, q));
  if (headline.actor.some((p) => among(p, act.recipient) && !among(p, act.actor))) return true;
  if (headline.recipient.some((p) => among(p, act.actor) && !among(p, act.recipient))) return true;
  const mine = codes(headline.actor);
  const theirs = codes(act.actor);
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((c) => theirs.has(c));
}

/**
 * Whether a headline names the targets of a body's act: each of its targets is one of the act's by code or shares a word
 * with one ("blames union leaders" over "accused the union's leaders"). Without that, a coded doer the headline names
 * may be of another act ("Kenya blames dockers" over a dockers' leader accusing the port authority).
 */
function sameTargetsTold(headline: CodedEvent, act: CodedEvent): boolean {
  const words = (p: EventParty) => [...wordsOf(p.text)].filter((w) => w.length > 3);
  return headline.recipient.length > 0 && headline.recipient.every((p) => act.recipient.some((q) => sameCodedParty(p, q)
    || words(p).some((w) => wordsOf(q.text).has(w))));
}

/**
 * "Posted at 15:48 / Union accuses port authority / The dockers' union has accused …": a live entry's headline restates
 * the act of its type its entry tells first, though its few words name the parties otherwise ("Union", "Minister"). Only
 * the same type, modes that agree, compatible dates, the same background flag, and coded parties that do not tell
 * another act (contradictsParties).
 */
function headedActs(candidate: MergeCandidate, kept: readonly MergeCandidate[]): MergeCandidate[] {
  const e = candidate.event;
  const entry = candidate.entry!;
  return kept.filter((k) => !k.derived && !k.heading && k.event.event === e.event && entry.start <= k.event.evidence.sentence.start && k.event.evidence.sentence.start < entry.end
    && (k.event.mode === e.mode || k.event.mode === null || e.mode === null) && k.event.background === e.background && datesCompatible(k.event.date, e.date)
    && !contradictsParties(e, k.event))
    .sort((a, b) => a.event.evidence.trigger.start - b.event.evidence.trigger.start).slice(0, 1);
}

/** The lower-cased words of a text. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0));
}

/**
 * How many words of an event's parties a sentence tells: of two acts a noun could name, the one whose parties
 * its sentence names is the one it tells ("Russia freed 75 Ukrainian prisoners … Ukraine freed 75 Russian soldiers.
 * The Ukrainian prisoners were flown home after the release": Russia's release). Words of three letters or fewer
 * ("of", "the") tell nothing.
 */
function partyWordsTold(event: CodedEvent, told: Set<string>): number {
  const words = new Set([...event.actor, ...event.recipient].flatMap((p) => [...wordsOf(p.text)].filter((w) => w.length > 3)));
  return [...words].filter((w) => told.has(w)).length;
}

/** Whether a size figure is told as a toll brought to it ("the death toll from the attack rose to 23"), in its event's sentences. */
function tollFigure(event: CodedEvent, value: SizeValue): boolean {
  if (value.start === undefined || value.cumulative) return false;
  const sentence = [event.evidence, ...(event.evidence.mentions ?? [])].map((m) => m.sentence)
    .find((s) => s.start <= value.start! && value.start! < s.start + s.text.length);
  return sentence !== undefined && isTollFigure(sentence.text, value.start - sentence.start);
}

/**
 * Whether a merged mention's figure updates the act's toll: told as a toll brought to a figure ("killed at least 12 …",
 * then "the death toll from the attack rose to 23"), it is the latest count, in place of a figure the act's verb gave or
 * of an earlier toll. A running total never takes an act's place.
 */
function updatesToll(mention: CodedEvent, value: SizeValue, target: CodedEvent, held: SizeValue): boolean {
  if (!tollFigure(mention, value)) return false;
  return !tollFigure(target, held) || (held.start ?? 0) < (value.start ?? 0);
}

/** The place an event was geocoded to, whatever spelling the text gave it (the gazetteer's name when known). */
export function placeKey(loc: NonNullable<CodedEvent['event_loc']>): string {
  return loc.resolved ?? loc.name;
}

/**
 * Merges mentions of one action inside an article: "the release of the prisoners" after
 * "Azerbaijan freed 17 prisoners", "the ensuing conflict" after "fought … in the 1990s",
 * "resumed peace talks" (a few days before) with "held talks in Geneva on Sunday".
 * Two events merge when they have the same type and mode, at least one was named by a noun,
 * the parties of one fit inside the other's (in the same roles), and their dates are compatible.
 * The richer event (more parties, finer date) is kept and takes the other's size figures,
 * brokers, place and, when it names none, targets; its `why` records the merge.
 */
export function mergeMentions(all: readonly MergeCandidate[]): CodedEvent[] {
  const candidates = foldRetoldMediations(all);
  const kept: MergeCandidate[] = [];
  const richness = (c: MergeCandidate) => {
    const e = c.event;
    // A date lent by the publication, the story or a party weighs as the publication's day, whatever precision it was given.
    const dated = hasOwnDate(e) || e.date_source.rule === 'before-main-event' ? e.date?.length ?? 0 : e.date === null ? 0 : 10;
    return (codes(e.actor).size + codes(e.recipient).size) * 10 + dated + (e.date_source.rule.startsWith('clause') ? 5 : 0) + (c.nominal ? 0 : 1);
  };
  // Headings last, so the body's telling of an act is the one kept.
  // Of two as rich, the telling that names whom the act befell ("two officers died during fighting with the gang": the deaths, not the fighting).
  const befell = (c: MergeCandidate) => Number(c.event.recipient.length > 0);
  const order = [...candidates].sort((a, b) => Number(a.heading === true) - Number(b.heading === true) || richness(b) - richness(a) || befell(b) - befell(a) || a.event.evidence.trigger.start - b.event.evidence.trigger.start);
  for (const candidate of order) {
    const event = candidate.event;
    // A detail told in a later update is dated by the update, not the act: a date that fits it tells nothing of which act it is.
    const strict = candidate.derived || candidate.detail === true ? [] : kept.filter((k) => !k.derived && sameAction(candidate, k, false));
    const found = strict.length > 0 || candidate.derived ? strict : kept.filter((k) => !k.derived && sameAction(candidate, k, true));
    // Merged as its entry's headline alone: its parties, told in other words or roles, are not the act's.
    const headlineOnly = found.length === 0 && candidate.entry !== undefined;
    const targets = headlineOnly ? headedActs(candidate, kept) : found;
    // Only two or more targets are ordered: what the order reads is worked out for them alone (the sentence's words, each
    // time, were most of this loop's cost).
    if (targets.length > 1) {
      const mine = codes(event.actor).size + codes(event.recipient).size;
      const toldBeside = wordsOf(event.evidence.sentence.text);
      const tollKeys = Object.entries(event.size).filter(([, v]) => v && tollFigure(event, v)).map(([key]) => key);
      targets.sort((a, b) => {
        const same = (k: MergeCandidate) => Number(codes(k.event.actor).size + codes(k.event.recipient).size === mine);
        const named = (k: MergeCandidate) => partyWordsTold(k.event, toldBeside);
        // A retelling points back ("exchanged fire on Thursday … The clash lasted 40 minutes … On Friday they clashed again"),
        // a heading forward; and to an act a verb told rather than one named in passing ("the raid followed an ambush …
        // an inquiry into the killings": the raid's).
        const before = (k: MergeCandidate) => Number(candidate.heading === true || k.event.evidence.trigger.start < event.evidence.trigger.start);
        const verbTold = (k: MergeCandidate) => Number(!k.nominal);
        // A toll brought up to date is of the act already counted in its kind ("killed at least 9 …", not "burned houses").
        const counted = (k: MergeCandidate) => Number(tollKeys.some((key) => key in k.event.size));
        return counted(b) - counted(a) || same(b) - same(a) || named(b) - named(a) || before(b) - before(a) || verbTold(b) - verbTold(a) || Math.abs(a.event.evidence.trigger.start - event.evidence.trigger.start) - Math.abs(b.event.evidence.trigger.start - event.evidence.trigger.start);
      });
    }
    const target = targets[0]?.event;
    if (!target) {
      if (!candidate.mentionOnly) kept.push(candidate);
      continue;
    }
    for (const [key, value] of Object.entries(event.size)) {
      // A later update's own count ("after three of the wounded died") is what was added, not the act's size; its toll is.
      if (!value || (candidate.detail === true && !tollFigure(event, value))) continue;
      const held = (target.size as Record<string, typeof value>)[key];
      if (!held || updatesToll(event, value, target, held)) {
        if (held) target.why.push(`size ${key} = ${value.value} from "${value.text}", the toll brought up to date (was ${held.value})`);
        (target.size as Record<string, typeof value>)[key] = value;
      }
    }
    for (const party of event.third_party) if (!target.third_party.some((p) => p.code === party.code)) target.third_party.push(party);
    // "Gunmen attacked a post … JNIM claimed responsibility for the attack": the claimant is who the gunmen were.
    const keptTelling = targets[0]!;
    if (candidate.claimedBy === true && !headlineOnly && event.actor.length > 0 && target.actor.every(unnamedArmed) && !keptTelling.claimedBy) {
      target.why.push(`actor ${event.actor.map((p) => `"${p.text}"`).join(', ')} claimed the act (was ${target.actor.map((p) => `"${p.text}"`).join(', ') || 'none'})`);
      target.actor = [...event.actor];
    }
    // "12 civilians were killed as Russian forces launched air strikes": the kept act names who did it,
    // the merged mention whom it hit; an act with no target of its own takes the mention's.
    // "Government blames former king" over "Home Minister Ramesh Lekhak … accused …": a headline names by its institution
    // a doer the body names by a person the actor stage could not code; the headline's coded doer is who it is, when the
    // headline names the act's targets too (sameTargetsTold).
    if (headlineOnly && target.actor.length > 0 && target.actor.every((p) => p.code === null) && event.actor.length > 0 && event.actor.every((p) => p.code !== null)
      && sameTargetsTold(event, target)) {
      target.why.push(`actor ${event.actor.map((p) => `"${p.text}"`).join(', ')} from the entry's headline, which names by its code the doer the body left uncoded (was ${target.actor.map((p) => `"${p.text}"`).join(', ')})`);
      target.actor = [...event.actor];
    }
    if (target.recipient.length === 0 && !headlineOnly) {
      const isActor = (p: EventParty) => target.actor.some((a) => a.code === p.code && a.text === p.text);
      target.recipient.push(...event.recipient.filter((p) => !isActor(p)));
    }
    // "… fired live rounds at the crowd, and two demonstrators died": the harm's half names no doer; the force's half names it, and how.
    if (!headlineOnly && halvesOfOneAct(event, target)) {
      if (target.actor.length === 0 && event.actor.length > 0) {
        target.actor = event.actor.filter((p) => !target.recipient.some((r) => (r.start === p.start && r.end === p.end) || sameSide(r, p)));
        target.why.push(`actor ${target.actor.map((p) => `"${p.text}"`).join(', ')} from "${event.evidence.trigger.text}", the force whose harm this verb tells`);
      }
      if (target.mode === null && event.mode !== null) target.mode = event.mode;
      // The half told with a time of its own dates the act ("fired … on Tuesday, and three died").
      if (hasOwnDate(event) && !hasOwnDate(target) && event.date && datesCompatible(event.date, target.date) && event.background === target.background) {
        target.why.push(`date ${event.date} from "${event.date_source.text ?? event.evidence.trigger.text}", told of the force whose harm this verb tells (was ${target.date}, ${target.date_source.rule})`);
        Object.assign(target, { date: event.date, date_precision: event.date_precision, date_source: event.date_source });
      }
    }
    // "overran an army base in North Kivu province … overran the base at Kanyabayonga": the settlement told of the same act
    // is where it happened, finer than the region (the two do not conflict, or they would not have merged).
    // A region the gazetteer does not know and no noun of a division names ("in the Hadath area", "the Causeway Bay shopping
    // district") is mostly a quarter of a town, finer than the town, not a region around it.
    const finer = event.event_loc && target.event_loc && toldLevel(target) === 'region' && (target.event_loc.lat !== null || regionByItsNoun(target))
      && ['city', 'site'].includes(toldLevel(event) ?? '')
      && (!event.event_loc.country_code || !target.event_loc.country_code || event.event_loc.country_code === target.event_loc.country_code);
    if ((!target.event_loc && event.event_loc) || finer) {
      if (finer) target.why.push(`location ${event.event_loc!.name}: the settlement told of the same act, within the region ${target.event_loc!.name}`);
      target.event_loc = event.event_loc;
    }
    // "… after clashes at the dump left six dead" (dated by no words of its own), then "The fighting broke out on Sunday
    // evening": the telling that gives the act a time of its own dates it, finer within what the first telling allowed.
    if (!hasOwnDate(target) && event.date_source.rule.startsWith('clause') && (candidate.detail !== true || candidate.datesAct === true) && event.date && target.date && event.date.length > target.date.length
      && datesCompatible(event.date, target.date) && event.background === target.background) {
      target.why.push(`date ${event.date} from "${event.date_source.text ?? event.evidence.trigger.text}", told of the same act (was ${target.date}, ${target.date_source.rule})`);
      Object.assign(target, { date: event.date, date_precision: event.date_precision, date_source: event.date_source });
    }
    target.why.push(`also reported as "${event.evidence.trigger.text}" (offset ${event.evidence.trigger.start}), merged as the same action`);
    // The merged event carries every place the act is told.
    const mentions = target.evidence.mentions ?? [];
    mentions.push({ sentence: event.evidence.sentence, trigger: event.evidence.trigger }, ...(event.evidence.mentions ?? []));
    target.evidence = { ...target.evidence, mentions };
  }
  return kept.map((k) => k.event).sort((a, b) => a.evidence.trigger.start - b.evidence.trigger.start);
}
