import { readFileSync } from 'node:fs';
import type { ArticleDoc, CodedEvent, EventParty } from '../../core/document.js';
import { Span } from '../../core/span.js';
import type { SyntaxView } from '../../syntax/relations.js';
import { resourcePath } from '../../syntax/resource-path.js';
import type { TriggerMatch } from './find-triggers.js';
import { lowerConfidence } from './salience.js';
import { NOT_STATES } from '../../kb/sectors.js';

/** resources/events/implicit-doers.json: acts only a state does, and the sector of the authority that does them. */
interface ImplicitAct {
  readonly event: string;
  readonly modes?: readonly string[];
  readonly lemmas?: readonly string[];
  readonly sector: string;
  readonly fromRecipient: boolean;
  /** Whether the article's home country may stand for the doer when no place of the act does (default true). */
  readonly fromHome?: boolean;
  /** A measure over a place or a population ("a dusk-to-dawn curfew now covers the capital"): the doer is supplied though no recipient is named. */
  readonly withoutRecipient?: boolean;
  /** Sectors of a recipient of the doer's own state that no state does this act to (a state frees no soldiers of its own). */
  readonly notOwnSectors?: readonly string[];
  /**
   * What the act must be done to, by its head word or a compound of it ("the border was closed", "the Malaba border post
   * was reopened", "the closure of the frontier"): only such things are a state's own to close or open. An embassy is no
   * such thing: it is the sending state's, and closed where it stands by that state, not by the host.
   */
  readonly objects?: readonly string[];
}

interface ImplicitDoersFile {
  readonly version: string;
  readonly acts: readonly ImplicitAct[];
  readonly notStateWords: readonly string[];
  readonly notStateFrom: readonly string[];
}

const data = JSON.parse(readFileSync(resourcePath('events/implicit-doers.json'), 'utf8')) as ImplicitDoersFile;
const IMPLICIT_DOERS_VERSION = `implicit-doers@${data.version}`;
const NOT_STATE_WORDS = new Set(data.notStateWords.map((w) => w.toLowerCase()));
const NOT_STATE_FROM = new Set(data.notStateFrom.map((w) => w.toLowerCase()));

/** Determiners of a noun that refers back to an act already told. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

function implicitAct(event: CodedEvent, lemma: string): ImplicitAct | undefined {
  return data.acts.find((a) => a.event === event.event &&
    (a.modes === undefined || a.modes.includes(event.mode ?? '')) &&
    (a.lemmas === undefined || a.lemmas.includes(lemma)));
}

/**
 * Whether the act is told in a form that leaves its doer out: a passive ("were arrested"), a noun ("the arrest of
 * two organisers", "faces charges") or a participle on a noun ("the detained students"). An active verb whose
 * subject no dictionary codes ("they arrested him") has a doer the text names, which may be no state.
 */
function agentlessForm(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch): boolean {
  // A definite act noun ("the release of the prisoners", "their arrest") retells an act told before, whose doer is its own:
  // left without one, it merges into that act.
  if (trigger.nominal) {
    return !syn.children(trigger.head).some((c) => syn.fullRelation(c) === 'nmod:poss' || (syn.fullRelation(c) === 'det' && DEFINITE.has(doc.tokens[c]!.normal)));
  }
  const head = trigger.head;
  if (syn.isPassive(head)) return true;
  return doc.tokens[head]!.tag === 'VBN' && ['amod', 'acl'].includes(syn.relation(head));
}

/**
 * Whether an act told with no one it is done to is told as an act at all: not a participle naming people by an act told
 * elsewhere ("14 of those detained were freed on bail"), nor a noun of a standing condition ("the two cases remain under
 * investigation", "was freed after six years in detention": "under" a noun, or "in" one with no determiner).
 */
function toldAsActWithoutRecipient(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch): boolean {
  const head = trigger.head;
  // The people a participle names are a pronoun or a number ("those detained", "many of the 40 arrested"), not a noun of goods.
  if (!trigger.nominal) return !(['amod', 'acl'].includes(syn.relation(head)) && ['PRON', 'DET', 'NUM'].includes(doc.tokens[syn.head(head)]?.pos ?? ''));
  const prep = syn.caseOf(head);
  if (prep === 'under') return false;
  return !(prep === 'in' && !syn.children(head).some((c) => syn.relation(c) === 'det' || syn.fullRelation(c) === 'nmod:poss'));
}

/**
 * Whether what the act is done to is one of `objects`: the passive subject or the object of the verb, or the "of"
 * phrase of the act noun, or a word compounded with the act noun ("border closure"), or a compound of any of these
 * ("border post"), with the nouns joined to them.
 */
function doneToAmong(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, objects: readonly string[]): boolean {
  const head = trigger.head;
  const heads = [
    ...syn.children(head).filter((c) => ['nsubj:pass', 'obj', 'compound'].includes(syn.fullRelation(c))),
    ...syn.nominalModifiersOf(head).filter((o) => o.prep === 'of').map((o) => o.token),
  ];
  // A participle on its noun ("the reopened crossing"): the noun it describes.
  if (['amod', 'acl'].includes(syn.relation(head))) heads.push(syn.head(head));
  const words = heads.filter((n) => n >= 0).flatMap((n) => syn.conjuncts(n)).flatMap((n) => [n, ...syn.children(n).filter((c) => syn.relation(c) === 'compound')]);
  return words.some((n) => objects.includes(doc.tokens[n]!.lemma.toLowerCase()) || objects.includes(doc.tokens[n]!.normal));
}

/**
 * "was expelled from the party", "was suspended from the club", "was expelled from the ANC": an act done from within an
 * organisation (a party, a club, a school, a union — a common noun of resources/events/implicit-doers.json
 * notStateFrom, or a name that is no place) is that organisation's, not a state's.
 */
function fromOrganisation(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch): boolean {
  const from = [...syn.obliquesOf(trigger.head), ...syn.nominalModifiersOf(trigger.head)].filter((o) => o.prep === 'from').map((o) => o.token);
  return from.some((n) => {
    const t = doc.tokens[n]!;
    if (NOT_STATE_FROM.has(t.lemma.toLowerCase()) || NOT_STATE_FROM.has(t.normal)) return true;
    return t.pos === 'PROPN' && !doc.places.some((p) => p.span.start <= t.start && t.end <= p.span.end);
  });
}

/**
 * The place of the act: the event's own place, else a place named in the trigger's own clause ("were charged in
 * Mombasa") — never one in another clause of the sentence ("a journalist who had covered the war in Sudan was charged"
 * was not charged in Sudan).
 */
function placeOfAct(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, event: CodedEvent, isState: (code: string | null | undefined) => code is string): { code: string; text: string } | undefined {
  if (event.event_loc?.country_code) return { code: event.event_loc.country_code, text: event.event_loc.name };
  const sentence = event.evidence.sentence;
  const clause = syn.clauseHeadOf(trigger.head);
  for (const p of doc.places) {
    if (!Span.contains(sentence, p.span) || !isState(p.countryCode)) continue;
    const token = doc.tokens.findIndex((t) => t.start >= p.span.start && t.end <= p.span.end);
    if (token >= 0 && syn.clauseHeadOf(token) === clause) return { code: p.countryCode, text: p.text };
  }
  return undefined;
}

/**
 * "By Wednesday 40 people had been arrested", "two organisers were charged with incitement", "the students were freed
 * on bail": an arrest, a charge, a conviction, a curfew or a release of detainees is the act of a state's authority, so
 * one told without its doer is coded as done by the state where it happened — the event's place or a place named in
 * the trigger's own clause, else the country the article is about (`home`), else the state of the one acted on (not for
 * an expulsion: a state expels foreigners; nor for a release: a state frees the people it holds, often foreigners, and
 * frees no soldiers or police of its own). Not for an act "from" an organisation ("expelled from
 * the party"). The sector is the authority the act implies (police arrest, courts charge;
 * resources/events/implicit-doers.json). Never for acts of violence ("three people were killed"), whose doer an analyst
 * leaves open, nor beside words that tell a doer that is no state ("the hostages were freed"). Marked in `why` and
 * costed in confidence.
 */
export function implicitStateDoer(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, event: CodedEvent, home: string | null): void {
  if (event.actor.length > 0) return;
  const act = implicitAct(event, doc.tokens[trigger.head]!.lemma.toLowerCase());
  if (!act || (event.recipient.length === 0 && !act.withoutRecipient) || !agentlessForm(doc, syn, trigger)) return;
  if (event.recipient.length === 0 && !toldAsActWithoutRecipient(doc, syn, trigger)) return;
  const sentence = event.evidence.sentence;
  if (doc.tokens.some((t) => Span.contains(sentence, t) && NOT_STATE_WORDS.has(t.normal))) return;
  if (fromOrganisation(doc, syn, trigger)) return;
  if (act.objects && !doneToAmong(doc, syn, trigger, act.objects)) return;
  const state = (code: string | null | undefined): code is string => !!code && code.length === 3 && !NOT_STATES.has(code);
  let code: string | null = null;
  let source = '';
  const place = placeOfAct(doc, syn, trigger, event, state);
  if (place && state(place.code)) {
    code = place.code;
    source = `the place "${place.text}"`;
  } else if (home && act.fromHome !== false) {
    code = home;
    source = 'the country the article is about';
  } else if (act.fromRecipient) {
    const codes = new Set(event.recipient.map((r) => r.code).filter(state));
    if (codes.size === 1) {
      code = [...codes][0]!;
      source = 'the state of the one acted on';
    }
  }
  if (code === null) return;
  // A state does not free its own soldiers or police (`notOwnSectors`): they come back from a captor the text names elsewhere.
  const own = act.notOwnSectors;
  if (own && event.recipient.some((r) => r.code === code && own.includes(r.sector ?? ''))) return;
  // The authority is named nowhere: the party stands on the act's own word, as a place-given party stands on the place.
  const word = doc.tokens[trigger.head]!;
  const party: EventParty = { code, sector: act.sector, text: word.text, start: word.start, end: word.end };
  event.actor.push(party);
  // The table, like the trigger lexicon, changes output without a change of code: the event names its version.
  event.origin = { ...event.origin, resources: [...event.origin.resources, IMPLICIT_DOERS_VERSION] };
  event.why.push(`actor ${code} (${act.sector}): a ${event.event.toLowerCase()}${event.mode ? `/${event.mode}` : ''} told without its doer is the act of the state's authority, from ${source} (inferred)`);
  lowerConfidence(event, 0.1);
}
