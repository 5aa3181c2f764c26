import type { ActorMention, ArticleDoc } from '../../core/document.js';
import { syntaxOf } from '../../syntax/relations.js';
import type { TriggerMatch } from './find-triggers.js';
import { withType } from './recode-by-modality.js';
import { ROLE_WORDS } from './role-words.js';
import type { TriggerRule } from './triggers.js';

/** Sectors of the state: when they "protest" it is diplomatic, when they "block" a road it is coercion. */
const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);
/** Sectors and head nouns of crowds: when they "protest" they take to the street. */
const CROWD_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'REF', 'AGR', 'OPP', 'SOC', 'REL']);
const CROWD_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'students', 'workers', 'people', 'residents', 'farmers', 'villagers',
  'youths', 'supporters', 'thousands', 'hundreds', 'dozens', 'crowds', 'crowd', 'activists', 'miners', 'teachers', 'doctors', 'nurses',
  'drivers', 'truckers', 'prisoners', 'inmates', 'women', 'men', 'citizens', 'refugees', 'settlers', 'fishermen', 'employees', 'traders', 'mourners', 'fans']);
const BODY_NOUNS = new Set(['country', 'state', 'nation', 'group', 'organization', 'organisation', 'ministry', 'government', 'embassy', 'party', 'council', 'committee', 'office', 'agency', 'watchdog']);

type Stance = 'state' | 'crowd' | 'unknown';

function stanceOf(actor: ActorMention): Stance {
  if (actor.sector && STATE_SECTORS.has(actor.sector)) return 'state';
  if (actor.sector && CROWD_SECTORS.has(actor.sector)) return 'crowd';
  if (actor.actorKind === 'country' || actor.actorKind === 'igo' || actor.actorKind === 'organization') return 'state';
  return 'unknown';
}

/** Who the subject of the trigger is: the resolved actors first, then the subject noun of the parse. */
function subjectStance(doc: ArticleDoc, trigger: TriggerMatch, actors: readonly ActorMention[]): Stance {
  const stances = actors.map(stanceOf);
  if (stances.includes('crowd')) return 'crowd';
  const syn = syntaxOf(doc);
  const subject = syn.subjectOf(trigger.head);
  if (subject) {
    const t = doc.tokens[subject.token]!;
    // "former soldiers", "retired police officers" no longer act for the state.
    // A former-word written as a prefix ("ex-" in "ex-soldiers") is part of the word itself.
    const prefixed = [...ROLE_WORDS.formerWords].some((w) => w.endsWith('-') && t.normal.startsWith(w));
    // The former-word may hang on a compound of the subject ("retired police officers": retired → police).
    const modified = [subject.token, ...syn.children(subject.token).filter((c) => syn.relation(c) === 'compound')];
    if (prefixed || modified.some((n) => syn.children(n).some((c) => ROLE_WORDS.formerWords.has(doc.tokens[c]!.normal)))) return 'crowd';
    if (CROWD_NOUNS.has(t.normal)) return 'crowd';
    if (BODY_NOUNS.has(t.normal) || BODY_NOUNS.has(t.lemma)) return 'state';
    // People no lexicon lists ("transporters", "pharmacists") protest as a crowd; a body or a state is named or listed.
    // So do people of a state sector named as people ("lawyers", "police officers" marching over pay):
    // a plural of persons is a crowd unless a state or an organisation is its owner ("Israeli police", "Russian diplomats").
    const owned = actors.some((a) => a.code !== null || a.actorKind === 'country' || a.actorKind === 'organization' || a.actorKind === 'igo');
    if (t.tag === 'NNS' && (stances.length === 0 || !owned)) return 'crowd';
  }
  if (stances.includes('state')) return 'state';
  return 'unknown';
}

/** "blocked the highway in protest": a blockade its text calls a protest is one, whoever the parse takes its doers for. */
function toldInProtest(doc: ArticleDoc, trigger: TriggerMatch): boolean {
  const syn = syntaxOf(doc);
  const v = trigger.head;
  return [v, ...syn.objectsOf(v)].some((h) => syn.children(h).some((c) => doc.tokens[c]!.normal === 'protest' && syn.caseOf(c) === 'in'));
}

/**
 * The same verb codes differently by who does it (PLOVER's notes on PROTEST and COERCE):
 * "students protested" is PROTEST-demo, "the ministry protested" ACCUSE-disapprove (a verbal protest);
 * "farmers blocked the roads" is PROTEST-obstruct, "police blocked the roads" COERCE-restrict.
 * Military exercises by two or more countries are COOPERATE, by one MOBILIZE.
 */
export function recodeByParties(doc: ArticleDoc, trigger: TriggerMatch, actors: readonly ActorMention[]): { rule: TriggerRule; why?: string } {
  const rule = trigger.rule;
  const lemma = doc.tokens[trigger.head]!.lemma;
  if (!trigger.nominal && lemma === 'protest' && (rule.event === 'ACCUSE' || rule.event === 'PROTEST')) {
    const stance = subjectStance(doc, trigger, actors);
    if (stance === 'crowd' && rule.event === 'ACCUSE') return { rule: withType(rule, 'PROTEST', 'demo'), why: 'a crowd protesting: PROTEST-demo' };
    if (stance === 'state' && rule.event === 'PROTEST') return { rule: withType(rule, 'ACCUSE', 'disapprove'), why: 'an official or organised body protesting: ACCUSE-disapprove (verbal protest)' };
  }
  if (rule.event === 'PROTEST' && rule.mode === 'obstruct' && subjectStance(doc, trigger, actors) === 'state' && !toldInProtest(doc, trigger)) {
    return { rule: withType(rule, 'COERCE', 'restrict'), why: 'blocking by state forces: COERCE-restrict' };
  }
  // "the truckers' blockade of the port", "a blockade by farmers": the noun read as the state's restriction is a crowd's
  // obstruction when its holders are a crowd (as the verb "blockade" is PROTEST unless the state does it).
  if (trigger.nominal && rule.event === 'COERCE' && rule.mode === 'restrict' && ROLE_WORDS.obstructionNouns.has(lemma) && actors.map(stanceOf).includes('crowd')) {
    return { rule: withType(rule, 'PROTEST', 'obstruct'), why: 'a blockade held by a crowd: PROTEST-obstruct' };
  }
  if (rule.event === 'MOBILIZE' && /exercise|drill|game/.test(rule.phrase)) {
    const countries = new Set(actors.map((a) => a.code).filter((c) => c !== null));
    if (countries.size >= 2) return { rule: { ...withType(rule, 'COOPERATE', undefined), context: ['military'] }, why: 'exercises of two or more countries: COOPERATE (military)' };
  }
  return { rule };
}
