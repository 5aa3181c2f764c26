import type { ActorMention, Mention, PlaceMention, Sentence, Token } from '../../core/document.js';
import { nameShapes } from '../../kb/names.js';
import { codeOf, provinceOf } from './13-disambiguate-places.js';
import { Span, type TextSpan } from '../../core/span.js';
import { firstTokenFrom } from '../../core/search.js';
import { longestAt } from '../../dictionaries/phrase-index.js';
import { loadGroupNouns, type GroupNoun, type GroupNouns } from '../../kb/group-nouns.js';
import { ARMED_SECTORS } from '../../kb/sectors.js';
import { destinationVerb } from '../../kb/destinations.js';
import { syntaxOf } from '../../syntax/relations.js';
import { isSpeech } from '../events/role-words.js';
import { type ActorContext, phraseHead, pushActor, textSpan } from './context.js';
import { namesakePartyAt } from './phrases.js';
import { ngoDescriptorIndex } from './10-name-shapes.js';

/** Whether an actor is a group noun coded by this rule ("protesters", "gunmen"), with or without a country. */
export function isGroupNounActor(actor: Pick<ActorMention, 'via'>): boolean {
  return actor.via.startsWith('group-noun');
}

/** A group noun phrase found in a sentence, waiting for the article's places to be known. */
export interface GroupNounHit {
  readonly sentence: Sentence;
  readonly span: Span;
  /** The matched phrase alone (without the adjectives before it). */
  readonly head: TextSpan;
  readonly noun: GroupNoun;
}

/**
 * The possessives before an installation noun that make it its owner's force ("its jets", "their
 * drones"); possessiveOwner finds the owner, and "their" is taken only where it finds a plural
 * force or state body that can own one ("rebels said their drones"; not "villagers said their trucks").
 */
const POSSESSIVE_OWNERS = new Set(['its', 'their']);
/** Sectors whose members' "their" jets or drones are their state's or their own force's ("officials said their jets …"). */
const PLURAL_OWNER_SECTORS: ReadonlySet<string> = new Set([...ARMED_SECTORS, 'GOV']);
// A force (kb/sectors ARMED_SECTORS) owns installations and weapons; any other owner's (a state's) are its military's.

/** Owners that make a group someone's: "fighters of the Taliban", "soldiers from the Russian army". */
const OWNER_PREPOSITIONS = new Set(['of', 'from']);

/**
 * Group nouns with no state of their own: "Separatists killed one soldier", "unidentified armed
 * men attacked the village", "Police shot dead two protesters". Each becomes a group actor with
 * the sector of resources/kb/group-nouns.json and, for now, no code; `codeGroupNouns` gives them
 * a country once the article's places are known.
 *
 * A phrase is coded only as the head of its noun phrase: not before another noun ("police
 * station", "army chief"), a hyphen ("rebel-held") or a possessive ("the army's commander"), and
 * not after a resolved actor whose noun it is ("Hamas fighters", "Iraqi soldiers" — those rules
 * already carry the sector). Adjectives and participles before it join its span ("unidentified
 * armed men", "suspected militants"); numbers and articles do not. A capitalised group noun the
 * entity layer took for a name ("Police" at the start of a sentence, left unresolved) is replaced.
 */
export function findGroupNouns(ctx: ActorContext, sentence: Sentence): GroupNounHit[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const lexicon = loadGroupNouns(ctx.groupNouns);
  const hits: GroupNounHit[] = [];
  const coveringActor = (t: Token): ActorMention | undefined => ctx.actors.find((a) => a.span.start < t.end && t.start < a.span.end);
  const groupName = (k: number) => (k >= sentence.tokenStart && !coveringActor(tokens[k]!) ? groupNameAt(ctx, tokens[k]!) : undefined);
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    // "Tigrayan forces", "Kurdish units": a force named after an ethnic, religious or regional group.
    const groupForce = lexicon.groupForces.get(tokens[i]!.normal);
    const named = groupForce ? groupName(i - 1) : undefined;
    if (groupForce && named && !lexicon.notForceGroups.has(named.text) && !longestAt(lexicon.index, tokens, i, sentence.tokenEnd) && !coveringActor(tokens[i]!) && isHead(ctx, tokens, i, sentence)) {
      hits.push({ sentence, span: { start: named.span.start, end: tokens[i]!.end }, head: textSpan(doc, tokens[i]!.start, tokens[i]!.end), noun: { phrase: tokens[i]!.normal, sector: groupForce } });
      continue;
    }
    const installation = installationAt(ctx, lexicon, tokens, i, sentence);
    if (installation) {
      const blocks = (t: Token) => { const a = coveringActor(t); return a !== undefined && !replaceable(a, tokens[i]!, tokens[i + 1]!); };
      if (!blocks(tokens[i]!) && !blocks(tokens[i + 1]!)) {
        let first = i;
        while (first - 1 >= sentence.tokenStart && isModifier(tokens, first - 1, sentence) && !coveringActor(tokens[first - 1]!)) first--;
        hits.push({ sentence, span: { start: tokens[first]!.start, end: tokens[i + 1]!.end }, head: textSpan(doc, tokens[i]!.start, tokens[i + 1]!.end), noun: installation });
      }
      i++;
      continue;
    }
    // "Kenya said its jets bombed …", "Rebels said their drones struck …": an installation or weapon
    // after "its" or "their" that is a subject stands for its owner's force, as after an owner word
    // ("army jets"); possessiveOwner finds the owner. Elsewhere the possessive may be another party's
    // ("Israel struck its positions", "one of its gunboats").
    if (POSSESSIVE_OWNERS.has(tokens[i]!.normal) && i + 1 < sentence.tokenEnd && lexicon.installationNouns.has(tokens[i + 1]!.normal)
      && /^nsubj/.test(tokens[i + 1]!.dep ?? '') && !longestAt(lexicon.index, tokens, i + 1, sentence.tokenEnd) && isHead(ctx, tokens, i + 1, sentence) && !coveringActor(tokens[i + 1]!)) {
      const noun = tokens[i + 1]!;
      hits.push({ sentence, span: { start: noun.start, end: noun.end }, head: textSpan(doc, noun.start, noun.end), noun: { phrase: noun.normal, sector: 'MIL', possessed: true } });
      i++;
      continue;
    }
    const office = titleOfficeAt(ctx, lexicon, tokens, i, sentence, coveringActor);
    if (office) {
      hits.push(office.hit);
      i = office.last;
      continue;
    }
    const match = longestAt(lexicon.index, tokens, i, sentence.tokenEnd);
    if (!match) continue;
    const last = i + match.length - 1;
    // "Congress party workers": a state body's name before "party" names the party (05-resolve-organisations.ts), no body.
    if (namesakePartyAt(tokens, i, sentence.tokenEnd, ctx.kb)) { i = last; continue; }
    // A sentence's first word may be read as a name ("Shepherds …").
    const taggedNoun = tokens[last]!.pos === 'NOUN' || (tokens[last]!.pos === 'PROPN' && last === sentence.tokenStart);
    if (match.value.nounOnly && (!taggedNoun || ofName(ctx, tokens, last, sentence))) { i = last; continue; }
    if (speaksFor(ctx, lexicon, tokens, last, sentence)) { i = last; continue; }
    const blocking = [...Array(match.length).keys()].map((k) => coveringActor(tokens[i + k]!)).find((a) => a && !replaceable(a, tokens[i]!, tokens[last]!));
    if (blocking || (!isHead(ctx, tokens, last, sentence) && !doerOfAct(lexicon, tokens, last, sentence, match.value))) { i = last; continue; }
    if (ownedByActor(tokens, i, sentence, coveringActor)) { i = last; continue; }
    if (lexicon.forceSectors.has(match.value.sector) && sentBy(tokens, i, sentence, lexicon.sendingVerbs)) { i = last; continue; }
    let first = i;
    // A kind of person named by a compound keeps its nouns: "a village chief", "sugarcane haulers".
    const compound = (k: number) => tokens[k]!.dep === 'compound' && (tokens[k]!.pos === 'NOUN' || (tokens[k]!.pos === 'PROPN' && k === sentence.tokenStart));
    const describes = (k: number) => isModifier(tokens, k, sentence) || (match.value.nounOnly === true && compound(k)) || groupName(k) !== undefined;
    while (first - 1 >= sentence.tokenStart && describes(first - 1) && !coveringActor(tokens[first - 1]!)) first--;
    const span = { start: tokens[first]!.start, end: tokens[last]!.end };
    // "a police chief", "an army officer": a force's word in the compound gives the person its sector.
    const owner = match.value.nounOnly ? tokens.slice(first, i).map((t) => lexicon.installationOwners.get(t.normal)).find((o) => o !== undefined) : undefined;
    const owned = owner ? { ...match.value, sector: owner } : match.value;
    // "unidentified gunmen", "unknown militants": an armed group the text says is not known is an
    // unidentified armed actor, whatever sector its noun (or another dictionary's phrase) gives.
    const anonymous = lexicon.anonymousSectors.has(owned.sector) && tokens.slice(first, last).some((t) => lexicon.anonymousModifiers.has(t.normal));
    const noun = anonymous ? { ...owned, sector: 'UAF' } : !owner && lexicon.sharedForceNouns.has(owned.phrase) && policeAround(ctx, lexicon, sentence) ? { ...owned, sector: 'COP' } : owned;
    hits.push({ sentence, span, head: textSpan(doc, tokens[i]!.start, tokens[last]!.end), noun });
    i = last;
  }
  return hits;
}

/** The possessive that joins an office holder's title to the office ("the governor's office"). */
const POSSESSIVE_MARKS = new Set(["'s", '’s']);

/**
 * "The governor's office condemned …", "the state prosecutor's office charged …", "the prime minister's press service said
 * …": a state office's title (offices.json, not a counterpart) in the possessive before what its staff is called
 * (group-nouns.json titleOffices) names the office itself, a body of the state with the title's sector — a group actor of
 * no state yet, coded like any group noun (the place of its sentence, the one state of the story). Found at the title's
 * first word, the longest title there; the describing words and the article before it join its span ("the regional
 * governor's office"). Not after a name or an actor ("Ruto's office", "Kenya's attorney general's office"): the name or
 * the state says whose it is, and the rules that read them code the phrase.
 */
function titleOfficeAt(ctx: ActorContext, lexicon: GroupNouns, tokens: readonly Token[], i: number, sentence: Sentence, coveringActor: (t: Token) => ActorMention | undefined): { hit: GroupNounHit; last: number } | undefined {
  if (lexicon.titleOffices.size === 0 || tokens[i]!.pos === 'PROPN' && i !== sentence.tokenStart) return undefined;
  // The longest title from token i that a possessive closes: "attorney general's", not "attorney".
  let mark = -1;
  let sector: string | undefined;
  for (let n = Math.min(ctx.kb.maxPhraseWords, sentence.tokenEnd - i - 1); n >= 1 && mark < 0; n--) {
    // The possessive first: it is rare, and joining the words into a title for every token and length was 0.7% of coding's CPU.
    if (!POSSESSIVE_MARKS.has(tokens[i + n]?.normal ?? '')) continue;
    const found = ctx.kb.officeTitles.get(tokens.slice(i, i + n).map((t) => t.normal).join(' '));
    if (found && found !== 'COUNTERPART') {
      mark = i + n;
      sector = found;
    }
  }
  if (mark < 0 || !sector) return undefined;
  // The staff's name after the possessive, one or two words ("office", "press service").
  const two = mark + 2 < sentence.tokenEnd ? `${tokens[mark + 1]!.normal} ${tokens[mark + 2]!.normal}` : '';
  const last = lexicon.titleOffices.has(two) ? mark + 2 : lexicon.titleOffices.has(tokens[mark + 1]?.normal ?? '') ? mark + 1 : -1;
  if (last < 0 || last >= sentence.tokenEnd || !isHead(ctx, tokens, last, sentence)) return undefined;
  if (tokens.slice(i, last + 1).some((t) => coveringActor(t))) return undefined;
  let first = i;
  while (first - 1 >= sentence.tokenStart && !coveringActor(tokens[first - 1]!)
    && (isModifier(tokens, first - 1, sentence) || (tokens[first - 1]!.pos === 'NOUN' && tokens[first - 1]!.dep === 'compound'))) first--;
  const before = tokens[first - 1];
  // A name or a state's possessive before the title says whose office it is ("Kenya's attorney general's office").
  if (before && first - 1 >= sentence.tokenStart && (before.pos === 'PROPN' || POSSESSIVE_MARKS.has(before.normal))) return undefined;
  if (before && first - 1 >= sentence.tokenStart && before.normal === 'the') first--;
  const doc = ctx.doc;
  const phrase = tokens.slice(i, last + 1).map((t) => t.normal).join(' ');
  return {
    hit: { sentence, span: { start: tokens[first]!.start, end: tokens[last]!.end }, head: textSpan(doc, tokens[mark + 1]!.start, tokens[last]!.end), noun: { phrase, sector } },
    last,
  };
}

/**
 * Whether the sentence or the one before names the police and no military force: "Police said officers arrested …",
 * "Gunmen stormed a police station, killing four officers". A word of the curated group nouns (not the person nouns
 * of WordNet, where "officer" itself is military) or an installation's owner word ("police station") of sector COP
 * counts for the police; one of MIL ("soldiers", "army base") for the army.
 */
function policeAround(ctx: ActorContext, lexicon: GroupNouns, sentence: Sentence): boolean {
  const tokens = ctx.doc.tokens;
  const from = sentence.index > 0 ? ctx.doc.sentences[sentence.index - 1]!.tokenStart : sentence.tokenStart;
  let police = false;
  for (let k = from; k < sentence.tokenEnd; k++) {
    const hit = longestAt(lexicon.index, tokens, k, sentence.tokenEnd);
    const sector = hit && !hit.value.nounOnly && !lexicon.sharedForceNouns.has(hit.value.phrase) ? hit.value.sector : lexicon.installationOwners.get(tokens[k]!.normal);
    if (sector === 'MIL') return false;
    if (sector === 'COP') police = true;
  }
  return police;
}

/**
 * A force's installation or vehicle at token `i`: "army camp", "police convoy", "military
 * positions" — an owner word, then an installation noun that heads its phrase. The phrase stands
 * for the force (the sector of the owner word), as ACLED codes an attack on a police station.
 */
function installationAt(ctx: ActorContext, lexicon: GroupNouns, tokens: readonly Token[], i: number, sentence: Sentence): GroupNoun | undefined {
  if (i + 1 >= sentence.tokenEnd) return undefined;
  const sector = lexicon.installationOwners.get(tokens[i]!.normal);
  const noun = tokens[i + 1]!;
  if (!sector || !lexicon.installationNouns.has(noun.normal) || !isHead(ctx, tokens, i + 1, sentence)) return undefined;
  // A group phrase of the list ("police forces", "army troops") is read as listed.
  if ((longestAt(lexicon.index, tokens, i, sentence.tokenEnd)?.length ?? 0) >= 2) return undefined;
  return { phrase: `${tokens[i]!.normal} ${noun.normal}`, sector };
}

/**
 * Whether the noun phrase before token `i` starts with an actor or a possessive name whose group
 * this is: "Hamas fighters", "Rohan's border watch militia" (walking left over nouns and adjectives).
 */
function ownedByActor(tokens: readonly Token[], i: number, sentence: Sentence, coveringActor: (t: Token) => ActorMention | undefined): boolean {
  for (let k = i - 1; k >= sentence.tokenStart; k--) {
    const t = tokens[k]!;
    if (coveringActor(t)) return true;
    // A name's possessive owns the group even when the name is not resolved.
    if (["'s", '’s'].includes(t.normal)) return tokens[k - 1]?.pos === 'PROPN' || !!(tokens[k - 1] && coveringActor(tokens[k - 1]!));
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN')) return false;
  }
  return false;
}

/** Whether the force at token `i` is the object of a sending verb: "refused to send troops", "deployed 500 police". */
function sentBy(tokens: readonly Token[], i: number, sentence: Sentence, verbs: ReadonlySet<string>): boolean {
  let k = i - 1;
  while (k >= sentence.tokenStart && ['DET', 'NUM', 'ADJ', 'PRON'].includes(tokens[k]!.pos)) k--;
  const verb = tokens[k];
  return !!verb && k >= sentence.tokenStart && verb.pos === 'VERB' && verbs.has(verb.lemma);
}

/** An actor the group noun may replace: an unresolved name that is only the group noun ("Police", "Rebels"). */
function replaceable(actor: ActorMention, first: Token, last: Token): boolean {
  return actor.via === 'unresolved' && actor.code === null && actor.span.start >= first.start && actor.span.end <= last.end;
}

/** An adjective or participle that describes the group: "armed", "unidentified", "suspected", "angry". */
function isModifier(tokens: readonly Token[], k: number, sentence: Sentence): boolean {
  const t = tokens[k]!;
  // "Russian-backed separatists": a hyphened compound names someone else (the backer), not the group.
  if (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === t.start) return false;
  // The tagger reads a capitalised first word as a name: "Unidentified armed men", "Suspected militants".
  const participle = /(ed|ing)$/.test(t.normal);
  // A participle the parse reads as a verb ("had tortured detainees") is the act, not a description.
  // A sentence's first word before the group noun describes it whatever the parse says ("Masked gunmen stormed …").
  const describes = t.dep === undefined || t.dep === 'amod' || t.dep === 'compound' || k === sentence.tokenStart;
  return t.pos === 'ADJ' || (t.pos === 'VERB' && participle && describes) || (t.pos === 'PROPN' && k === sentence.tokenStart && participle);
}

/** Whether the phrase ending at token `last` heads its noun phrase (nothing nominal continues it, no owner follows). */
function isHead(ctx: ActorContext, tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  const next = tokens[last + 1];
  if (!next || last + 1 >= sentence.tokenEnd) return true;
  // "took six guards hostage": what the group is taken as follows it, in the singular, closing the phrase.
  const captive = loadGroupNouns(ctx.groupNouns).captiveComplements.has(next.normal) && tokens[last + 2]?.pos !== 'NOUN';
  if ((next.pos === 'NOUN' && !verbMisreadAsNoun(tokens, last) && !captive) || next.pos === 'PROPN' || next.pos === 'NUM') return false;
  if (next.text === '-' && next.start === tokens[last]!.end) return false;
  if (["'s", '’s', "'", '’'].includes(next.normal)) return false;
  if (OWNER_PREPOSITIONS.has(next.normal)) {
    let k = last + 2;
    if (tokens[k]?.pos === 'DET') k++;
    const owner = tokens[k];
    const actor = owner && k < sentence.tokenEnd ? ctx.actors.find((a) => a.span.start <= owner.start && owner.start < a.span.end) : undefined;
    if (actor && actor.actorKind !== 'person') return false;
  }
  return true;
}

/**
 * "a rebel attack", "militant ambushes", "an insurgent drone strike", "the army's shelling": a group
 * noun of an armed sector right before an armed act's noun (group-nouns.json doerActs), before one
 * noun that is a compound of it, or as its possessor (with or without such a noun: "the army's air strike"), names who did
 * the act — an actor of its own, though it does not head its phrase.
 * Only the curated nouns: another source's ("artillery" as a unit) may name the means.
 */
function doerOfAct(lexicon: GroupNouns, tokens: readonly Token[], last: number, sentence: Sentence, noun: GroupNoun): boolean {
  if (!lexicon.doerSectors.has(noun.sector) || noun.resource !== undefined || lexicon.doerLabels.has(noun.phrase)) return false;
  const act = (k: number) => k < sentence.tokenEnd && tokens[k]!.pos === 'NOUN' && lexicon.doerActs.has(tokens[k]!.normal);
  if (act(last + 1)) return true;
  // One noun that is a compound of the act may come between ("an army drone strike", "the rebels' mortar attack").
  const actAfter = (k: number) => act(k) || (k + 1 < sentence.tokenEnd && tokens[k]!.pos === 'NOUN' && tokens[k]!.dep === 'compound' && act(k + 1));
  // "the army's shelling", "the rebels' attack": the possessor of an armed act's noun did it.
  if (["'s", '’s', "'", '’'].includes(tokens[last + 1]?.normal ?? '')) return actAfter(last + 2);
  return actAfter(last + 1);
}

/**
 * Whether a name that is not a place follows the noun at `last` through "of": "the leaders of
 * Gondor", "supporters of Imran Khan" are that name's people, whether or not a later dictionary knows it.
 */
function ofName(ctx: ActorContext, tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  let k = last + 1;
  if (k >= sentence.tokenEnd || tokens[k]!.normal !== 'of') return false;
  k++;
  if (tokens[k]?.pos === 'DET') k++;
  const name = tokens[k];
  // "the people of Gao" are people in a place, not a party's own.
  return !!name && k < sentence.tokenEnd && name.pos === 'PROPN' && !ctx.places.some((p) => p.span.start <= name.start && name.start < p.span.end);
}

/**
 * "a spokesman for the UN secretary-general", "representatives of the rebels": one who speaks or
 * acts for a body (group-nouns.json voiceNouns) is no party of their own; the events stage reads
 * the body after "for" or "of" as the party.
 */
function speaksFor(ctx: ActorContext, lexicon: GroupNouns, tokens: readonly Token[], last: number, sentence: Sentence): boolean {
  if (!lexicon.voiceNouns.has(tokens[last]!.normal)) return false;
  let k = last + 1;
  if (k >= sentence.tokenEnd || (tokens[k]!.normal !== 'for' && tokens[k]!.normal !== 'of')) return false;
  k++;
  while (k < sentence.tokenEnd && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k++;
  const body = tokens[k];
  if (!body || k >= sentence.tokenEnd) return false;
  const named = ctx.doc.mentions.some((m) => m.span.start <= body.start && body.end <= m.span.end && m.label !== 'LOC');
  return named || longestAt(lexicon.index, tokens, k, sentence.tokenEnd) !== undefined;
}

/** Plural group nouns whose plural has no "-s". */
const PLURALS = new Set(['men', 'people', 'police', 'children', 'women', 'militia', 'youth', 'gendarmerie', 'military', 'army', 'mob', 'crowd']);

/**
 * A plural subject, then an uninflected word, then its object: "Gunmen attack farmers", "Rebels
 * seize the town", "Police shot dead two protesters". The tagger reads the verb of such headline
 * clauses as a noun; a compound ("police station", "rebel positions") has no object after it.
 */
function verbMisreadAsNoun(tokens: readonly Token[], last: number): boolean {
  const group = tokens[last]!;
  const next = tokens[last + 1]!;
  const after = tokens[last + 2];
  // A capitalised first word keeps its form as lemma ("Rebels"), so its "-s" is read directly.
  const plural = PLURALS.has(group.normal) || group.normal.endsWith('men') || (group.normal.endsWith('s') && (group.lemma !== group.normal || group.pos === 'PROPN'));
  const bare = !next.normal.endsWith('s') || next.lemma !== next.normal;
  return plural && bare && next.lemma === next.normal && !!after && ['DET', 'NUM', 'PRON', 'ADJ', 'NOUN'].includes(after.pos);
}

/**
 * Adds the group actors found in the article, each with the country of a place the text gives:
 * the one country of its sentence's places ("Police shot dead two protesters in Lagos" → NGA,
 * via `group-noun-place`), else, when its sentence names no place, the one country of the
 * article's places (`group-noun-article-place`), else no code (`group-noun`). A state's own
 * forces and offices (GOV, MIL, COP, …) take the place's country only when their sentence names
 * no other state: in "US forces killed a civilian near Kandahar" the civilian is Afghan, and so
 * would be "soldiers" there only if no other state stood in the sentence.
 */
export function codeGroupNouns(ctx: ActorContext, hits: readonly GroupNounHit[]): void {
  const lexicon = loadGroupNouns(ctx.groupNouns);
  // The state people went to ("refugees fled into Chad") says nothing of whose they, or those around them, are;
  // nor does a town they went to in a state the story's other places are not in ("crossed into Guinea's Lola
  // prefecture" in a story set in Liberia). A town they went to in the story's state ("fled to Zwedru"), or in a
  // story with no other place, mostly lies in their own state, and counts.
  const isGoal = (p: PlaceMention) => destinationVerb(ctx.doc.tokens, firstTokenFrom(ctx.doc.tokens, p.span.start)) >= 0;
  const storyStates = new Set(ctx.places.filter((p) => !isGoal(p)).map((p) => p.countryCode).filter((c): c is string => c !== null));
  // Nor does a place where an international body spoke or sits (placeOfBodyOnly).
  const origins = ctx.places.filter((p) => (!isGoal(p) || (p.level !== 'country' && (storyStates.size === 0 || storyStates.has(p.countryCode ?? '')))) && !placeOfBodyOnly(ctx, p, lexicon));
  const articleCodes = new Set(origins.map((p) => p.countryCode).filter((c): c is string => c !== null));
  for (const hit of hits) {
    const covering = ctx.actors.filter((a) => Span.overlaps(a.span, hit.span));
    if (covering.some((a) => a.via !== 'unresolved' || a.code !== null)) continue;
    // "their" may be anyone's: without an owner that can have a force, the noun is no party.
    if (hit.noun.possessed && possessiveBefore(ctx.doc.tokens, hit) === 'their' && !possessiveOwner(ctx, hit)) continue;
    for (const a of covering) ctx.actors.splice(ctx.actors.indexOf(a), 1);
    const sentencePlaces = origins.filter((p) => p.countryCode !== null && Span.contains(hit.sentence.span, p.span));
    const sentenceCodes = new Set(sentencePlaces.map((p) => p.countryCode!));
    let code: string | null = null;
    let via = 'group-noun';
    const evidence: TextSpan[] = [hit.head];
    const mission = missionOf(ctx, hit, lexicon);
    const antecedent = definiteAntecedent(ctx, hit) ?? possessiveOwner(ctx, hit) ?? mission ?? bodyOwnerOf(ctx, hit, lexicon);
    const named = groupNameAt(ctx, ctx.doc.tokens[firstTokenFrom(ctx.doc.tokens, hit.span.start)]!);
    const region = named ? regionNamedBy(ctx, named.text) : undefined;
    const jurisdiction = region ? undefined : placeAfterOf(ctx, hit);
    if (endsInNgoDescriptor(ctx.doc.tokens, hit)) {
      // "a local rights group", "a foreign non-governmental organisation": a civil-society body is of no state (PLOVER
      // NGO), wherever it works; the place of its sentence is where it reports from, not whose body it is.
      code = 'NGO';
      via = 'group-noun-ngo';
    } else if (region) {
      // "Tigrayan fighters": the group is named after a region of one state.
      code = region.code;
      via = 'group-name-region';
      evidence.push(textSpan(ctx.doc, named!.span.start, named!.span.end));
    } else if (jurisdiction) {
      // "the governor of Manicaland", "the mayor of Tete", "residents of Gao": the place after "of" is the one the office
      // governs or the people live in, whatever other state the sentence names ("met the Portuguese ambassador").
      code = jurisdiction.countryCode;
      via = 'group-noun-of-place';
      evidence.push(textSpan(ctx.doc, jurisdiction.span.start, jurisdiction.span.end));
    } else if (antecedent) {
      code = antecedent.code;
      via = 'group-noun-antecedent';
      evidence.push(textSpan(ctx.doc, antecedent.span.start, antecedent.span.end));
    } else if (sentenceCodes.size === 1) {
      code = [...sentenceCodes][0]!;
      via = 'group-noun-place';
      const place = sentencePlaces[0]!;
      evidence.push(textSpan(ctx.doc, place.span.start, place.span.end));
    } else if (sentencePlaces.length === 0 && articleCodes.size === 1) {
      code = [...articleCodes][0]!;
      via = 'group-noun-article-place';
      const place = origins.find((p) => p.countryCode === code)!;
      evidence.push(textSpan(ctx.doc, place.span.start, place.span.end));
    } else if (sentencePlaces.length === 0 && articleCodes.size === 0 && lexicon.stateSectors.has(hit.noun.sector)) {
      // "Mongolia's government expelled two Chinese diplomats. Officials said …": a state's body ("officials", "the
      // authorities", "police") in a story that names no place but names one state as a state in the sentences before
      // (by its name or capital, not a demonym of its people) is that state's. A state of its own sentence is a party
      // of the same act, which the roles weigh ("US forces killed two soldiers": the soldiers are its foes; "Portugal
      // offered 400 soldiers": a force offered is no party); civilians are no one's by such a naming.
      const states = namedStatesBefore(ctx, hit.sentence.span.start);
      if (states.size === 1) {
        const named = [...states.values()][0]!;
        code = named.code;
        via = 'group-noun-article-state';
        evidence.push(textSpan(ctx.doc, named.span.start, named.span.end));
      }
    }
    if (code && !antecedent && !jurisdiction && lexicon.stateSectors.has(hit.noun.sector) && otherStateInSentence(ctx, hit.sentence, code, via === 'group-noun-place' ? lexicon.stateSectors : null)) {
      code = null;
      via = 'group-noun';
      evidence.splice(1);
    }
    // "The government expelled three Kenyan diplomats" in a story mostly set in Kenya: a state's body whose state is
    // only guessed from the story is no party of that state when its sentence names another body of that state as such
    // (a state seldom acts on its own envoys or officers); the act's other party holds the story's state.
    if (code && GUESSED_VIA.has(via) && lexicon.stateSectors.has(hit.noun.sector) && sameStateBodyInSentence(ctx, hit.sentence, code, hit.span, lexicon.stateSectors)) {
      code = null;
      via = 'group-noun';
      evidence.splice(1);
    }
    if (!code && !antecedent?.code && lexicon.stateSectors.has(hit.noun.sector) && definiteBody(ctx, hit)) {
      // "The government refused …", "Police banned …" in a story about one state, whose places also lie abroad: a state's
      // own body named without its state is the state the story is about, when one state stands well above the others
      // and the sentence names no other.
      const top = dominantState(ctx);
      if (top && !otherStateInSentence(ctx, hit.sentence, top, null) && !sameStateBodyInSentence(ctx, hit.sentence, top, hit.span, lexicon.stateSectors)) {
        code = top;
        via = 'group-noun-article-state';
      }
    }
    const text = ctx.doc.text.slice(hit.span.start, hit.span.end);
    const label = text[0]!.toUpperCase() + text.slice(1);
    // A weapon or installation of its owner's ("its jets", "their warplanes", also one the lexicon lists as a
    // group noun of its own) has the owner's sector when the owner is a force.
    const owned = hit.noun.possessed || (possessiveBefore(ctx.doc.tokens, hit) !== undefined && lexicon.installationNouns.has(lastWord(hit.head.text)));
    // Staff a lexicon reads as civilians ("secretary", "employee") work for their mission's state: its sector.
    const sector = owned && antecedent && ARMED_SECTORS.has(antecedent.sector ?? '') ? antecedent.sector!
      : mission && mission === antecedent && hit.noun.sector === 'CVL' && mission.sector ? mission.sector : hit.noun.sector;
    pushActor(ctx, {
      span: hit.span, text, code, sector, actorKind: 'group',
      name: code ? `${label} (${ctx.kb.countries.get(code)?.name ?? code})` : label, via, evidence,
      origin: { stage: ctx.origin.stage, resource: `${ctx.origin.resource}+${hit.noun.resource ?? lexicon.version}` },
    });
  }
}

/**
 * Whether a place only says where an international body or a rights group is: where its words were spoken ("four
 * herders were shot, a UN spokesman said in Nairobi": the place on a verb of saying, whose subject holds such a
 * body), or its seat ("the refugee agency's office in Nairobi asked the army …", "a monitoring group based in
 * London": a place on an office noun or on a participle of seat such as "based", group-nouns.json seatNouns). Neither lends its state to the
 * sentence's other people; a place that locates an act or its people ("police in Lagos", "killed in Kaduna"), or where
 * a state's own speaker spoke ("in Dakar, a navy spokesman said"), does.
 */
function placeOfBodyOnly(ctx: ActorContext, place: PlaceMention, lexicon: GroupNouns): boolean {
  const tokens = ctx.doc.tokens;
  const syn = syntaxOf(ctx.doc);
  const headToken = phraseHead(tokens, place);
  const on = headToken ? syn.head(firstTokenFrom(tokens, headToken.start)) : -1;
  if (on < 0) return false;
  const host = tokens[on]!;
  // Whether the phrase under token `n`, before the place, holds an international body or a rights group.
  const holdsBody = (n: number) => {
    const first = tokens[syn.subtreeRange(n)[0]]!;
    return ctx.actors.some((a) => (a.actorKind === 'igo' || a.code === 'NGO') && a.span.start >= first.start && a.span.end <= place.span.start);
  };
  // "a UN spokesman said in Nairobi", "told journalists in Vienna": where the body's words were spoken, on the verb of
  // saying or on those they were spoken to.
  const said = host.pos === 'VERB' ? on : ['obj', 'iobj', 'obl'].includes(syn.relation(on)) ? syn.head(on) : -1;
  if (said >= 0 && tokens[said]!.pos === 'VERB' && isSpeech(tokens, syn, said)) {
    return syn.subjectsOf(said).some(holdsBody);
  }
  // "the UN office in Geneva", "a rights group based in London": the noun the place hangs on (through "based"); "the
  // agency is headquartered in Rome", or the same participle the parse reads as the sentence's predicate: its subject.
  const seatVerb = host.pos === 'VERB' && (lexicon.seatVerbs.has(host.lemma) || lexicon.seatVerbs.has(host.normal));
  if (seatVerb && !syn.relation(on).startsWith('acl')) return syn.subjectsOf(on).some(holdsBody);
  const noun = seatVerb ? syn.head(on) : on;
  return noun >= 0 && (seatVerb || lexicon.seatNouns.has(tokens[noun]!.normal)) && holdsBody(noun);
}

/**
 * "The Defence Ministry said …" in a story about one state: an unknown organisation headed by a state office
 * (05-resolve-organisations.ts leaves it unresolved, with the office's sector) is that state's, as a state's body named
 * by a group noun is (group-noun-article-state), when its sentence names no other state nor a place in one. Run after
 * codeGroupNouns, so that a bare "Police" the group nouns replace takes the place of its sentence first.
 */
export function codeStateOffices(ctx: ActorContext): void {
  const top = dominantState(ctx);
  if (!top) return;
  const lexicon = loadGroupNouns(ctx.groupNouns);
  for (const [k, a] of ctx.actors.entries()) {
    // A body named by its shape as a state's ("the Supreme Committee for Transition and Renewal", 10-name-shapes.ts) is one too.
    const shaped = a.via === 'name-shape' && a.sector === 'GOV';
    if ((a.via !== 'unresolved' && !shaped) || a.code !== null || a.actorKind !== 'organization' || !lexicon.stateSectors.has(a.sector ?? '')) continue;
    const sentence = ctx.doc.sentences.find((x) => Span.contains(x.span, a.span));
    if (!sentence || otherStateInSentence(ctx, sentence, top, null) || sameStateBodyInSentence(ctx, sentence, top, a.span, lexicon.stateSectors)) continue;
    if (ctx.places.some((p) => Span.contains(sentence.span, p.span) && p.countryCode !== null && p.countryCode !== top)) continue;
    ctx.actors[k] = { ...a, code: top, via: 'org-article-state' };
  }
}

/** Whether a group noun's words end in a noun that introduces a civil-society body (organisation-shapes.json ngoDescriptors). */
function endsInNgoDescriptor(tokens: readonly Token[], hit: GroupNounHit): boolean {
  const first = firstTokenFrom(tokens, hit.span.start);
  const end = firstTokenFrom(tokens, hit.span.end);
  for (let j = first; j < end; j++) {
    const match = longestAt(ngoDescriptorIndex(), tokens, j, end);
    if (match && j + match.length === end) return true;
  }
  return false;
}

/** Readings that guess a titled person's state from the sentence's or the story's states (08-context-country.ts). */
const CONTEXT_GUESS_VIA: ReadonlySet<string> = new Set(['sentence-country', 'article-country']);

/** Readings that guess a group's state from the story alone, not from its sentence. */
const GUESSED_VIA = new Set(['group-noun-article-place', 'group-noun-article-state']);
/** How a state's body is named as that state's: "Kenyan diplomats", "Kenya's army". */
const STATE_BODY_VIA = new Set(['demonym', 'country-sector', 'org-modifier']);

/** Whether the sentence names, besides the phrase at `span`, a body of state `code` as that state's ("Kenyan diplomats"). */
function sameStateBodyInSentence(ctx: ActorContext, sentence: Sentence, code: string, span: Span, sectors: ReadonlySet<string>): boolean {
  return ctx.actors.some((a) => a.code === code && STATE_BODY_VIA.has(a.via) && sectors.has(a.sector ?? '') && Span.contains(sentence.span, a.span) && !Span.overlaps(a.span, span));
}

/** How many times the first state must outweigh the second in the story's salience to be the one it is about. */
const DOMINANT_RATIO = 2;

/** The state the story is about: the most salient, when it outweighs the next by DOMINANT_RATIO; else null. */
export function dominantState(ctx: ActorContext): string | null {
  const ranked = [...ctx.salience.entries()].filter(([c]) => ctx.kb.countries.has(c)).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= DOMINANT_RATIO * (second?.[1] ?? 0) && first[1] >= 2 ? first[0] : null;
}

/** A body named as the one of the story: "the government", "the defence ministry", or a bare plural opening its sentence ("Police said"). */
function definiteBody(ctx: ActorContext, hit: GroupNounHit): boolean {
  const i = firstTokenFrom(ctx.doc.tokens, hit.span.start);
  const first = ctx.doc.tokens[i];
  if (!first) return false;
  if (first.normal === 'the') return true;
  return i === hit.sentence.tokenStart && first.start === hit.span.start && first.pos !== 'NUM' && first.pos !== 'DET';
}

/**
 * How a state is named as a state: by its name ("Mongolia", "Mongolia's government"), its capital ("Astana said"), or
 * in the name of one of its offices ("the Human Rights Ombudsman of Kazakhstan", 10-name-shapes.ts).
 */
const STATE_NAMED_VIA = new Set(['country-name', 'country-sector', 'capital-metonym']);
const namesState = (a: ActorMention) => STATE_NAMED_VIA.has(a.via) || (a.via === 'name-shape' && a.actorKind === 'organization');

/** The states the article names as states before `start`, each with its first naming (keyed by code). */
function namedStatesBefore(ctx: ActorContext, start: number): Map<string, ActorMention> {
  const states = new Map<string, ActorMention>();
  for (const a of ctx.actors) {
    if (a.span.start >= start || a.code === null || !namesState(a) || !ctx.kb.countries.has(a.code)) continue;
    const first = states.get(a.code);
    if (!first || a.span.start < first.span.start) states.set(a.code, a);
  }
  return states;
}

/** What joins a place to the next one of a list ("Tete and Beira", "Tete, Beira"): a group noun "of" a list is of each. */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?$/i;
/**
 * The place a group noun is "of": "the governor of Manicaland", "the mayor of Tete" — one place of one state written
 * right after "of" (and one determiner), not the first of a list ("the mayors of Tete and Beira" are of each). A place
 * behind a noun of its own ("the mayor of the town of Tete") is not read: the word after "of" must be the place.
 */
function placeAfterOf(ctx: ActorContext, hit: GroupNounHit): (PlaceMention & { countryCode: string }) | undefined {
  const tokens = ctx.doc.tokens;
  let k = firstTokenFrom(tokens, hit.span.end);
  if (k < 0 || k >= hit.sentence.tokenEnd || tokens[k]!.normal !== 'of') return undefined;
  k++;
  if (tokens[k]?.pos === 'DET') k++;
  const name = tokens[k];
  if (!name || k >= hit.sentence.tokenEnd) return undefined;
  const place = ctx.places.find((p) => p.span.start === name.start);
  if (!place || place.countryCode === null) return undefined;
  const next = ctx.places.find((p) => p.span.start >= place.span.end && p.span.start - place.span.end <= 12);
  if (next && LIST_JOINT.test(ctx.doc.text.slice(place.span.end, next.span.start))) return undefined;
  return place as PlaceMention & { countryCode: string };
}

/** An ethnic, religious or regional group's name (names.json `groupNames`, read as NORP) holding token `t`. */
function groupNameAt(ctx: ActorContext, t: Token): Mention | undefined {
  const m = ctx.doc.mentions.find((x) => x.label === 'NORP' && x.span.start <= t.start && t.end <= x.span.end);
  return m && nameShapes().groupNames.has(m.text) ? m : undefined;
}

/** Endings that make a people's or a region's adjective of a region's name: "Tigray-an", "Darfur-i", "Amhara". */
const GROUP_NAME_ENDINGS = /(?:ans|an|is|i|s)$/;

/**
 * The region a group's name is made from, when it is a first-level division of one state (the
 * world gazetteer's or regions.json's): "Tigrayan" → Tigray (ETH), "Amhara" → Amhara (ETH). A
 * people spread over several states ("Kurdish") names none.
 */
function regionNamedBy(ctx: ActorContext, name: string): { code: string } | undefined {
  const { kb } = ctx;
  for (const stem of new Set([name, name.replace(GROUP_NAME_ENDINGS, '')])) {
    if (stem.length < 4) continue;
    const hit = kb.match(stem, 0, stem.length).find((g) => g.start === 0 && g.end === stem.length);
    const regions = (hit?.refs ?? []).filter((r) => provinceOf(r, kb) !== undefined);
    const codes = new Set(regions.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size === 1) return { code: [...codes][0]! };
  }
  return undefined;
}

/** Sentences back a definite group noun looks for the mention it repeats. */
const ANTECEDENT_SENTENCES = 4;
const DEFINITE = new Set(['the', 'these', 'those']);

/**
 * The earlier mention a definite group noun repeats: "12 Ivorian soldiers … The soldiers were
 * arrested at Bamako airport" — the soldiers are Ivorian, not of the place the second sentence
 * names. The nearest coded actor of the last few sentences whose phrase ends in the same noun.
 */
function definiteAntecedent(ctx: ActorContext, hit: GroupNounHit): ActorMention | undefined {
  const tokens = ctx.doc.tokens;
  const first = firstTokenFrom(tokens, hit.span.start);
  if (first <= 0 || !DEFINITE.has(tokens[first - 1]!.normal)) return undefined;
  const noun = lastWord(ctx.doc.text.slice(hit.head.start, hit.head.end));
  // "Patrols of the Peruvian Army … (many sentences on) … Farmers near the border blame the Army": a capitalised noun after
  // "the" is the institution the story named in full, however far back (the nearest such name), not a force of the place its
  // sentence names.
  const institution = /^\p{Lu}/u.test(hit.head.text.split(/\s+/).pop() ?? '') && tokens[first - 1]!.normal === 'the';
  const earliest = institution ? 0 : ctx.doc.sentences[Math.max(0, hit.sentence.index - ANTECEDENT_SENTENCES)]!.span.start;
  let best: ActorMention | undefined;
  for (const a of ctx.actors) {
    // "Sudan's army … the army": a state read with its sector word keeps that word in its evidence.
    const named = lastWord(a.text) === noun || a.evidence.some((e) => e.start >= a.span.start && lastWord(e.text) === noun);
    if (a.code === null || a.span.end > hit.span.start || a.span.start < earliest || !named) continue;
    if (!best || a.span.start > best.span.start) best = a;
  }
  return best;
}

/** The possessive right before a hit's first word ("its", "their"), if any. */
function possessiveBefore(tokens: readonly Token[], hit: GroupNounHit): string | undefined {
  const first = firstTokenFrom(tokens, hit.span.start);
  return first > 0 && POSSESSIVE_OWNERS.has(tokens[first - 1]!.normal) ? tokens[first - 1]!.normal : undefined;
}

/**
 * "Israel said its jets struck …", "Kenya says its troops …": a group noun after "its" belongs to
 * the state, body or group that is a subject before it in its sentence (the nearest one with a
 * code; not a person, who is "his" or "her"). After "their" ("Rebels said their drones struck …",
 * "Israeli officials said their jets …") the owner is the nearest plural subject before it that
 * is a force or a state body (PLURAL_OWNER_SECTORS), with a code or not: rebels without a
 * country still make the drones rebels'.
 */
function possessiveOwner(ctx: ActorContext, hit: GroupNounHit): ActorMention | undefined {
  const tokens = ctx.doc.tokens;
  const first = firstTokenFrom(tokens, hit.span.start);
  const possessive = possessiveBefore(tokens, hit);
  if (!possessive) return undefined;
  const plural = possessive === 'their';
  let best: ActorMention | undefined;
  for (const a of ctx.actors) {
    if ((!plural && a.code === null) || a.span.end > tokens[first - 1]!.start || a.span.start < hit.sentence.span.start || a.actorKind === 'person') continue;
    // The owner is a subject: "Brazil refused to send police to Haiti and urged its citizens …" — Brazil's.
    const head = phraseHead(tokens, a);
    if (!/^nsubj/.test(head?.dep ?? '')) continue;
    if (plural && (!/^NNP?S$/.test(head?.tag ?? '') || !PLURAL_OWNER_SECTORS.has(a.sector ?? ''))) continue;
    if (!best || a.span.start > best.span.start) best = a;
  }
  return best ?? (plural ? undefined : ownerBeforeSentence(ctx, hit, first - 1));
}

/**
 * "a press attaché at the Chilean embassy", "two officials of the Dutch consulate": staff of a state's mission abroad
 * (group-nouns.json `missions`) are that state's officers, whatever state the mission stands in; the mission, coded with
 * its state, is their owner. Only a staff noun heading the group and the mission right after "at", "of" or "from" (and
 * "the"): "protesters at the embassy" only stand there.
 */
function missionOf(ctx: ActorContext, hit: GroupNounHit, lexicon: GroupNouns): ActorMention | undefined {
  const tokens = ctx.doc.tokens;
  if (!lexicon.missionStaff.has(lastWord(hit.head.text))) return undefined;
  let k = firstTokenFrom(tokens, hit.span.end);
  if (k < 0 || !['at', 'of', 'from'].includes(tokens[k]?.normal ?? '')) return undefined;
  k++;
  if (tokens[k]?.normal === 'the') k++;
  const start = tokens[k]?.start;
  if (start === undefined) return undefined;
  return ctx.actors.find((a) => a.span.start === start && a.code !== null && a.actorKind !== 'person' && a.span.end <= hit.sentence.span.end
    && lexicon.missionNouns.has(lastWord(ctx.doc.text.slice(a.span.start, a.span.end))));
}

/** Words that may stand inside a chain of "of" phrases before the body named in it: "of the so-called river patrol of the …". */
const OF_CHAIN_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'ADP']);

/**
 * "diplomats of the Embassy of Portugal", "gunners of the coastal artillery of the Greek navy": officers or forces of a
 * state's sector (group-nouns.json states) followed by "of" and the body they serve are that body's, whatever state
 * they stand in: the first coded actor of the "of" phrase (a mission may read as its head's office, a person) is their
 * owner, as a mission is its staff's (missionOf). Read along the noun phrase only (determiners, adjectives, nouns, "of", a hyphen),
 * at most ten words, stopping at a comma or a verb: "officials of the ministry said Peru …" names no owner of theirs.
 */
function bodyOwnerOf(ctx: ActorContext, hit: GroupNounHit, lexicon: GroupNouns): ActorMention | undefined {
  if (!lexicon.stateSectors.has(hit.noun.sector)) return undefined;
  const tokens = ctx.doc.tokens;
  const k = firstTokenFrom(tokens, hit.span.end);
  if (k < 0 || tokens[k]?.normal !== 'of') return undefined;
  for (let i = k + 1; i < tokens.length && i <= k + 10 && tokens[i]!.end <= hit.sentence.span.end; i++) {
    const t = tokens[i]!;
    // A word joined by a hyphen is part of a modifier ("so-called", "Saudi-led"), whatever its part of speech.
    const hyphened = tokens[i - 1]?.text === '-' || tokens[i + 1]?.text === '-';
    if (!hyphened && (!OF_CHAIN_POS.has(t.pos) || (t.pos === 'PUNCT' && t.text !== '-') || (t.pos === 'ADP' && t.normal !== 'of'))) return undefined;
    const owner = ctx.actors.find((a) => a.span.start <= t.start && t.end <= a.span.end);
    if (!owner) continue;
    return owner.code !== null ? owner : undefined;
  }
  return undefined;
}

/**
 * "Ecuador declared a state of emergency. Its troops sealed the border …": "its" opening a
 * sentence (no party named before it there) stands for the subject of the sentence before, when
 * that subject is a coded state, body or group (not a person, who would be "his" or "her").
 */
function ownerBeforeSentence(ctx: ActorContext, hit: GroupNounHit, possessive: number): ActorMention | undefined {
  const tokens = ctx.doc.tokens;
  const sentence = hit.sentence;
  if (ctx.actors.some((a) => a.span.start >= sentence.span.start && a.span.end <= tokens[possessive]!.start)) return undefined;
  const previous = ctx.doc.sentences[sentence.index - 1];
  if (!previous) return undefined;
  // Only when the sentence before names one state or body: "Russian missiles struck Ukraine's grid. Its air
  // force said …" could be either's.
  const owners = ctx.actors.filter((a) => Span.contains(previous.span, a.span) && a.code !== null && a.actorKind !== 'person');
  if (new Set(owners.map((a) => a.code)).size !== 1) return undefined;
  return owners.find((a) => /^nsubj/.test(phraseHead(tokens, a)?.dep ?? '') && tokens[phraseHead(tokens, a)!.head ?? -1]?.dep === 'root');
}

const lastWord = (text: string) => (text.toLowerCase().split(/\s+/).pop() ?? '');

/**
 * "near the border with Mexico": a state named as the far side of a border is a place, nobody's force (the nouns of a
 * frontier are names.json frontierNouns, the one list the entities stage reads "the Nigerien border" by).
 */
let borderWith: RegExp | undefined;
const BORDER_WITH = () => borderWith ??= new RegExp(String.raw`\b(?:${[...nameShapes().frontierNouns].join('|')})\s+with\s+$`, 'i');

/**
 * Whether the sentence names a state other than `code` ("US forces", "Russia"). With `owners` (the state sectors),
 * used when the sentence's own place gave the code, only a state that could own a state's force or office counts:
 * the state itself or one of its bodies, not its people ("arrested three Mexican nationals at a checkpoint in
 * Malacatán": civilians own no soldiers) nor the far side of a border ("near the border with Mexico"). A code from
 * the article's places alone stays open beside any other state ("Soldiers detained two Russian smugglers").
 */
function otherStateInSentence(ctx: ActorContext, sentence: Sentence, code: string, owners: ReadonlySet<string> | null): boolean {
  // A person's state guessed from the context alone ("the buyer, Jan Novak" given the story's state) is no
  // state the sentence names: it cannot outweigh the place the text gives ("a magistrate in Linz").
  return ctx.actors.some((a) => a.code !== null && a.code !== code && ctx.kb.countries.has(a.code) && Span.contains(sentence.span, a.span) && !CONTEXT_GUESS_VIA.has(a.via)
    && (!owners || ((a.sector === null || owners.has(a.sector)) && !BORDER_WITH().test(ctx.doc.text.slice(Math.max(0, a.span.start - 24), a.span.start)))));
}
