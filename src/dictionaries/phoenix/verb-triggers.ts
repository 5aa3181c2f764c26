import type { ArticleDoc, Token } from '../../core/document.js';
import type { PloverType, TriggerRule } from '../../stages/events/triggers.js';
import { quadClass } from '../../store/plover.js';
import { compileVerbPatterns, indexPatterns, inflections, matchPatternAt, patternsThatMayMatch, verbMatches, type CompiledPattern, type IndexedPatterns } from '../verb-patterns.js';
import type { VerbDictionary, VerbGroup } from '../petrarch/verbs.js';
import { phoenixVerbs } from './load.js';
import { syntaxOf } from '../../syntax/relations.js';

/** A trigger found by a fallback source: the rule and one past the last token it covers. */
export interface FallbackTrigger {
  readonly rule: TriggerRule;
  readonly end: number;
}

interface VerbIndex {
  /** Every written form of a verb (its spellings' head words and their regular inflections) → the groups that list it. */
  readonly byForm: ReadonlyMap<string, readonly VerbGroup[]>;
  /** Whether a group has a pattern of a material type (see MATERIAL_QUADS), found the first time one of its verbs is met. */
  readonly material: Map<VerbGroup, boolean>;
  readonly dict: VerbDictionary & { readonly version: string };
  /** The patterns a verb token can match, by its normal form, then its lemma (see `candidatesOf`). */
  readonly byToken: Map<string, Map<string, IndexedPatterns>>;
}

let index: VerbIndex | undefined;

function verbIndex(): VerbIndex {
  if (index) return index;
  const dict = phoenixVerbs();
  const byForm = new Map<string, VerbGroup[]>();
  for (const group of dict.groups) {
    for (const verb of group.verbs) {
      for (const spelling of verb.spellings) {
        const head = spelling.words[spelling.head]!;
        for (const form of inflections(head)) {
          const list = byForm.get(form) ?? [];
          if (!list.includes(group)) list.push(group);
          byForm.set(form, list);
        }
      }
    }
  }
  index = { byForm, material: new Map(), dict, byToken: new Map() };
  return index;
}

/**
 * Whether a group has a pattern that codes a material type. Its patterns are compiled to tell
 * (about 400 groups, 80,000 patterns in all) and then dropped: kept, every group met would hold
 * its compiled patterns for good, up to 68 MB of heap in each coding thread (docs/benchmarks.md,
 * "Young generation, Phoenix verbs, word clusters"), when a verb token needs only those of its
 * own spellings.
 */
function hasMaterialPattern(ix: VerbIndex, group: VerbGroup): boolean {
  let material = ix.material.get(group);
  if (material === undefined) {
    material = compileVerbPatterns({ groups: [group], synsets: ix.dict.synsets, diagnostics: [] }).patterns
      .some((p) => p.plover !== null && MATERIAL_QUADS.has(quadClass(p.plover.event) ?? 0));
    ix.material.set(group, material);
  }
  return material;
}

/**
 * A group's patterns whose own verb word the token is (`verbMatches`, the test `matchPatternAt`
 * starts with): the group compiled with only the spellings the token can be. `compileVerbPatterns`
 * makes each verb's patterns spelling by spelling and sorts them stably, so these come in the
 * order they have among all the group's patterns.
 */
function patternsForToken(ix: VerbIndex, group: VerbGroup, token: Token): readonly CompiledPattern[] {
  const verbs = group.verbs.flatMap((verb) => {
    const spellings = verb.spellings.filter((spelling) => verbMatches(spelling.words[spelling.head]!, token));
    return spellings.length > 0 ? [{ ...verb, spellings }] : [];
  });
  if (verbs.length === 0) return [];
  return compileVerbPatterns({ groups: [{ ...group, verbs }], synsets: ix.dict.synsets, diagnostics: [] }).patterns;
}

/**
 * The patterns worth trying on a verb token, in the order PETRARCH tries them: those of its
 * form's groups whose own verb word the token is, more words first across the groups (a stable
 * sort, so file order among equals). A group lists many verbs ("say", "announce", "declare" …,
 * some 6,000 patterns) and a pattern of another verb can never match, so only the token's own are
 * compiled, once per distinct word. A form none of whose groups codes a material type can code
 * nothing here ("said", "urged"): nothing to try.
 */
function candidatesOf(ix: VerbIndex, token: Token): IndexedPatterns | null {
  const form = ix.byForm.has(token.normal) ? token.normal : token.lemma;
  const groups = ix.byForm.get(form);
  // A verb of no group (most verbs): nothing to try, and nothing kept for it.
  if (!groups) return null;
  let byLemma = ix.byToken.get(token.normal);
  if (!byLemma) ix.byToken.set(token.normal, (byLemma = new Map()));
  let candidates = byLemma.get(token.lemma);
  if (!candidates) {
    const material = groups.some((g) => hasMaterialPattern(ix, g));
    candidates = indexPatterns(material ? groups.flatMap((g) => patternsForToken(ix, g, token)).sort((a, b) => b.specificity - a.specificity) : []);
    byLemma.set(token.lemma, candidates);
  }
  return candidates;
}

/**
 * PLOVER quad classes the CAMEO verbs may code: material cooperation (2) and material conflict (4).
 * Verbal codes (AGREE, ACCUSE, REJECT, THREATEN …) sit in CAMEO on verbs of speech and thought
 * ("claimed", "considering", "expressed", "decided") that PETRARCH reads with a parse of who says
 * what about whom; without it they coded more wrong events than right ones on the development sets.
 */
const MATERIAL_QUADS: ReadonlySet<number> = new Set([2, 4]);

/**
 * Verb groups CAMEO files whole under 060 (material cooperation, not specified) whose verbs say how something is done
 * or changed (managing, increasing, improving, founding, linking, merging, allotting, enrolling), not that one party
 * helps another: alone they code nothing. The other 060 groups (AID: "assist", "serve"; GRANT: "provide", "donate";
 * TRADE) give or do something for someone. A closed list of the dictionary's group names, so it stays in code.
 */
const MANNER_GROUPS: ReadonlySet<string> = new Set(['OVERSEE_MANAGE', 'BOOST', 'FACILITATE', 'ENACT', 'LINK', 'MERGE', 'ALLOCATE', 'ENLIST']);

/** Whether the verb at `head` has a clausal complement opened by "that" within [start, limit), on the parse. */
function reportsClause(doc: ArticleDoc, head: number, start: number, limit: number): boolean {
  const syn = syntaxOf(doc);
  return syn.children(head).some((k) => k >= start && k < limit && syn.fullRelation(k) === 'ccomp'
    && syn.children(k).some((m) => m >= start && m < k && syn.fullRelation(m) === 'mark' && doc.tokens[m]!.normal === 'that'));
}

/** Whether a verb has no argument or complement of its own on the parse (no object, oblique or clause after it). */
function bareIntransitive(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  return !syn.children(head).some((c) => /^(obj|iobj|obl|xcomp|ccomp|advcl|compound:prt)/.test(syn.fullRelation(c)));
}

/**
 * Whether a giving verb names who is given to, on the parse: a second object or a "to"/"for"/"with" phrase ("issued
 * visas to the refugees", "gave Kenya two ships"). Without a parse it is taken as named.
 */
function namesReceiver(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return true;
  const syn = syntaxOf(doc);
  const marked = (k: number) => syn.children(k).some((c) => syn.fullRelation(c) === 'case' && ['to', 'for', 'with'].includes(doc.tokens[c]!.normal));
  // The parse may hang the "to" phrase on the thing given ("issued visas to 300 refugees").
  return syn.children(head).some((k) => {
    const rel = syn.fullRelation(k);
    return rel === 'iobj' || (rel.startsWith('obl') && marked(k))
      || (rel === 'obj' && syn.children(k).some((j) => j > k && syn.fullRelation(j).startsWith('nmod') && marked(j)));
  });
}

/**
 * Verb groups that say a state lasts ("remain", "endure", "survive"): CAMEO codes "military remain" as a show of force
 * (150), but troops that stay where they are ("about 800 foreign troops remain in the country") do nothing new. A closed
 * list of the dictionary's group names, as MANNER_GROUPS is.
 */
const STATE_GROUPS: ReadonlySet<string> = new Set(['ENDURE']);

/**
 * Verb groups whose bare verb says only that one took a hand in something, not what hand: CAMEO files "intervene",
 * "interfere", "step in" whole under aid (070), but a coalition that "intervened in 2015" went to war, elders who
 * "intervened" mediated, and one charged with "interfering with a peace officer" obstructed. The group's specific
 * patterns ("intervene militarily" 190, "intervene in the dispute" 045) still code; its catch-all codes nothing.
 * A closed list of the dictionary's group names, as MANNER_GROUPS is.
 */
const UNSAID_PART_GROUPS: ReadonlySet<string> = new Set(['INTERVENE']);

/**
 * Verb groups whose bare verb tells what someone keeps doing, not an act between parties: CAMEO files "guard",
 * "protect" under aid (074), but fighters "guarding a checkpoint" or troops "guarding the embassy" help no party (on
 * the training sets neither bare reading told an act the analysts coded). Their specific patterns still code. A closed
 * list of the dictionary's group names, as MANNER_GROUPS is.
 */
const NO_ACT_BARE_GROUPS: ReadonlySet<string> = new Set(['DEFEND']);

/**
 * Verb groups whose bare verb coerces only when a party does it: "soldiers forced the villagers to leave" is coercion,
 * but clashes that "forced schools to close", passengers "forced to wait" (a passive, no one named) or fans who
 * "forced their way past" (the object a manner) tell the result or the manner of an act told by its own verb. On the
 * training sets none of the six bare readings told an act the analysts coded.
 */
const PARTY_DOER_BARE_GROUPS: ReadonlySet<string> = new Set(['IMPEL']);

/**
 * Verb groups whose bare verb helps or pays only when a party does it (PLOVER AID and COOPERATE are acts between
 * parties): "Malawi helped Zambia rebuild the bridge" aids, but an act or a thing that "helped spark the feud", cheap credit
 * that "helped the ruling party win back provinces", "anyone found assisting smugglers" or "groups financed from abroad" (no doer
 * named) tell the cause or the kind of another act. A doer by a "by" phrase counts ("the school was financed by Japan").
 */
const PARTY_HELPER_BARE_GROUPS: ReadonlySet<string> = new Set(['AID', 'FINANCE']);

/** Whether the verb's active subject, on the parse, is covered by an actor the text names, and its object is no "way". */
function partySubject(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return true;
  const syn = syntaxOf(doc);
  if (syn.children(head).some((c) => syn.fullRelation(c) === 'obj' && doc.tokens[c]!.lemma === 'way')) return false;
  const subject = syn.subjectOf(head);
  if (!subject || syn.fullRelation(subject.token) === 'nsubj:pass') return false;
  return namedByActor(doc, subject.token);
}

/** Whether the token lies inside an actor the text names. */
function namedByActor(doc: ArticleDoc, token: number): boolean {
  const t = doc.tokens[token]!;
  return doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end);
}

/** Whether the verb's active subject is a pronoun that stands for people ("he would fund the clinic"), not for a thing ("it"). */
function personPronounSubject(doc: ArticleDoc, head: number): boolean {
  const syn = syntaxOf(doc);
  const subject = syn.subjectOf(head);
  return subject !== null && syn.fullRelation(subject.token) !== 'nsubj:pass' && PEOPLE_PRONOUNS.has(doc.tokens[subject.token]!.normal);
}
const PEOPLE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Whether a passive verb's "by" agent, on the parse, is covered by an actor the text names. */
function partyAgent(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return true;
  const agent = syntaxOf(doc).agentOf(head);
  return agent !== null && namedByActor(doc, agent);
}

/**
 * Whether token `k`, which a pattern of the verb at `head` matched, lies in a phrase the parse opens with "with" below the
 * verb (on `k` or on a noun it hangs from), a "with" the pattern did not match itself (`matched`). Needs the parse.
 */
function inWithPhrase(doc: ArticleDoc, head: number, k: number, matched: readonly (readonly [number, number])[]): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const inPattern = (c: number) => matched.some(([from, to]) => from <= c && c < to);
  for (let n = k, steps = 0; n >= 0 && n !== head && steps < 6; n = syn.head(n), steps++) {
    if (syn.children(n).some((c) => syn.relation(c) === 'case' && doc.tokens[c]!.normal === 'with' && !inPattern(c))) return true;
  }
  return false;
}

/**
 * The CAMEO verb dictionary (CAMEO.2.0.txt) as a trigger source for verbs Chronicle's own lexicon
 * does not know: the verb's most specific pattern that matches the sentence decides, and its CAMEO
 * code is read in PLOVER through the official table (resources/ontology/CAMEO2PLOVER-2021.txt).
 * A `[---]` pattern ("kill time"), a statement (CAMEO 01–02, no PLOVER type), a verbal type (see
 * MATERIAL_QUADS), a pattern whose words the lexicon codes itself, or no match codes nothing.
 * Roles are then read by the events stage as for any verb.
 */
export function phoenixVerbTrigger(doc: ArticleDoc, head: number, start: number, limit: number, known: (i: number) => boolean = () => false): FallbackTrigger | null {
  const token = doc.tokens[head]!;
  if (token.pos !== 'VERB') return null;

  const ix = verbIndex();
  const candidates = candidatesOf(ix, token);
  if (!candidates) return null;
  // "adding that two soldiers were wounded": a verb that reports a "that" clause is speech; the words of what it reports
  // ("soldiers") are no object of a material act.
  if (reportsClause(doc, head, start, limit)) return null;
  for (const pattern of patternsThatMayMatch(candidates, doc.tokens, start, limit)) {
    const match = matchPatternAt(pattern, doc.tokens, head, start, limit);
    if (!match) continue;
    if (pattern.cameo === null || !pattern.plover) return null;
    if (!MATERIAL_QUADS.has(quadClass(pattern.plover.event) ?? 0)) return null;
    // A bare verb of a group that names a kind of doing under CAMEO's catch-all "engage in material cooperation"
    // ("led", "headed", "escalated", "improved" with no pattern words) is no act between parties.
    if (pattern.specificity === 0 && pattern.cameo === '060' && MANNER_GROUPS.has(pattern.group)) return null;
    if (STATE_GROUPS.has(pattern.group)) return null;
    if (pattern.specificity === 0 && UNSAID_PART_GROUPS.has(pattern.group)) return null;
    if (pattern.specificity === 0 && NO_ACT_BARE_GROUPS.has(pattern.group)) return null;
    if (pattern.specificity === 0 && PARTY_DOER_BARE_GROUPS.has(pattern.group) && !partySubject(doc, head)) return null;
    if (pattern.specificity === 0 && PARTY_HELPER_BARE_GROUPS.has(pattern.group) && !partySubject(doc, head) && !partyAgent(doc, head) && !personPronounSubject(doc, head)) return null;
    // A bare verb read as CAMEO's catch-all aid (070) with nothing after it ("the hostage was freed after tribal chiefs
    // intervened"), or a bare giving verb (GRANT, 060) that names no one given to ("the junta issued a decree"), tells no
    // act between parties ("served in Lebanon", "helped rebuild the school", "gave Kenya two ships" do).
    if (pattern.specificity === 0 && pattern.cameo === '070' && bareIntransitive(doc, head)) return null;
    if (pattern.specificity === 0 && pattern.cameo === '060' && pattern.group === 'GRANT' && !namesReceiver(doc, head)) return null;
    // A pattern word met inside a "with" phrase names whom or what the act is done with, not what it acts on: checks
    // "patrols run together with the harbour police" deploy no police ("* POLICE", 153). A pattern that writes the "with"
    // itself ("* WITH") still reads it.
    if (match.after.some(([from, to]) => [...Array(to - from).keys()].some((k) => inWithPhrase(doc, head, from + k, match.after)))) continue;
    // A pattern built on a word Chronicle's lexicon codes ("BEGIN * HUNGER STRIKE") is the lexicon's to read.
    if ([...match.before, ...match.after].some(([from, to]) => [...Array(to - from).keys()].some((k) => known(from + k)))) return null;
    const row = pattern.plover;
    return {
      end: match.verb[1],
      rule: {
        phrase: pattern.spelling.words.join(' '),
        pos: 'VERB',
        event: row.event as PloverType,
        ...(row.mode ? { mode: row.mode } : {}),
        ...(row.context ? { context: row.context.split(';').map((c) => c.trim()).filter((c) => c.length > 0) } : {}),
        cameo: pattern.cameo,
        resource: `${ix.dict.version}#CAMEO.2.0.txt:${pattern.line}`,
      },
    };
  }
  return null;
}

/** The CAMEO patterns `phoenixVerbTrigger` tries on a verb token, in the order it tries them (for tests and tools). */
export function verbTriggerCandidates(token: Token): readonly CompiledPattern[] {
  return candidatesOf(verbIndex(), token)?.patterns ?? [];
}
