import { readFileSync } from 'node:fs';
import type { ArticleDoc, CodedEvent, EventParty } from '../../core/document.js';
import { Span } from '../../core/span.js';
import type { SyntaxView } from '../../syntax/relations.js';
import { resourcePath } from '../../syntax/resource-path.js';
import type { TriggerMatch } from './find-triggers.js';
import { lowerConfidence } from './salience.js';

/** resources/events/implicit-doers.json: acts only a state does, and the sector of the authority that does them. */
interface ImplicitAct {
  readonly event: string;
  readonly modes?: readonly string[];
  readonly lemmas?: readonly string[];
  readonly sector: string;
  readonly fromRecipient: boolean;
}

interface ImplicitDoersFile {
  readonly acts: readonly ImplicitAct[];
  readonly notStateWords: readonly string[];
}

const data = JSON.parse(readFileSync(resourcePath('events/implicit-doers.json'), 'utf8')) as ImplicitDoersFile;
const NOT_STATE_WORDS = new Set(data.notStateWords.map((w) => w.toLowerCase()));
/** Codes of parties that are no state: they cannot stand for an arresting or charging authority. */
const NOT_STATES = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'IMG', 'ISM', 'MNC']);

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
 * "By Wednesday 40 people had been arrested", "two organisers were charged with incitement", "the students were freed
 * on bail": an arrest, a charge, a conviction, a curfew or a release of detainees is the act of a state's authority, so
 * one told without its doer is coded as done by the state where it happened — the event's place or a place the
 * sentence names, else the country the article is about (`home`), else the state of the one acted on (not for an
 * expulsion: a state expels foreigners). The sector is the authority the act implies (police arrest, courts charge;
 * resources/events/implicit-doers.json). Never for acts of violence ("three people were killed"), whose doer an analyst
 * leaves open, nor beside words that tell a doer that is no state ("the hostages were freed"). Marked in `why` and
 * costed in confidence.
 */
export function implicitStateDoer(doc: ArticleDoc, syn: SyntaxView, trigger: TriggerMatch, event: CodedEvent, home: string | null): void {
  if (event.actor.length > 0 || event.recipient.length === 0) return;
  const act = implicitAct(event, doc.tokens[trigger.head]!.lemma.toLowerCase());
  if (!act || !agentlessForm(doc, syn, trigger)) return;
  const sentence = event.evidence.sentence;
  if (doc.tokens.some((t) => Span.contains(sentence, t) && NOT_STATE_WORDS.has(t.normal))) return;
  const state = (code: string | null | undefined): code is string => !!code && code.length === 3 && !NOT_STATES.has(code);
  let code: string | null = null;
  let source = '';
  const place = event.event_loc?.country_code
    ? { code: event.event_loc.country_code, text: event.event_loc.name }
    : doc.places.filter((p) => Span.contains(sentence, p.span) && state(p.countryCode)).map((p) => ({ code: p.countryCode!, text: p.text }))[0];
  if (place && state(place.code)) {
    code = place.code;
    source = `the place "${place.text}"`;
  } else if (home) {
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
  // The authority is named nowhere: the party stands on the act's own word, as a place-given party stands on the place.
  const word = doc.tokens[trigger.head]!;
  const party: EventParty = { code, sector: act.sector, text: word.text, start: word.start, end: word.end };
  event.actor.push(party);
  event.why.push(`actor ${code} (${act.sector}): a ${event.event.toLowerCase()}${event.mode ? `/${event.mode}` : ''} told without its doer is the act of the state's authority, from ${source} (inferred)`);
  lowerConfidence(event, 0.1);
}
