import type { ActorMention, ArticleDoc, DatedCode, Sentence, Token } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { actorCodesOn, type ActorEntry } from './petrarch/actors.js';
import type { AgentEntry } from './petrarch/agents.js';
import type { PetrarchDictionaries } from './petrarch.js';
import { buildPhraseIndex, longestAt, type PhraseIndex } from './phrase-index.js';
import { readResource, type ResourceHeader } from '../kb/resource.js';
import { nameShapes } from '../kb/names.js';
import { NOT_STATES } from '../kb/sectors.js';
import { bindDefiniteReferences } from '../stages/actors/17-definite-groups.js';
import { codeConjoinedCounterparts } from '../stages/actors/07-resolve-collectives.js';
import { loadKb } from '../kb/index.js';
import { isLocalNameWord } from '../stages/actors/13-disambiguate-places.js';

const STAGE = 'dictionary-actors';
// 3: a person's entry without a sector in its open last range takes the office the text gives ("President John Mahama").
// 4: no actor inside the name of a treaty, format or club (names.json nameOfHeads).
// 5: no state actor for an adjective in a phrase of place before its edge or ground ("near the Libyan border";
//    names.json frontierNouns, frontierPrepositions).
// 6: a name opening with a particle in lower case glued to its capitalised word ("al-Shabab", "el-Sisi") is looked up
//    though the dictionary reads only capitalised names.
// 7: definite references ("the militants", "the group") are bound again over the dictionary's actors, which name armed
//    groups the actors stage does not know ("al-Shabaab … The group claimed responsibility"; actors/17-definite-groups.ts).
// 8: a match naming the owner before a noun the actors stage coded from a place after it replaces that guess
//    ("al-Shabaab militants in Lamu" is SOM, not KEN from Lamu).
// 9: 8 only for a match with a code of its own (a name), not agents chained before the noun.
// 10: no state for its name or adjective at the end of a person's name ("Volker Turk").
// 11: nor at its start ("Jordan Mwale"); no state for a town or region after a preposition of place ("the embassy in Quito").
// 12: a town or region after a preposition of place is a party again: "fired shells at Seoul", "arrived in Gondor" name the
//     target (the PETRARCH unit tests fell from 86.3% to 82.7% exact with 11's rule).
// 13 (h33d): no state for its name or demonym read as a word of a local site's or division's name ("Baghdad Street"
//     in a story set in Damascus, "the Somali region" in an Ethiopian one; actors 13-disambiguate-places.ts).
// 14 (h40b): a person whose dated codes all ended before the mention's date keeps the last one's state (formerStates).
// 15 (h40c): a person with no state named together with a person of one of the two states its passage names is the
//     other state's counterpart ("Presidents <A> and <B> spoke by telephone", only B known; actors/07-resolve-collectives.ts
//     codeConjoinedCounterparts): the act had one state for its two sides.
const VERSION = 15;

export interface DictionaryActorsOptions {
  /**
   * 'override' (default): dictionary matches replace the built-in actors they overlap and the
   * rest are kept. 'only': the built-in actors are dropped, as in a PETRARCH run where only the
   * user's dictionaries code actors. 'fill': the built-in actors win; a match is kept only where
   * it overlaps none of them, or only weak ones (no code, a group noun, a guess from the sentence
   * or article): the field's dictionaries under Chronicle's own knowledge.
   */
  readonly mode?: 'override' | 'only' | 'fill';
  /**
   * The date that picks a dated code: 'published' (default), or 'sentence' — the nearest date
   * expression of the mention's sentence, else the publication date ("Obama, then president, in
   * 2014" in a 2020 article is USA GOV).
   */
  readonly date?: 'published' | 'sentence';
  /** Only names written with a capital letter: in a large general dictionary "turkey" or "chad" is mostly a word. */
  readonly properNames?: boolean;
  /** Code an agent standing alone ("a senior official" → sector GOV, no code); default true. */
  readonly agentsAlone?: boolean;
  /** One sector per actor, the head noun's ("Afghan army soldiers" → MIL), for dictionaries in PLOVER codes. */
  readonly singleSector?: boolean;
  /**
   * The actors' phrase index, built elsewhere (the Phoenix actors' reader over shared memory):
   * used instead of indexing `dict.actors.entries`, which may then be empty.
   */
  readonly actorIndex?: PhraseIndex<ActorEntry>;
  /**
   * A person whose dated codes have all run out by the mention's date keeps the state of the last one, with no sector
   * (`formerState`): the dictionary knew the office, not that the person left the country. PETRARCH's own reading
   * gives no code.
   */
  readonly formerStates?: boolean;
}

/** Words between an actor and its agent that keep them one noun phrase ("Gondor's new mayor", "Arnor's foreign minister"). */
const LINKS_BEFORE_AGENT = new Set(["'s", "'", 'first', 'new', 'former', 'senior', 'top', 'chief', 'deputy', 'main', 'own']);
/** "Lawmakers in Fornost", "the ambassadors of Arnor", "Soldiers from Gondor". */
const AGENT_PREPOSITIONS = new Set(['of', 'in', 'from']);
/** Words that coordinate agents or adjectives: "Lawmakers and officials", "media and government". */
const COORDINATORS = new Set(['and', ',']);

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly actor?: ActorEntry;
  readonly agent?: AgentEntry;
}

/**
 * Codes actors from a user's PETRARCH actor and agent dictionaries.
 *
 * Phrases are matched longest first over each sentence's tokens. An agent next to an actor gives
 * that actor's code with the agent's sector: "Arnor police" → ARN + COP, "Soldiers from Rohan"
 * → ROH + MIL, "Dagolath's Deputy Minister Hallas" → DAG + GOV (a following name of
 * the same actor joins the mention). A prefix agent (`[NGO~]`) goes before the code: "MSF Arnor"
 * → NGO + ARN. An agent alone gives code null and its sector ("a senior official" → sector GOV).
 *
 * Codes are CAMEO-style strings: the first three letters become `code`, the rest `sector`
 * ("PSEREBHMS" → PSE + REBHMS); an agent code already in the actor's code is not repeated
 * ("Washington security officials" stays USAGOV). Date-restricted codes use the publication date.
 */
export function dictionaryActors(dict: PetrarchDictionaries, options: DictionaryActorsOptions = {}): Stage {
  const actorIndex = options.actorIndex ?? buildPhraseIndex(dict.actors.entries.flatMap((entry) => entry.names.map((words) => ({ words, value: entry }))));
  const agentIndex = buildPhraseIndex(dict.agents.entries.flatMap((entry) => entry.names.map((words) => ({ words, value: entry }))));
  const origin = { stage: `${STAGE}@${VERSION}`, resource: dict.version };
  return {
    name: STAGE,
    version: VERSION,
    requires: ['sentences', 'tokens', 'actors'],
    assigns: ['actors'],
    run(doc) {
      let found: ActorMention[] = [];
      for (const sentence of doc.sentences) {
        const hits = findHits(doc.tokens, sentence.tokenStart, sentence.tokenEnd, actorIndex, agentIndex, options.properNames ?? false);
        found.push(...combine(doc, sentence, hits, origin, options));
      }
      // A group named after a date ("17 November") is read only where the text does not tell a date:
      // "came under fire on 21 June" is a day, not a Greek guerrilla group.
      found = found.filter((f) => !(doc.times ?? []).some((t) => t.span.start <= f.span.start && f.span.end <= t.span.end));
      // A place inside the name of a treaty, format or club ("Geneva Conventions", "Minsk agreements",
      // "Paris Club") names the document or forum, not a party to what is done with it.
      const documents = namedDocuments(doc);
      found = found.filter((f) => !documents.some((d) => d.start <= f.span.start && f.span.end <= d.end));
      // A state's name or adjective that ends a person's name ("Volker Turk", "Judith French") names the person, not the state;
      // so does a state's or capital's name that opens one, a given name before a surname ("Jordan Mwale", "Sofia Lindqvist").
      const people = doc.mentions.filter((m) => m.label === 'PERSON' && /\s/.test(m.text));
      found = found.filter((f) => f.actorKind !== 'country' || !people.some((m) => m.span.start <= f.span.start && f.span.end <= m.span.end && !(m.span.start === f.span.start && m.span.end === f.span.end)));
      // A state's name or demonym the actors stage read as a word of a local site's or division's name ("Baghdad
      // Street", "the Somali region" where the story names neither state) names no state here either.
      // Its office ("the Somali regional police") keeps its sector, with no state.
      found = found.filter((f) => !isLocalNameWord(doc, f.span))
        .map((f) => (isLocalNameWord(doc, { start: f.span.start, end: f.span.start + 1 }) ? { ...f, code: null } : f));
      const overlap = (a: ActorMention, b: ActorMention) => a.span.start < b.span.end && b.span.start < a.span.end;
      if (options.mode === 'fill') {
        found = found.filter((f) => doc.actors.every((a) => !overlap(a, f) || weak(a) || ownerBeforePlacedNoun(a, f)));
        found = found.map((f) => withTitleSector(f, doc.actors.find((a) => overlap(a, f) && a.actorKind === 'person' && a.sector !== null)));
      }
      const kept = options.mode === 'only' ? [] : doc.actors.filter((a) => !found.some((f) => overlap(f, a)));
      const actors = [...kept, ...found];
      bindDefiniteReferences(doc, actors, origin);
      const { countries } = loadKb();
      codeConjoinedCounterparts(doc, actors, (code) => countries.has(code));
      doc.actors = actors
        .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
        .map((a, i) => ({ ...a, id: `a${i}` }));
    },
  };
}

/**
 * A person's entry whose codes end in a range open to the present without a sector is the
 * dictionary not knowing what the person did after its last update (Phoenix has "John Mahama":
 * GHA GOV 2009–2015, then GHA alone from 2015). The office the text gives ("President John
 * Mahama", the built-in actor it replaces) fills that sector: the text's word on the person now.
 * A sector the entry does give, or a closed range, stays as the dictionary has it.
 */
function withTitleSector(found: ActorMention, titled: ActorMention | undefined): ActorMention {
  if (!titled || found.actorKind !== 'person' || found.code === null) return found;
  const sector = titled.sector!;
  const openTail = (c: DatedCode) => c.to === null && c.sector === null && c.code === found.code;
  if (found.dated && !found.dated.some(openTail)) return found;
  const dated = found.dated?.map((c) => (openTail(c) ? { ...c, sector } : c));
  // Undated, or the mention's date falls in the open tail: its sector is null now and the title fills it.
  return { ...found, sector: found.sector ?? sector, ...(dated ? { dated } : {}) };
}

/**
 * Built-in actors a 'fill' dictionary may replace: no code, a group noun, or a code guessed from
 * the sentence or article — never a user's entry, whatever it says.
 */
function weak(actor: ActorMention): boolean {
  if (actor.via === 'user-dictionary') return false;
  return actor.code === null || actor.via.startsWith('group-noun') || actor.via === 'sentence-country' || actor.via === 'article-country';
}

/**
 * "al-Shabaab militants in Lamu": the built-in actor read "militants in Lamu" as Kenya's from the place after the noun
 * (a guess, via sector-in-place), while the dictionary names the noun's own owner before it. A match that starts before
 * such an actor and overlaps it tells whose the noun is; the place after it only where they were.
 */
function ownerBeforePlacedNoun(actor: ActorMention, found: ActorMention): boolean {
  // A named actor of one code: agents chained before the noun ("paramilitary fighters in Darfur") name no owner.
  const named = found.code !== null && (found.members?.length ?? 0) === 0;
  return named && actor.via === 'sector-in-place' && found.span.start < actor.span.start && found.span.end > actor.span.start;
}

/** Left to right, the longer of the actor and agent phrases at each token (an actor on a tie). */
function findHits(tokens: readonly Token[], start: number, end: number, actors: PhraseIndex<ActorEntry>, agents: PhraseIndex<AgentEntry>, properNames: boolean): Hit[] {
  const hits: Hit[] = [];
  const nameParticles = nameShapes().nameParticles;
  for (let i = start; i < end;) {
    // "al-Shabab", "el-Sisi": a name may open with a particle in lower case glued to its capitalised word.
    const particle = i + 2 < end && nameParticles.has(tokens[i]!.normal) && tokens[i + 1]!.text === '-' && tokens[i + 1]!.start === tokens[i]!.end
      && tokens[i + 2]!.start === tokens[i + 1]!.end && /^\p{Lu}/u.test(tokens[i + 2]!.text);
    let actor = properNames && !/^[A-Z0-9]/.test(tokens[i]!.text) && !particle ? null : longestAt(actors, tokens, i, end);
    // A person's entry that is only part of a longer name is someone else: "Hassan" (a king) in "Ali Hassan".
    // A title matched just before ("President", "King") is no part of the name.
    const afterTitle = hits.length > 0 && hits[hits.length - 1]!.end === i;
    if (actor && actor.value.actorKind === 'person' && ((!afterTitle && partOfName(tokens, i - 1, start, end)) || partOfName(tokens, i + actor.length, start, end))) actor = null;
    const agent = longestAt(agents, tokens, i, end);
    if (actor && (!agent || actor.length >= agent.length)) {
      hits.push({ start: i, end: i + actor.length, actor: actor.value });
      i += actor.length;
    } else if (agent) {
      hits.push({ start: i, end: i + agent.length, agent: agent.value });
      i += agent.length;
    } else {
      i++;
    }
  }
  return hits;
}

/** Courtesy titles ("Mr Erdogan", "Dr. Ali"), from the knowledge base's office file: no part of the name they precede. */
let courtesy: ReadonlySet<string> | undefined;
const courtesyTitles = (): ReadonlySet<string> => (courtesy ??= new Set(readResource<ResourceHeader & { courtesy: string[] }>('offices.json').courtesy));

/**
 * Whether token `k` (inside [start, end)) is a capitalised proper noun that continues a name. An
 * abbreviation ("Mr.", "Gen.", the initial of "George W. Bush") does not make another person.
 */
function partOfName(tokens: readonly Token[], k: number, start: number, end: number): boolean {
  const t = tokens[k];
  return k >= start && k < end && t !== undefined && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !t.text.endsWith('.') && !courtesyTitles().has(t.normal);
}

/** Tokens strictly between two hits, all of them in `allowed` (at most `max`). */
function linkedBy(tokens: readonly Token[], from: number, to: number, allowed: (t: Token, k: number) => boolean, max: number): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) if (!allowed(tokens[k]!, k)) return false;
  return true;
}

function combine(doc: ArticleDoc, sentence: Sentence, hits: readonly Hit[], origin: { stage: string; resource: string }, options: DictionaryActorsOptions): ActorMention[] {
  const tokens = doc.tokens;
  const out: ActorMention[] = [];
  const used = new Set<number>();
  const published = doc.source.publishedAt ?? null;
  const plainLink = (t: Token) => LINKS_BEFORE_AGENT.has(t.normal) || t.pos === 'ADJ';

  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (used.has(h) || !hit.actor) continue;
    // "near the Libyan border", "in Greek waters": a state's edge or ground is a place, no party.
    if (hits[h + 1]?.start !== hit.end && nameShapes().isFrontierPlace(tokens, hit.start, hit.end)) continue;
    used.add(h);
    const date = options.date === 'sentence' ? sentenceDate(doc, sentence, tokens[hit.start]!) ?? published : published;
    const found = actorCodesOn(hit.actor, date);
    const codes = found.length === 0 && options.formerStates ? formerState(hit.actor, date) : found;
    let first = hit.start;
    let last = hit.end;
    let prefix = '';
    let suffix = '';
    const evidence = [textSpan(doc, hit.start, hit.end)];
    // A prefix agent right before: "MSF Arnor".
    const before = hits[h - 1];
    if (before?.agent?.position === 'prefix' && !used.has(h - 1) && before.end === hit.start) {
      prefix = before.agent.code;
      first = before.start;
      used.add(h - 1);
      evidence.push(textSpan(doc, before.start, before.end));
    }
    let suffixes: string[] = [];
    // A suffix agent after, in the same noun phrase: "Arnor police", "Gondor's main opposition group".
    const after = hits[h + 1];
    if (after?.agent?.position === 'suffix' && linkedBy(tokens, hit.end, after.start, (t, k) => plainLink(t) || coordinatedAdjective(tokens, k), 4)) {
      // Agents in a row stack ("Danish Islamist media" → MUS + MED); agents coordinated with the
      // last one share the rest ("Danish media and government" → DNKMED and DNKGOV).
      const chain = [agentCode(tokens, after, hit.start)];
      let j = h + 2;
      let end = after.end;
      while (hits[j]?.agent?.position === 'suffix' && linkedBy(tokens, end, hits[j]!.start, plainLink, 2)) {
        chain.push(agentCode(tokens, hits[j]!, hit.start));
        end = hits[j]!.end; used.add(j); j++;
      }
      const alternatives = [chain[chain.length - 1]!];
      while (hits[j]?.agent?.position === 'suffix' && linkedBy(tokens, end, hits[j]!.start, (t) => COORDINATORS.has(t.normal), 2)) {
        alternatives.push(agentCode(tokens, hits[j]!, hits[j]!.start));
        evidence.push(textSpan(doc, hits[j]!.start, hits[j]!.end));
        end = hits[j]!.end; used.add(j); j++;
      }
      suffixes = alternatives.map((a) => [...chain.slice(0, -1), a].join(''));
      last = end;
      used.add(h + 1);
      evidence.push(textSpan(doc, after.start, after.end));
      // A name of the same actor right after its title: "Bree Governor Anborn".
      const name = hits[h + 2];
      if (chain.length === 1 && alternatives.length === 1 && name?.actor && name.start === after.end && sameCodes(actorCodesOn(name.actor, date), codes)) {
        last = name.end;
        used.add(h + 2);
      }
    } else {
      // An agent before, linked by of/in/from: "Lawmakers in Fornost and Gondor", "ambassadors of Arnor, Osgiliath and Gondor".
      const agent = agentGoverning(tokens, hits, h);
      if (agent) {
        suffixes = agent.codes;
        for (const k of agent.hits) used.add(k);
        evidence.push(textSpan(doc, agent.start, agent.end));
        // The first actor of the phrase takes the agent into its span, so that "Soldiers from Gondor"
        // stands where the subject stands; coordinated ones keep their own ("…, Osgiliath and Gondor").
        if (agent.first) first = agent.start;
      }
    }
    // One sector: a named group or office keeps its own ("Al Shabaab militants" stays REB); a state takes its agent's.
    if (options.singleSector) suffixes = codes.some((c) => c.length > 3) ? [''] : suffixes.map((suffix) => suffix.slice(-3));
    out.push(makeActor(doc, first, last, codes, prefix, suffixes.length > 0 ? suffixes : [''], hit.actor, evidence, entryOrigin(origin, hit.actor), options.singleSector ?? false));
  }
  if (options.agentsAlone === false) return out;
  // Agents alone: "a senior official said", "Russian police arrested students".
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (used.has(h) || !hit.agent) continue;
    if (agentOfLaterActor(tokens, hits, h)) continue;
    const span = { start: tokens[hit.start]!.start, end: tokens[hit.end - 1]!.end };
    out.push({
      kind: 'actor', id: '', span, text: doc.text.slice(span.start, span.end), code: null,
      sector: hit.agent.position === 'suffix' ? agentCode(tokens, hit, hit.start) : null, actorKind: 'group', name: doc.text.slice(span.start, span.end),
      via: 'dictionary', evidence: [textSpan(doc, hit.start, hit.end)], origin,
    });
  }
  return out;
}

/**
 * The agents that an actor depends on through of/in/from, looking back over a coordination of
 * actors ("in Fornost and Gondor") and of agents ("Lawmakers and officials in Fornost": LEG and GOV).
 */
function agentGoverning(tokens: readonly Token[], hits: readonly Hit[], h: number): { codes: string[]; hits: number[]; start: number; end: number; first: boolean } | null {
  let k = h;
  // Walk back over coordinated actors: "Arnor, Osgiliath and Gondor".
  while (k > 0 && hits[k - 1]!.actor && linkedBy(tokens, hits[k - 1]!.end, hits[k]!.start, (t) => t.text === ',' || t.normal === 'and', 2)) k--;
  const agent = hits[k - 1];
  if (!agent?.agent || agent.agent.position !== 'suffix') return null;
  const between = [...Array(hits[k]!.start - agent.end).keys()].map((j) => tokens[agent.end + j]!);
  if (between.length === 0 || between.length > 2 || !AGENT_PREPOSITIONS.has(between[0]!.normal)) return null;
  if (between.length === 2 && between[1]!.normal !== 'the') return null;
  const codes = [agentCode(tokens, agent, agent.start)];
  const used = [k - 1];
  let a = k - 1;
  while (hits[a - 1]?.agent?.position === 'suffix' && linkedBy(tokens, hits[a - 1]!.end, hits[a]!.start, (t) => COORDINATORS.has(t.normal), 2)) {
    a--;
    codes.unshift(agentCode(tokens, hits[a]!, hits[a]!.start));
    used.push(a);
  }
  return { codes, hits: used, start: hits[a]!.start, end: agent.end, first: k === h };
}

/** "and" or a comma between two adjectives of one noun phrase: "Rohan's old and weary steward". */
function coordinatedAdjective(tokens: readonly Token[], k: number): boolean {
  return COORDINATORS.has(tokens[k]!.normal) && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ';
}

/**
 * An agent's code, or ELI when "former" stands before it in its noun phrase (from `phraseStart`,
 * the phrase's first word, to the agent): "Arnor former border guards", "former Gondor
 * prosecutors" → ELI, CAMEO's sector for former officials and other elites.
 */
function agentCode(tokens: readonly Token[], hit: Hit, phraseStart: number): string {
  const code = hit.agent!.code;
  for (let k = Math.min(phraseStart, hit.start) - 1; k < hit.start; k++) {
    if (k >= 0 && tokens[k]!.normal === 'former') return code.endsWith('ELI') ? code : 'ELI';
  }
  return code;
}

/** Whether agent hit `h` is the head of an "agent of/in/from actor" phrase (then the actor carries it). */
function agentOfLaterActor(tokens: readonly Token[], hits: readonly Hit[], h: number): boolean {
  const next = hits[h + 1];
  if (!next?.actor) return false;
  return agentGoverning(tokens, hits, h + 1) !== null;
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

function textSpan(doc: ArticleDoc, first: number, end: number) {
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[end - 1]!.end;
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

/** Joins prefix + actor code + agent code, dropping an agent code the actor already has ("USAGOV" + GOV). */
export function composeCode(prefix: string, actor: string, suffix: string): string {
  const blocks: string[] = actor.match(/.{1,3}/g) ?? [];
  const withSuffix = suffix && !blocks.includes(suffix) && !actor.endsWith(suffix) ? actor + suffix : actor;
  return prefix && !actor.startsWith(prefix) ? prefix + withSuffix : withSuffix;
}

/** "ARNGOVFRM" → {code: 'ARN', sector: 'GOVFRM'}; "ARN" → {code: 'ARN', sector: null}; "---REB" → {code: null, sector: 'REB'}. */
export function splitCode(composed: string): { code: string | null; sector: string | null } {
  const code = composed.slice(0, 3);
  return { code: code === '---' ? null : code, sector: composed.length > 3 ? composed.slice(3) : null };
}

/** The stage's origin, with the entry's place in its file when the dictionary records it (`phoenix@676801c#C51057`). */
function entryOrigin(origin: { stage: string; resource: string }, entry: ActorEntry): { stage: string; resource: string } {
  return entry.source ? { stage: origin.stage, resource: `${origin.resource}#${entry.source}` } : origin;
}

/**
 * The date of a mention's sentence: the nearest date expression in it that names a day, month or
 * year (a year reads as its middle, 1 July; a month as its 15th), or null.
 */
export function sentenceDate(doc: ArticleDoc, sentence: Sentence, at: Token): string | null {
  let best: { day: string; distance: number } | null = null;
  for (const time of doc.times) {
    if (time.span.start < sentence.span.start || time.span.end > sentence.span.end || time.type === 'duration') continue;
    const day = time.precision === 'day' ? time.value : time.precision === 'month' ? `${time.value}-15` : time.precision === 'year' ? `${time.value}-07-01` : null;
    if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const distance = Math.abs(time.span.start - at.start);
    if (!best || distance < best.distance) best = { day, distance };
  }
  return best?.day ?? null;
}

/**
 * The state of a person's last office when every dated code of the entry ended before `date`: Phoenix has a speaker of
 * a parliament as a state's government until her term ended, and a story years later about her still names a
 * citizen of that state. Only a state (no international body's officer, who holds no state once out of office), and
 * only ranges that ended: a person whose first office lies after the date is no one yet to the dictionary.
 */
function formerState(entry: ActorEntry, date: string | null): string[] {
  const day = date?.slice(0, 10);
  if (!day || entry.actorKind !== 'person' || entry.codes.some((c) => c.to === null || c.to >= day)) return [];
  const last = entry.codes.filter((c) => c.codes.length === 1).sort((a, b) => b.to!.localeCompare(a.to!))[0];
  const state = last ? splitCode(last.codes[0]!).code : null;
  return state && !NOT_STATES.has(state) ? [state] : [];
}

/** All codes of an entry with dates, composed as the mention's own code is ("USAGOV" with agent "COP" → USA COP). */
function datedCodes(entry: ActorEntry, prefix: string, suffix: string, singleSector: boolean): DatedCode[] | undefined {
  if (entry.codes.every((c) => c.from === null && c.to === null)) return undefined;
  return entry.codes.map((c) => {
    const composed = c.codes.length === 1 ? composeCode(prefix, c.codes[0]!, suffix) : null;
    const split = composed ? splitCode(singleSector && composed.length > 6 ? composed.slice(0, 3) + composed.slice(-3) : composed) : { code: null, sector: null };
    return { code: split.code, sector: split.sector, from: c.from, to: c.to };
  });
}

function makeActor(doc: ArticleDoc, first: number, end: number, codes: readonly string[], prefix: string, suffixes: readonly string[],
  entry: ActorEntry, evidence: ActorMention['evidence'], origin: { stage: string; resource: string }, singleSector: boolean): ActorMention {
  const span = { start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end };
  const text = doc.text.slice(span.start, span.end);
  const name = entry.names[0]!.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  const dated = suffixes.length === 1 ? datedCodes(entry, prefix, suffixes[0]!, singleSector) : undefined;
  const base = { kind: 'actor' as const, id: '', span, text, name, via: 'dictionary', evidence, origin, ...(dated ? { dated } : {}) };
  if (codes.length === 0) return { ...base, code: null, sector: suffixes[0] || null, actorKind: entry.actorKind ?? 'group' };
  if (codes.length > 1 || suffixes.length > 1) {
    // "[ELR/GAL]", "Danish media and government": the phrase names several actors; events expand
    // `members` into one party each.
    const members = [...new Set(codes.flatMap((c) => suffixes.map((suffix) => composeCode(prefix, c, suffix))))];
    return { ...base, code: null, sector: null, actorKind: 'group', members };
  }
  const composed = composeCode(prefix, codes[0]!, suffixes[0]!);
  // "USAGOV" with the agent "COP": PLOVER gives one sector, the head noun's.
  const { code, sector } = splitCode(singleSector && composed.length > 6 ? composed.slice(0, 3) + composed.slice(-3) : composed);
  const actorKind = entry.actorKind ?? (sector === null ? 'country' : 'organization');
  // Written out rather than spread from `base` (the common case, and spreading an object of two
  // shapes is slow): the same properties in the same order.
  return dated
    ? { kind: 'actor', id: '', span, text, name, via: 'dictionary', evidence, origin, dated, code, sector, actorKind }
    : { kind: 'actor', id: '', span, text, name, via: 'dictionary', evidence, origin, code, sector, actorKind };
}

/** Spans of named mentions headed by a treaty, format or forum word (names.json nameOfHeads): "Geneva Conventions". */
function namedDocuments(doc: ArticleDoc): { start: number; end: number }[] {
  const heads = nameShapes().nameOfHeads;
  return doc.mentions
    .filter((m) => /\s/.test(m.text) && heads.has(m.text.split(/\s+/).at(-1)!.toLowerCase()))
    .map((m) => m.span);
}
