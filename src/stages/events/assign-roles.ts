import { datedCodeOn, type ActorMention, type ArticleDoc, type EventParty, type Token } from '../../core/document.js';
import { isGroupNounActor } from '../actors/14-group-nouns.js';
import type { Clause } from './clauses.js';
import { OBLIGATION_RULE, statementVerbBefore } from './find-obligations.js';
import type { TriggerMatch } from './find-triggers.js';
import { DATE_WORD, speakerPronoun, subjectWindow } from './subject-window.js';

/** The parties of one event, with the reasons that chose them. */
export interface Roles {
  actor: ActorMention[];
  recipient: ActorMention[];
  thirdParty: ActorMention[];
  why: string[];
  /** The meeting took place inside a multilateral body ("on the sidelines of the UN General Assembly"). */
  multilateral?: boolean;
  /** Some party was inferred from the article's main dyad rather than read in the clause. */
  inferred?: boolean;
}

/** Verbs whose object noun is the event itself ("began talks", "held a meeting", "declared a ceasefire"). */
const LIGHT_VERBS = new Set(['begin', 'hold', 'resume', 'launch', 'conduct', 'stage', 'start', 'open', 'attend', 'join', 'continue', 'carry', 'reach', 'sign', 'announce', 'declare', 'mount', 'wage', 'make', 'have', 'take', 'agree', 'broker', 'call', 'impose', 'express', 'voice', 'reaffirm', 'renew', 'give', 'offer', 'issue', 'hold', 'host', 'conclude', 'end', 'break', 'order', 'lead', 'observe', 'violate', 'extend', 'accept']);
/** Prepositions after which an actor is a place or a circumstance, not a party. */
const NON_PARTY_PREPS = new Set(['in', 'at', 'near', 'after', 'before', 'since', 'during', 'under', 'over', 'across', 'throughout', 'outside', 'inside', 'around', 'via', 'through', 'like', 'following', 'despite', 'amid', 'about', 'into']);
const NOUN_ARGUMENT_PREPS = new Set(['to', 'of', 'between', 'with', 'against', 'on', 'to', 'by', 'from', 'for', 'toward', 'towards', 'among']);
const RECIPIENT_PREPS = new Set(['with', 'between', 'against', 'to', 'on', 'from', 'of', 'for', 'toward', 'towards', 'upon']);
const BROKER_WORDS = new Set(['brokered', 'mediated', 'sponsored', 'hosted', 'backed', 'led', 'organized', 'organised', 'facilitated']);
/** Armed or official bodies that a "Vietnamese-led forces", "deployment of NATO troops" phrase names the owner of. */
const FORCE_NOUNS = new Set(['forces', 'force', 'troops', 'soldiers', 'army', 'coalition', 'peacekeepers', 'peacekeeping', 'units', 'militia', 'militias', 'police', 'contingent', 'navy', 'warships', 'jets', 'aircraft']);
const SPEECH_LEMMAS = new Set(['say', 'tell', 'announce', 'state', 'add', 'claim', 'report', 'declare', 'write', 'tweet', 'note', 'insist', 'confirm']);
/** Statement types whose "that" clause names their target ("urged that …", "accused … that …"). */
const THAT_TARGET_TYPES = new Set(['REQUEST', 'ACCUSE']);
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my']);

export interface ActorIndex {
  /** The actor covering each token index (the longest one where several overlap). */
  readonly byToken: Map<number, ActorMention>;
}

export function indexActors(doc: ArticleDoc): ActorIndex {
  const byToken = new Map<number, ActorMention>();
  // Token lookup by offset: tokens are sorted by start.
  for (const actor of doc.actors) {
    for (let i = lowerBound(doc.tokens, actor.span.start); i < doc.tokens.length; i++) {
      const t = doc.tokens[i]!;
      if (t.start >= actor.span.end) break;
      const existing = byToken.get(i);
      if (!existing || existing.span.end - existing.span.start < actor.span.end - actor.span.start) byToken.set(i, actor);
    }
  }
  return { byToken };
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The preposition governing token `i` inside `range` (looking left over the noun phrase), if any. */
function governingPrep(tokens: readonly Token[], range: readonly number[], i: number): string | null {
  const position = range.indexOf(i);
  // Looks back over the noun phrase and over coordinated actors ("with Armenian Foreign Minister
  // Ararat Mirsoyan and his Azerbaijani counterpart Jeyhun Bayramov").
  for (let k = position - 1; k >= 0 && k >= position - 14; k--) {
    const t = tokens[range[k]!]!;
    // "Up to 1,000 ethnic Turks", "about 200 students", "some 500 workers": a preposition before a number quantifies the noun.
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && isQuantifier(tokens, range, k)) continue;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') return t.normal;
    // "commitment to helping Armenia": a gerund right after a preposition is transparent.
    if (t.pos === 'VERB' && t.normal.endsWith('ing') && tokens[range[k - 1] ?? -1]?.pos === 'PART') return tokens[range[k - 1]!]!.normal;
    if (t.pos === 'VERB' && t.normal.endsWith('ing') && tokens[range[k - 1] ?? -1]?.pos === 'ADP') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return null;
    // A comma continues a list of names ("X, Y and Z"), not a fronted time ("On Tuesday, Nigerian minister …").
    if (t.text === ',' && !(range[k - 1] !== undefined && tokens[range[k - 1]!]!.pos === 'PROPN' && !DATE_WORD.test(tokens[range[k - 1]!]!.normal))) return null;
  }
  return null;
}

/** Whether the preposition at `range[k]` opens a quantity ("up to 1,000", "about 200", "more than 50", "over 100"). */
function isQuantifier(tokens: readonly Token[], range: readonly number[], k: number): boolean {
  // "up to 1,000", "at least three", "more than 50": skip the quantifier's other words to its number.
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokens[range[j] ?? -1];
    if (!t) return false;
    if (t.pos === 'NUM') return true;
    if (!QUANTIFIER_WORDS.has(t.normal)) return false;
  }
  return false;
}
const QUANTIFIER_WORDS = new Set(['to', 'least', 'most', 'than', 'about', 'around', 'some', 'nearly', 'almost', 'over', 'roughly', 'approximately', 'an', 'estimated']);

/** Distinct actors in a token range, in order, each once. */
function actorsIn(index: ActorIndex, range: readonly number[]): { actor: ActorMention; token: number }[] {
  const out: { actor: ActorMention; token: number }[] = [];
  const seen = new Set<ActorMention>();
  for (const i of range) {
    const actor = index.byToken.get(i);
    if (actor && !seen.has(actor)) {
      seen.add(actor);
      out.push({ actor, token: i });
    }
  }
  return out;
}

/**
 * Participles that, after "be", describe the subject's own stance or activity rather than something
 * done to it: "Vietnam is committed to opening up", "Israel is opposed to French mediation",
 * "Serb forces were engaged in ethnic cleansing".
 */
const STANCE_PARTICIPLES = new Set(['engaged', 'involved', 'committed', 'opposed', 'prepared', 'determined', 'resolved', 'dedicated', 'inclined', 'disposed', 'pledged']);

function isPassive(tokens: readonly Token[], head: number, clauseStart: number): boolean {
  const verb = tokens[head]!;
  // "Opposition groups are demanding", "Croatia is investigating": a progressive, not a passive.
  if (verb.normal.endsWith('ing')) return false;
  if (STANCE_PARTICIPLES.has(verb.normal) && (tokens[head + 1]?.normal === 'to' || tokens[head + 1]?.normal === 'in')) return false;
  // "has been put under investigation": after "been" every verb form is a participle, irregular ones too.
  if (tokens[head - 1]?.normal === 'been' && verb.pos === 'VERB') return true;
  for (let k = head - 1; k >= Math.max(clauseStart, head - 3); k--) {
    const t = tokens[k]!;
    if (t.lemma === 'be' || t.lemma === 'get') return /ed$|en$|[^aeiou]t$|wn$|ung$/.test(tokens[head]!.normal) || tokens[head]!.normal !== tokens[head]!.lemma;
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/** Whether a verb stands between a nominal trigger and the clause start, and which verb. */
function governingVerb(tokens: readonly Token[], clause: readonly number[], head: number): Token | null {
  const position = clause.indexOf(head);
  for (let k = position - 1; k >= 0; k--) {
    const t = tokens[clause[k]!]!;
    if (t.pos === 'VERB' && tokens[clause[k]! + 1]?.text !== '-' && tokens[clause[k]! - 1]?.text !== '-') return t;
  }
  return null;
}

/** Prepositions that make a noun a circumstance of the clause ("after the talks", "despite the ceasefire"), not its act. */
const CIRCUMSTANCE_PREPS = new Set(['after', 'following', 'before', 'during', 'despite', 'amid', 'since', 'until', 'like', 'without', 'than']);

/**
 * Whether the clause subject is the actor of a nominal trigger governed by an ordinary verb:
 * "Saddam Hussein arrived in Amman on a visit", "thousands of Nigerians converged for a rally".
 * Not when the verb is itself a trigger ("welcomed the release": the release is someone else's),
 * a speech verb, or when the noun is a circumstance ("after the talks").
 */
function nominalTakesSubject(tokens: readonly Token[], range: readonly number[], trigger: TriggerMatch, verb: Token,
  triggersInClause: readonly TriggerMatch[]): boolean {
  if (SPEECH_LEMMAS.has(verb.lemma)) return false;
  if (triggersInClause.some((t) => t !== trigger && tokens[t.head] === verb)) return false;
  const prep = governingPrep(tokens, range, trigger.head);
  return prep === null || !CIRCUMSTANCE_PREPS.has(prep);
}

/**
 * Assigns actor, recipient and third parties to a trigger from the actors around it in its
 * clause: the subject before a verb (the agent after "by" in the passive), the object or
 * with/between/against phrase after it, brokers marked by "X-brokered", "after X mediation",
 * "mediated by X"; first-person quotations fall back to the speaker.
 */
export function assignRoles(doc: ArticleDoc, index: ActorIndex, clause: Clause, trigger: TriggerMatch,
  sentenceClauses: readonly Clause[], triggersInClause: readonly TriggerMatch[]): Roles {
  const tokens = doc.tokens;
  const range = clause.tokens;
  const at = range.indexOf(trigger.head);
  const roles: Roles = { actor: [], recipient: [], thirdParty: [], why: [] };

  // Brokers: "US-brokered ceasefire", "EU-brokered meeting" (actor, hyphen, broker word, … trigger).
  const brokerMarks = new Set<number>();
  for (let k = 0; k < range.length; k++) {
    const i = range[k]!;
    const t = tokens[i]!;
    // "Vietnamese-led forces launched …": a led or backed force is that party's own force, not a brokered act.
    const ownForce = FORCE_NOUNS.has(tokens[i + 1]?.normal ?? '') && i < trigger.head;
    if (BROKER_WORDS.has(t.normal) && tokens[i - 1]?.text === '-' && !ownForce) {
      const actor = index.byToken.get(i - 2);
      // "a US-brokered ceasefire", and "agreed to a Russian-brokered ceasefire" (the broker of the verb's object).
      const nearTrigger = i < trigger.head ? trigger.head - i <= 3 : !trigger.nominal && i - trigger.head <= 5;
      if (actor && nearTrigger) {
        roles.thirdParty.push(actor);
        roles.why.push(`third party "${actor.text}" from "${actor.text}-${t.text}"`);
      }
      if (actor) brokerMarks.add(i - 2);
    }
    // "mediated by X", "brokered by X", "hosted by X"
    if (BROKER_WORDS.has(t.normal) && tokens[i + 1]?.normal === 'by') {
      const actor = index.byToken.get(i + 2);
      if (actor && Math.abs(i - trigger.head) <= 6) {
        roles.thirdParty.push(actor);
        roles.why.push(`third party "${actor.text}" from "${t.text} by"`);
        brokerMarks.add(i + 2);
      }
    }
    // "after US mediation", "with Qatari mediation": the mediator of the clause's main event.
    if ((t.lemma === 'mediation' || t.lemma === 'auspex' || t.normal === 'auspices') && i !== trigger.head) {
      const actor = index.byToken.get(i - 1);
      if (actor && trigger.rule.event !== 'CONSULT') {
        roles.thirdParty.push(actor);
        roles.why.push(`third party "${actor.text}" from "${actor.text} ${t.text}"`);
      }
      if (actor) brokerMarks.add(i - 1);
    }
  }

  const prepAt = (i: number) => governingPrep(tokens, range, i);
  const clauseStart = range[0] ?? trigger.head;

  // Noun-phrase-internal modifiers of a nominal trigger: "US mediation", "Russian invasion", "its invasion".
  const ownModifiers: ActorMention[] = [];
  if (trigger.nominal) {
    for (let k = at - 1; k >= 0; k--) {
      const i = range[k]!;
      const t = tokens[i]!;
      if (!['DET', 'ADJ', 'PROPN', 'NOUN', 'PUNCT', 'NUM', 'PRON', 'VERB'].includes(t.pos) || t.text === ',') break;
      if (t.pos === 'VERB' && tokens[i - 1]?.text !== '-') break;
      const actor = index.byToken.get(i);
      if (actor && !brokerMarks.has(i) && !ownModifiers.includes(actor)) ownModifiers.push(actor);
      if (t.pos === 'DET' && t.normal !== 'its' && t.normal !== 'their') break;
    }
  }

  // "the deployment of NATO peacekeeping troops", "the withdrawal of Russian forces": the owner of the force is the actor.
  if (trigger.nominal && ownModifiers.length === 0 && tokens[trigger.end]?.normal === 'of') {
    for (let i = trigger.end + 1; i < Math.min(tokens.length, trigger.end + 6); i++) {
      const actor = index.byToken.get(i);
      if (!actor) continue;
      let j = i;
      while (index.byToken.get(j + 1) === actor) j++;
      while (tokens[j + 1] && (tokens[j + 1]!.pos === 'ADJ' || tokens[j + 1]!.normal === 'peacekeeping' || tokens[j + 1]!.normal === 'military')) j++;
      if (FORCE_NOUNS.has(tokens[j + 1]?.normal ?? '') && range.includes(j + 1)) {
        ownModifiers.push(actor);
        roles.why.push(`"${actor.text} … ${tokens[j + 1]!.text}" names the force of the ${tokens[trigger.head]!.text}`);
      }
      break;
    }
  }

  // "its invasion of Ukraine": the possessive points back to the nearest earlier state actor of the sentence.
  const before1 = tokens[trigger.head - 1];
  if (trigger.nominal && ownModifiers.length === 0 && before1 && (before1.normal === 'its' || before1.normal === 'their')) {
    const sentence = doc.sentences[tokens[trigger.head]!.sentence]!;
    for (let i = trigger.head - 2; i >= sentence.tokenStart; i--) {
      const actor = index.byToken.get(i);
      if (actor && actor.actorKind !== 'person' && actor.actorKind !== 'collective') {
        ownModifiers.push(actor);
        roles.why.push(`"${before1.text}" refers back to "${actor.text}"`);
        break;
      }
    }
  }

  // Subject: actors before the trigger in the clause, not inside a locative phrase.
  const verb = trigger.nominal ? governingVerb(tokens, range, trigger.head) : null;
  const subjectApplies = !trigger.nominal || (verb !== null && (LIGHT_VERBS.has(verb.lemma) ||
    nominalTakesSubject(tokens, range, trigger, verb, triggersInClause)));
  const window = trigger.nominal ? { from: 0, to: at } : subjectWindow(tokens, range, at);
  if (window.why) roles.why.push(`subject: ${window.why}`);
  const before = subjectActors(doc, index, range, window.from, window.to).filter(({ actor, token }) => {
    if (brokerMarks.has(token) || ownModifiers.includes(actor)) return false;
    const prep = prepAt(token);
    return prep === null || prep === 'of' || prep === 'with' && trigger.rule.event === 'CONSULT';
  });
  // "The Turkish and Greek sides of the island of Cyprus agreed": an "of" phrase after a named head modifies it.
  const headed = before.filter(({ token }, k) => !(prepAt(token) === 'of' && before.slice(0, k).some((b) => prepAt(b.token) === null)));
  before.splice(0, before.length, ...headed);
  // After: the trigger's own arguments, up to the next trigger, a removed embedded clause (a gap in
  // the clause's tokens), or a comma that does not continue a list of actors.
  let stop = range.length;
  for (const other of triggersInClause) {
    const position = range.indexOf(other.head);
    if (position > at && position < stop) stop = position;
  }
  for (let k = at + 1; k < stop; k++) {
    const i = range[k]!;
    if (i !== range[k - 1]! + 1) { stop = k; break; }
    const t = tokens[i]!;
    if (t.text === ',' && !index.byToken.has(i + 1)) { stop = k; break; }
    // "…, Thai military sources said": the source of the report after a comma is no party.
    if (t.text === ',' && attributionFollows(tokens, range, k + 1)) { stop = k; break; }
    // A noun's arguments end at the next verb ("the release of the prisoners and reaffirmed …"),
    // except a gerund after a preposition ("commitment to helping Armenia").
    const gerund = t.normal.endsWith('ing') && (tokens[i - 1]?.pos === 'ADP' || tokens[i - 1]?.pos === 'PART');
    if (trigger.nominal && (t.pos === 'VERB' || t.pos === 'AUX') && tokens[i - 1]?.text !== '-' && !gerund) { stop = k; break; }
  }
  const afterRange = range.slice(at + 1, stop).filter((i) => i >= trigger.end);
  let after = actorsIn(index, afterRange).filter(({ token }) => !brokerMarks.has(token));
  // A noun takes parties only through its own prepositional phrases ("invasion of Ukraine", "meeting between X and Y").
  if (trigger.nominal) after = after.filter(({ token }) => {
    const prep = prepAt(token);
    return prep !== null && NOUN_ARGUMENT_PREPS.has(prep);
  });
  // "Moscow dispatched 2,000 Russian peacekeepers": the object of a sending verb is what is sent, not who receives it.
  if (trigger.rule.objects && (trigger.rule.event === 'AID' || trigger.rule.event === 'MOBILIZE')) after = after.filter(({ token }) => {
    const prep = prepAt(token);
    return prep === 'to' || prep === 'for' || prep === 'into';
  });

  // "A US national has been put under investigation": the subject of a passive verb governing the noun undergoes it.
  const verbAt = verb ? range.find((i) => tokens[i] === verb) : undefined;
  const passive = trigger.nominal ? verbAt !== undefined && ownModifiers.length === 0 && isPassive(tokens, verbAt, clauseStart) && subjectApplies : isPassive(tokens, trigger.head, clauseStart);
  const statement = trigger.rule === OBLIGATION_RULE ? statementVerbBefore(doc, range, trigger.head) : undefined;
  if (statement !== undefined) {
    // "Russia said that Sudan must return the helicopter": the speaker demands, the obliged party is asked.
    // The obliged party stands after "that", which hides it from the ordinary subject search.
    const parties = actorsIn(index, range.slice(0, at)).filter(({ token }) => !brokerMarks.has(token) && [null, 'that', 'of'].includes(prepAt(token)));
    for (const { actor, token } of parties) {
      if (token < statement) { roles.actor.push(actor); roles.why.push(`actor "${actor.text}" states the demand`); }
      else { roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" is the party that "must" act`); }
    }
  } else if (passive) {
    for (const { actor, token } of after) {
      if (prepAt(token) === 'by') { roles.actor.push(actor); roles.why.push(`actor "${actor.text}" as the agent of a passive verb`); }
      else if (trigger.nominal) { roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" follows "${tokens[trigger.head]!.text}"`); }
    }
    for (const { actor } of before) { roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" as the subject of a passive verb`); }
  } else {
    if (trigger.nominal) {
      for (const actor of ownModifiers) { roles.actor.push(actor); roles.why.push(`actor "${actor.text}" modifies the noun "${tokens[trigger.head]!.text}"`); }
    }
    if (roles.actor.length === 0 && subjectApplies) {
      // Nearest coordinated group before the trigger: take the actors after the last verb that precedes the group.
      for (const { actor } of before) { roles.actor.push(actor); roles.why.push(`actor "${actor.text}" is the subject before "${tokens[trigger.head]!.text}"`); }
    }
    let thatSubjectEnd = -1;
    for (const { actor, token } of after) {
      const prep = prepAt(token);
      if (prep !== null && NON_PARTY_PREPS.has(prep)) continue;
      if (prep === 'by' && trigger.nominal) { roles.actor.push(actor); roles.why.push(`actor "${actor.text}" from "by"`); continue; }
      if (prep === 'between') {
        // "mediated between Syria and Arafat", "mediation efforts between rival militias": the mediator's parties are its recipients.
        if (mediated(tokens, range, trigger, token)) { roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" is a party the mediation is "between"`); continue; }
        // "shared evidence with the U.S. about contacts between al Qaeda and …": a "between" inside another phrase is not the trigger's.
        if (!trigger.nominal && !betweenAttaches(tokens, range, trigger, token)) continue;
        roles.actor.push(actor); roles.why.push(`participant "${actor.text}" from "between"`); continue;
      }
      if (prep === 'from' && trigger.rule.event === 'ASSAULT') { roles.actor.push(actor); roles.why.push(`party "${actor.text}" from "from"`); continue; }
      // "demanded that Mugabe abandon …", "complained that Croatia fails …": the complement's subject is the target.
      // "… that Kenya return the exiles": after the complement's subject (and what is coordinated with it), its own object is not the demand's target.
      if (thatSubjectEnd >= 0 && (prep === null || prep === 'that') && !coordinatedAfter(tokens, thatSubjectEnd, token)) continue;
      if (prep === 'that' && !trigger.nominal && THAT_TARGET_TYPES.has(trigger.rule.event)) {
        roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" is the subject of the "that" clause`);
        thatSubjectEnd = lastTokenOf(index, token); continue;
      }
      if (prep === null || RECIPIENT_PREPS.has(prep)) { roles.recipient.push(actor); roles.why.push(`recipient "${actor.text}" follows "${tokens[trigger.head]!.text}"${prep ? ` after "${prep}"` : ''}`); }
    }
  }

  // "Iraq said it would allow …": a pronoun subject after a speech verb is the speaker.
  if (roles.actor.length === 0 && !passive && statement === undefined && !trigger.nominal) {
    const speech = speakerPronoun(tokens, range, at);
    const speaker = speech > 0 ? subjectActors(doc, index, range, 0, speech).find(({ token }) => prepAt(token) === null) : undefined;
    if (speaker) { roles.actor.push(speaker.actor); roles.why.push(`actor "${speaker.actor.text}" is the speaker "${tokens[range[speech]!]!.text}" refers to by a pronoun`); }
  }
  // "Rebels in the Ivory Coast dismissed …", "Opposition groups in Zimbabwe are demanding …": an unnamed
  // subject located in a country acts for that country's side (PLOVER codes domestic actors by country).
  if (roles.actor.length === 0 && !passive && statement === undefined && subjectApplies) {
    const located = locatedSubject(doc, index, range, at);
    if (located) { roles.actor.push(located); roles.why.push(`actor ${located.code} from the subject's place ("… in ${located.text}")`); roles.inferred = true; }
  }
  // A quotation without its own subject: the subject of the sentence before it, else the speaker.
  if (roles.actor.length === 0 && clause.role === 'quote') {
    const firstPerson = range.slice(0, Math.max(at, 1)).some((i) => FIRST_PERSON.has(tokens[i]!.normal)) || at === 0 || tokens[range[0]!]!.pos === 'VERB';
    if (firstPerson) {
      const speaker = findSpeaker(doc, index, clause, sentenceClauses);
      if (speaker) { roles.actor.push(speaker); roles.why.push(`actor "${speaker.text}" speaks the quotation`); }
    }
  }

  if (trigger.rule.roles === 'collective') {
    roles.actor.push(...roles.recipient);
    roles.recipient = [];
  }
  // Two-sided violence or talks with no named party: "both sides", "the two" in the clause, then the sentence.
  // Unnamed victims do not name a party: "286 people were killed on both sides".
  if (roles.actor.length === 0 && roles.recipient.every(isGroupNounActor)) {
    for (const { actor } of actorsIn(index, range)) {
      if (actor.actorKind === 'collective') { roles.actor.push(actor); roles.why.push(`parties "${actor.text}" in the same clause`); }
    }
  }
  if (roles.actor.length === 0 && roles.recipient.length === 0 && trigger.rule.roles === 'collective') {
    for (const other of sentenceClauses) {
      if (other === clause) continue;
      for (const { actor } of actorsIn(index, other.tokens)) {
        if (actor.actorKind === 'collective' && !roles.actor.includes(actor)) { roles.actor.push(actor); roles.why.push(`parties "${actor.text}" in the same sentence`); }
      }
    }
  }
  // "on the sidelines of the UN General Assembly": a meeting inside a multilateral setting; the body hosts it.
  if (trigger.rule.event === 'CONSULT') {
    for (const party of [...roles.recipient]) {
      if (party.actorKind !== 'igo' && party.actorKind !== 'organization') continue;
      const lead = doc.text.slice(Math.max(0, party.span.start - 40), party.span.start);
      if (/\b(sidelines? of|at|during|on the margins of)( the)?\s*$/i.test(lead)) {
        roles.recipient = roles.recipient.filter((r) => r !== party);
        roles.thirdParty.push(party);
        roles.multilateral = true;
        roles.why.push(`"${party.text}" is the multilateral setting of the meeting`);
      }
    }
  }
  roles.actor = dedupe(roles.actor);
  roles.recipient = dedupe(roles.recipient).filter((r) => !roles.actor.includes(r));
  roles.thirdParty = dedupe(roles.thirdParty).filter((r) => !roles.actor.includes(r) && !roles.recipient.includes(r));
  return roles;
}

/** The last token of the actor that covers token `i`. */
function lastTokenOf(index: ActorIndex, i: number): number {
  const actor = index.byToken.get(i);
  let last = i;
  while (actor && index.byToken.get(last + 1) === actor) last++;
  return last;
}

/** Whether only a coordination stands between token `end` and token `next` ("Kenya and Uganda", "Kenya, Uganda"). */
function coordinatedAfter(tokens: readonly Token[], end: number, next: number): boolean {
  for (let k = end + 1; k < next; k++) if (!['and', 'or', ',', 'the'].includes(tokens[k]!.normal)) return false;
  return true;
}

/** Whether the "between" governing `token` follows a word of mediation ("mediation mission between", "mediate between"). */
function mediated(tokens: readonly Token[], range: readonly number[], trigger: TriggerMatch, token: number): boolean {
  const between = betweenPosition(tokens, range, token);
  if (between < 0) return false;
  for (let k = between - 1; k >= Math.max(0, between - 3); k--) {
    const t = tokens[range[k]!]!;
    // "an EU-brokered meeting between Pashinyan and Aliyev" names the broker of a meeting whose parties meet: not this.
    if (/^mediat/.test(t.normal) && tokens[range[k]! - 1]?.text !== '-') return true;
  }
  return trigger.rule.mode === 'third-party';
}

function betweenPosition(tokens: readonly Token[], range: readonly number[], token: number): number {
  for (let k = range.indexOf(token) - 1; k >= 0; k--) if (tokens[range[k]!]!.normal === 'between') return k;
  return -1;
}

/** Whether a verb's "between" phrase is its own: no other preposition stands between the verb and "between". */
function betweenAttaches(tokens: readonly Token[], range: readonly number[], trigger: TriggerMatch, token: number): boolean {
  const between = betweenPosition(tokens, range, token);
  const from = range.indexOf(trigger.end - 1);
  return between >= 0 && range.slice(from + 1, between).every((i) => tokens[i]!.pos !== 'ADP' && tokens[i]!.pos !== 'SCONJ');
}

/** Whether `range[k…]` is a report's attribution: a short noun phrase and a speech verb ("the Washington Post said"). */
function attributionFollows(tokens: readonly Token[], range: readonly number[], k: number): boolean {
  for (let j = k; j < Math.min(range.length, k + 7); j++) {
    const t = tokens[range[j]!]!;
    if (t.pos === 'VERB') return SPEECH_LEMMAS.has(t.lemma);
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PUNCT', 'NUM'].includes(t.pos) || t.text === ',') return false;
  }
  return false;
}

/**
 * The country of an unresolved subject noun phrase of the form "NOUN in PLACE" before the trigger,
 * with no verb before it in the clause: "Security forces in Guinea have tortured …" → GIN.
 */
function locatedSubject(doc: ArticleDoc, index: ActorIndex, range: readonly number[], at: number): ActorMention | null {
  const tokens = doc.tokens;
  for (let k = 1; k < at - 1; k++) {
    const t = tokens[range[k]!]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') return null;
    if (t.normal !== 'in') continue;
    const head = tokens[range[k - 1]!]!;
    if (head.pos !== 'NOUN' && head.pos !== 'PROPN' || index.byToken.has(range[k - 1]!)) return null;
    const after = range.slice(k + 1, Math.min(at, k + 5));
    for (const i of after) {
      const actor = index.byToken.get(i);
      if (actor && actor.actorKind === 'country' && actor.code) return actor;
      const place = doc.places.find((p) => p.span.start === tokens[i]!.start && p.countryCode && (p.level === 'country' || p.level === 'region'));
      if (place) {
        return { kind: 'actor', id: `${place.id}:as-subject`, span: place.span, text: place.text, code: place.countryCode, sector: null, actorKind: 'country',
          name: place.name, via: 'event-place', evidence: [{ start: place.span.start, end: place.span.end, text: place.text }], origin: place.origin };
      }
    }
    return null;
  }
  return null;
}

/**
 * Actors in `range[from, to)`, leaving out those inside an apposition that describes the subject:
 * "Pakistan, a key U.S. ally in the war against terrorism, has refused …" — the apposition opens
 * with an article after a named actor and closes with a comma before the verb.
 */
function subjectActors(doc: ArticleDoc, index: ActorIndex, range: readonly number[], from: number, to: number): { actor: ActorMention; token: number }[] {
  const tokens = doc.tokens;
  const skip = new Set<number>();
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[range[k]!]!.text !== ',' || !index.byToken.has(range[k - 1]!) || !['a', 'an', 'the'].includes(tokens[range[k + 1]!]!.normal)) continue;
    let close = -1;
    for (let j = k + 2; j < to; j++) {
      const t = tokens[range[j]!]!;
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      if (t.text === ',') { close = j; break; }
    }
    if (close < 0) continue;
    for (let j = k + 1; j < close; j++) skip.add(range[j]!);
  }
  // "NATO-member Norway", "US-ally Israel": an actor hyphened to a noun before another actor only describes it.
  for (let k = from; k < to; k++) {
    const i = range[k]!;
    const actor = index.byToken.get(i);
    if (!actor || index.byToken.get(i + 1) === actor || tokens[i + 1]?.text !== '-' || tokens[i + 2]?.pos !== 'NOUN') continue;
    const next = index.byToken.get(i + 3);
    if (next && next !== actor) for (let j = i; j >= 0 && index.byToken.get(j) === actor; j--) skip.add(j);
  }
  return actorsIn(index, range.slice(from, to).filter((i) => !skip.has(i)));
}

function dedupe(list: ActorMention[]): ActorMention[] {
  return [...new Set(list)];
}

/**
 * The speaker of a quotation: an actor next to a speech verb outside the quotation, in the
 * same sentence ("…,” Pashinyan said) — else the subject of the main clause before the quote.
 */
function findSpeaker(doc: ArticleDoc, index: ActorIndex, quote: Clause, clauses: readonly Clause[]): ActorMention | null {
  const tokens = doc.tokens;
  let subjectBefore: ActorMention | null = null;
  for (const clause of clauses) {
    if (clause === quote || clause.role === 'quote') continue;
    const range = clause.tokens;
    for (let k = 0; k < range.length; k++) {
      const t = tokens[range[k]!]!;
      if (!SPEECH_LEMMAS.has(t.lemma) || t.pos !== 'VERB') continue;
      // "Pashinyan said" or "said Pashinyan"
      for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
        const actor = index.byToken.get(range[j]!);
        if (actor) return actor;
      }
      for (let j = k + 1; j < Math.min(range.length, k + 6); j++) {
        const actor = index.byToken.get(range[j]!);
        if (actor) return actor;
      }
    }
    if (!subjectBefore && range[0]! < quote.tokens[0]!) {
      const first = actorsIn(index, range)[0];
      if (first && first.token < quote.tokens[0]!) subjectBefore = first.actor;
    }
  }
  return subjectBefore;
}

/**
 * Converts resolved actor mentions to event parties, expanding collectives ("both sides") into
 * their members. A dictionary entry with dated codes is read again at the event's date, when
 * known (`on`, a date value of any precision): Obama in a 2014 event told in a 2020 article is USA GOV.
 */
export function toParties(actors: readonly ActorMention[], on?: string | null): EventParty[] {
  const parties: EventParty[] = [];
  const seen = new Set<string>();
  for (const source of actors) {
    const actor = source.dated && on && /^\d{4}/.test(on) ? { ...source, ...datedCodeOn(source.dated, on) } : source;
    const codes = actor.members && actor.members.length > 0 ? actor.members : [actor.code];
    for (const code of codes) {
      const key = `${code ?? actor.text}|${actor.members ? '' : actor.sector ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      parties.push({ code, sector: actor.members ? null : actor.sector, text: actor.text, start: actor.span.start, end: actor.span.end });
    }
  }
  return parties;
}
