import { readFileSync } from 'node:fs';
import type { ArticleDoc, Token } from '../core/document.js';
import { BE_FORMS, CLAUSE_SUBORDINATORS, SAYING_VERBS } from './function-words.js';
import { resourcePath } from './resource-path.js';

/**
 * The syntax layer as the stages use it: small named questions about the dependency parse
 * (`subjectOf`, `objectsOf`, `obliquesOf`, `markerOf`, …). This is the only module that knows
 * Universal Dependencies relation names; stages ask it about roles and clauses, never read `dep`.
 *
 * Token indices are indices into `doc.tokens`; heads are set by the syntax stage.
 */

/** Verbs and adjectives whose infinitive complement's subject is their object ("urged Iran to stop"). */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'call', 'order', 'force', 'tell', 'persuade', 'press', 'encourage', 'invite', 'allow', 'permit', 'require', 'request', 'warn', 'compel', 'help', 'enable', 'lead', 'expect', 'want']);
/**
 * Verbs whose object does the deed a gerund after "of"/"for" tells ("accused Russia of shelling",
 * "thanked Qatar for mediating"): resources/syntax/gerund-control.json.
 */
interface GerundControl {
  markers: Set<string>; verbs: Set<string>;
  /** "took a leading role in mediating", "was instrumental in brokering": the holder of the part does the deed. */
  participationMarkers: Set<string>; participationNouns: Set<string>; participationAdjectives: Set<string>;
  /** "responded by accusing …": the subject of the clause a gerund of manner hangs on does the deed. */
  subjectMarkers: Set<string>;
}
let gerundControl: GerundControl | undefined;
function gerundControlWords(): GerundControl {
  if (!gerundControl) {
    const data = JSON.parse(readFileSync(resourcePath('syntax/gerund-control.json'), 'utf8')) as Record<'markers' | 'verbs' | 'participationMarkers' | 'participationNouns' | 'participationAdjectives' | 'subjectMarkers', string[]>;
    gerundControl = {
      markers: new Set(data.markers), verbs: new Set(data.verbs), participationMarkers: new Set(data.participationMarkers), subjectMarkers: new Set(data.subjectMarkers),
      participationNouns: new Set(data.participationNouns), participationAdjectives: new Set(data.participationAdjectives),
    };
  }
  return gerundControl;
}
/** Pronouns that open a relative clause ("the sit-in that students staged"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);
/** resources/syntax/intransitive-verbs.json: verbs that take no object, so have no passive ("people marched"). */
let intransitiveVerbs: ReadonlySet<string> | undefined;
function intransitiveVerbWords(): ReadonlySet<string> {
  intransitiveVerbs ??= new Set((JSON.parse(readFileSync(resourcePath('syntax/intransitive-verbs.json'), 'utf8')) as { verbs: string[] }).verbs);
  return intransitiveVerbs;
}
/** Personal pronouns as objects: never the subject of their own clause (the reflexive says that). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** Auxiliaries that make a clause finite (a tensed "be" or "have"). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Tags of a finite verb form (past, present): a clause of its own, never a participle describing a noun. */
const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP']);
const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whom', 'whose']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'nt']);

export interface Oblique {
  /** The oblique's head noun. */
  readonly token: number;
  /** Its preposition ("by", "with", "in"), lower-cased; multiword ones joined ("on behalf of"); null when bare. */
  readonly prep: string | null;
}

/** Parts of speech that name a thing a participle can describe. */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A parse-aware view of a document's tokens; build once per document with `syntaxOf(doc)`. */
export class SyntaxView {
  readonly tokens: readonly Token[];
  private readonly kids: number[][];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.kids = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head !== undefined && t.head >= 0 && t.head !== i) this.kids[t.head]!.push(i);
    });
  }

  /** Whether the document has been parsed (the syntax stage ran). */
  get parsed(): boolean {
    return this.tokens.length === 0 || this.tokens[0]!.head !== undefined;
  }

  head(i: number): number {
    return this.tokens[i]?.head ?? -1;
  }

  /** The universal relation of a token to its head ("nsubj" for "nsubj:pass"). */
  relation(i: number): string {
    const dep = this.tokens[i]?.dep ?? '';
    const colon = dep.indexOf(':');
    return colon < 0 ? dep : dep.slice(0, colon);
  }

  /** The full relation, subtype included. */
  fullRelation(i: number): string {
    return this.tokens[i]?.dep ?? '';
  }

  children(i: number): readonly number[] {
    return this.kids[i] ?? [];
  }

  /**
   * A word that is no noun, or a noun that is not an argument of anything: the sentence's root ("rebel units threatened to shell the town …" with the
   * verb read as a participle of "units"), a subject of no verb, or hung as an oblique or modifier with no case marker of its own ("…, an
   * Austrian charity protested on Thursday" read as an oblique of the verb before). Either says the parse split a clause.
   */
  private unattachedNoun(n: number): boolean {
    // An adjective is no noun to describe ("a suspected militant stabbed …" with "militant" read as an adjective).
    if (!NOMINAL_TAGS.has(this.tokens[n]!.pos)) return true;
    const governor = this.head(n);
    if (governor < 0) return true;
    const rel = this.relation(n);
    // A subject of a word that is no verb and has no copula ("rebels" read as the subject of "afternoon").
    if (rel === 'nsubj' && this.tokens[governor]!.pos !== 'VERB' && this.tokens[governor]!.pos !== 'AUX' && this.childrenBy(governor, (d) => d === 'cop').length === 0) return true;
    if ((rel === 'obl' || rel === 'nmod') && this.tokens[n]!.pos !== 'PRON' && this.childrenBy(n, (d) => d === 'case').length === 0) return true;
    // A noun phrase right after a subordinator, hung as an object or oblique of the verb before it ("began in June, when
    // thousands of people marched on …" with "thousands" read as the object of "began"): the subordinator opens a
    // clause whose subject the phrase is. A true subject keeps its relation ("after protesters detained in March were
    // freed": "protesters" is the subject of "freed").
    let top = n;
    while (this.relation(top) === 'nmod' && this.head(top) >= 0 && this.head(top) < top) top = this.head(top);
    if (/^nsubj/.test(this.relation(top))) return false;
    const before = this.tokens[this.subtreeRange(top)[0] - 1];
    return before !== undefined && CLAUSE_SUBORDINATORS.has(before.normal);
  }

  private childrenBy(i: number, test: (dep: string) => boolean): number[] {
    return this.children(i).filter((c) => test(this.tokens[c]!.dep ?? ''));
  }

  /** Tokens coordinated with `i` ("Armenia and Azerbaijan"), `i` first. */
  conjuncts(i: number): number[] {
    const out = [i];
    for (let k = 0; k < out.length; k++) for (const c of this.childrenBy(out[k]!, (d) => d === 'conj')) out.push(c);
    return out;
  }

  /** The first conjunct of a coordination `i` belongs to (itself when not a later conjunct). */
  firstConjunct(i: number): number {
    let at = i;
    while (this.relation(at) === 'conj' && this.head(at) >= 0) at = this.head(at);
    return at;
  }

  /** Whether a predicate is passive: a passive subject or auxiliary ("was killed", "were arrested"). */
  isPassive(v: number): boolean {
    const own = this.children(v).some((c) => this.fullRelation(c) === 'nsubj:pass' || this.fullRelation(c) === 'aux:pass' || this.fullRelation(c) === 'csubj:pass');
    if (own) return true;
    // "the farmer was shot and killed" parsed with "was" as a copula of a verb read as past
    // tense: a past tense takes no copula, and "be" before it with no object is the passive's
    // auxiliary. (A participle with a copula is a state, "is confined to a hospital"; an object
    // says the parse went wrong another way.)
    if (this.tokens[v]!.pos === 'VERB' && this.tokens[v]!.tag === 'VBD' && this.objectsOf(v).length === 0 && this.childrenBy(v, (d) => d === 'cop').some((c) => BE_FORMS.has(this.tokens[c]!.normal))) return true;
    // "At least 20 were wounded in the blast": a participle the tagger read as an adjective with "be" as its copula
    // (its lemma a verb's, "wounded" → wound) and no object is the passive verb, when it has a subject.
    const adjective = this.tokens[v]!;
    if (adjective.pos === 'ADJ' && adjective.lemma !== adjective.normal && /(?:ed|en)$/.test(adjective.normal) && this.objectsOf(v).length === 0
      && this.ownSubject(v) !== null && this.childrenBy(v, (d) => d === 'cop').some((c) => BE_FORMS.has(this.tokens[c]!.normal))) return true;
    // "activists arrested last week", "two fishermen detained near the border": a participle after the
    // noun it describes, with no subject or object of its own, is a passive whose subject that noun is
    // (UD's reduced relative, `acl`). Not a relative clause ("the men who arrived"), which has its own voice. When the
    // noun is no argument of anything, the parse split a clause wrongly and the "participle" is the clause's past tense.
    // Nor is a verb that takes no object ("Thousands of people marched towards the capital"): it has no passive, so the
    // "participle" is the past tense of the clause whose subject the noun is.
    if (this.tokens[v]!.tag === 'VBN' && this.fullRelation(v) === 'acl' && this.head(v) >= 0 && this.head(v) < v
      && !intransitiveVerbWords().has(this.tokens[v]!.lemma)
      && this.ownSubject(v) === null && this.objectsOf(v).length === 0 && !this.unattachedNoun(this.head(v))) return true;
    // "…, many of them beaten by guards", "the rest freed by the army": a participle with a "by" agent, no auxiliary
    // and no object is a passive whose subject undergoes it (an absolute clause the parse gave an active subject).
    // An active verb takes no agent; the parse marks the agent as such (`obl:agent`). A verb of saying is active with a
    // means misread as its agent ("a relative said by telephone").
    if (this.tokens[v]!.tag === 'VBN' && this.tokens[v]!.pos === 'VERB' && !SAYING_VERBS.has(this.tokens[v]!.lemma) && this.objectsOf(v).length === 0
      && this.childrenBy(v, (d) => d === 'aux' || d === 'cop').length === 0
      // A measure is no agent: "shortened by one hour", "cut by half".
      && this.childrenBy(v, (d) => d === 'obl:agent').some((c) => this.caseOf(c) === 'by' && this.tokens[c]!.pos !== 'NUM' && this.childrenBy(c, (d) => d === 'nummod').length === 0)) return true;
    // "troops were deployed and killed": a later conjunct shares the first's voice when it has no subject of its own.
    const first = this.firstConjunct(v);
    // The tagger often reads a regular "-ed" conjunct as past tense ("were arrested … and accused of"): with
    // no object of its own it cannot be an active verb sharing a passive subject.
    const participle = this.tokens[v]!.tag === 'VBN' ||
      (this.tokens[v]!.tag === 'VBD' && /ed$/i.test(this.tokens[v]!.text) && this.objectsOf(v).length === 0);
    // A conjunct with an auxiliary of its own has its own voice ("hackers angered by the cartoons have defaced …").
    return first !== v && this.ownSubject(v) === null && participle && this.childrenBy(v, (d) => d === 'aux').length === 0 && this.isPassive(first);
  }

  /** Every subject the parse gave a predicate ("Dutch and Belgian frigates", misparsed as two subjects, keeps both). */
  subjectsOf(v: number): number[] {
    const own = this.childrenBy(v, (d) => d === 'nsubj' || d === 'nsubj:pass' || d === 'csubj' || d === 'csubj:pass' || d === 'nsubj:outer');
    if (own.length > 0) return own;
    const shared = this.subjectOf(v);
    return shared ? [shared.token] : [];
  }

  private ownSubject(v: number): number | null {
    const s = this.childrenBy(v, (d) => d === 'nsubj' || d === 'nsubj:pass' || d === 'csubj' || d === 'csubj:pass' || d === 'nsubj:outer');
    if (s[0] === undefined && this.isMisreadVerb(v)) {
      // "The Mongolian president plans to …" parsed as one noun phrase: its subject is the word the parse hung right before it.
      const before = v - 1;
      if (this.head(before) === v && (this.relation(before) === 'compound' || (this.relation(before) === 'amod' && /^\p{Lu}/u.test(this.tokens[before]!.text)))) return before;
    }
    return s[0] ?? null;
  }

  /**
   * The subject of a predicate, with how it was found: its own (`nsubj`, passive included), or
   * shared — a later conjunct takes the first's ("X shelled and captured"), an infinitive or
   * participle complement takes its controller ("vowed to fight", "urged Iran to stop" → Iran), an
   * adverbial participle takes the main clause's ("shelled Kharkiv, killing 5"), and a relative or
   * participle clause takes the noun it modifies ("troops who shelled", "gunmen firing on …").
   */
  subjectOf(v: number): { token: number; via: string } | null {
    const seen = new Set<number>();
    let at = v;
    for (let depth = 0; depth < 6 && !seen.has(at); depth++) {
      seen.add(at);
      const own = this.ownSubject(at);
      // "the country, which seized the tanker, …": a relative pronoun stands for the noun its clause modifies.
      if (own !== null && RELATIVE_PRONOUNS.has(this.tokens[own]!.normal) && this.relation(at) === 'acl' && this.head(at) >= 0) {
        return { token: this.head(at), via: 'modified-noun' };
      }
      if (own !== null) return { token: own, via: at === v ? 'own' : 'shared' };
      const rel = this.relation(at);
      const head = this.head(at);
      if (head < 0) return null;
      if (rel === 'conj') {
        at = head;
        continue;
      }
      if (rel === 'xcomp' || rel === 'advcl' && this.isInfinitive(at) || rel === 'acl' && this.isInfinitive(at) && this.isMisreadVerb(head)) {
        // Object control: the complement's subject is the governor's object (an infinitive is often parsed as an adjunct here).
        const object = this.childrenBy(head, (d) => d === 'obj' || d === 'iobj')[0];
        if (object !== undefined && OBJECT_CONTROL.has(this.tokens[head]!.lemma)) return { token: object, via: 'object-control' };
        at = head;
        continue;
      }
      // "accused Russia of shelling civilians", "was charged with spying": the one judged for the deed did it.
      if (rel === 'advcl' && this.tokens[at]!.tag === 'VBG' && gerundControlWords().markers.has(this.markerOf(at) ?? '') && gerundControlWords().verbs.has(this.tokens[head]!.lemma)) {
        const object = this.childrenBy(head, (d) => d === 'obj')[0];
        if (object !== undefined) return { token: object, via: 'object-control' };
        if (!this.isPassive(head)) return null;
        at = head;
        continue;
      }
      const holder = this.participationHolder(at);
      if (holder !== null) {
        at = holder;
        continue;
      }
      // "responded by accusing the general", "retaliated by expelling two envoys": a gerund of manner after "by" is done
      // by the subject of the clause it hangs on (an active one: the doer of "was punished by …" is no subject).
      const byGerund = this.tokens[at]!.tag === 'VBG' && gerundControlWords().subjectMarkers.has(this.markerOf(at) ?? '') && !this.isPassive(head);
      if (rel === 'advcl' && (!this.markerOf(at) || byGerund)) {
        at = head;
        continue;
      }
      if (rel === 'acl') {
        // "the relative clause's noun: "the soldiers who shelled" (relcl) or "gunmen firing on" (acl).
        const relativePronoun = this.children(at).find((c) => ['who', 'which', 'that'].includes(this.tokens[c]!.normal));
        // A relative clause with neither pronoun nor subject cannot carry a finite auxiliary of its own
        // ("the man we met" has a subject): "Ana Ruiz, a nurse, was shot in Cali" parsed with "was shot"
        // as a clause on the name is the sentence's predicate, and the name its subject.
        if (this.fullRelation(at) === 'acl:relcl' && relativePronoun === undefined) {
          // Nor can its own verb be finite with no subject ("Ankara, which backs the rebels, lobbied hard", "the ministry, a
          // watchdog, urged …" parsed with the verb as a clause on the name): English drops the relative pronoun of an object
          // gap only, never of a subject gap, so a finite past or present form (not a participle with its "by" agent) is
          // the sentence's predicate.
          const finiteVerb = FINITE_VERB_TAGS.has(this.tokens[at]!.tag ?? '') && this.agentOf(at) === null;
          const finite = finiteVerb || this.childrenBy(at, (d) => d === 'aux' || d === 'aux:pass').some((c) => FINITE_AUXILIARIES.has(this.tokens[c]!.normal) && c < at);
          // The clause may hang on the apposition ("a nurse"): the subject is the name it describes.
          let noun = head;
          while (['appos', 'list'].includes(this.relation(noun)) && this.head(noun) >= 0 && this.head(noun) < noun) noun = this.head(noun);
          return finite && this.tokens.slice(noun, at).some((t) => t.text === ',') ? { token: noun, via: 'own' } : null;
        }
        // "expelled an attaché, charging him with espionage", parsed as a clause on "attaché": a personal pronoun object
        // is never its own clause's subject (that would be "himself"), so the participle tells a second act of the
        // verb the noun is the object of, done by that verb's subject.
        const governor = this.head(head);
        if (this.tokens[at]!.tag === 'VBG' && this.tokens[at - 1]?.text === ',' && governor >= 0 && this.relation(head) === 'obj'
          && this.childrenBy(at, (d) => d === 'obj').some((o) => OBJECT_PRONOUNS.has(this.tokens[o]!.normal))) {
          at = governor;
          continue;
        }
        return { token: head, via: 'modified-noun' };
      }
      return null;
    }
    return null;
  }

  /** Whether a gerund tells the deed its holder took part in ("played a role in ending …", "was instrumental in securing …"). */
  isParticipationGerund(gerund: number): boolean {
    return this.participationHolder(gerund) !== null;
  }

  /**
   * The predicate whose subject does the deed a gerund after "in" tells when the gerund says what
   * that subject took part in: a verb with a noun of participation as its object ("have taken a
   * leading role in mediating", "played a part in brokering"; the parse hangs the gerund on the verb
   * or on the noun) or an adjective of it ("was instrumental in securing"; gerund-control.json).
   * Null for any other gerund.
   */
  private participationHolder(gerund: number): number | null {
    if (this.tokens[gerund]!.tag !== 'VBG') return null;
    const words = gerundControlWords();
    if (!words.participationMarkers.has((this.markerOf(gerund) ?? this.caseOf(gerund) ?? '').toLowerCase())) return null;
    const head = this.head(gerund);
    if (head < 0) return null;
    const isNoun = (i: number): boolean => words.participationNouns.has(this.tokens[i]!.lemma.toLowerCase());
    if (isNoun(head)) return this.relation(head) === 'obj' && this.head(head) >= 0 ? this.head(head) : null;
    if (this.relation(gerund) !== 'advcl') return null;
    if (this.childrenBy(head, (d) => d === 'obj').some(isNoun)) return head;
    return words.participationAdjectives.has(this.tokens[head]!.lemma.toLowerCase()) ? head : null;
  }

  /** The agent of a passive predicate: its "by" phrase ("was killed by gunmen"). */
  agentOf(v: number): number | null {
    for (const c of this.children(v)) {
      if (this.fullRelation(c) === 'obl:agent') return c;
      if (this.relation(c) === 'obl' && this.caseOf(c) === 'by') return c;
    }
    return null;
  }

  /** Direct and indirect objects of a predicate. */
  objectsOf(v: number): number[] {
    return this.childrenBy(v, (d) => d === 'obj' || d === 'iobj');
  }

  /**
   * Per token, what `caseOf` and `obliquesOf` found: the events stage asks them of the same words
   * for every trigger and role rule, and the parse never changes under a view (it is made per token array).
   */
  private readonly cases = new Map<number, string | null>();
  private readonly obliques = new Map<number, readonly Oblique[]>();

  /** The preposition (case marker) of a nominal, lower-cased ("on behalf of" joined), or null. */
  caseOf(n: number): string | null {
    let found = this.cases.get(n);
    if (found === undefined) {
      found = this.readCase(n);
      this.cases.set(n, found);
    }
    return found;
  }

  private readCase(n: number): string | null {
    const marks = this.children(n).filter((c) => this.relation(c) === 'case' && c < n);
    if (marks.length === 0) return null;
    const first = marks[0]!;
    const words = [this.tokens[first]!.normal, ...this.children(first).filter((c) => this.relation(c) === 'fixed').map((c) => this.tokens[c]!.normal)];
    return words.join(' ');
  }

  /** Oblique arguments and adjuncts of a predicate with their prepositions ("with Iran", "in Kharkiv", "on Monday"). */
  obliquesOf(v: number): readonly Oblique[] {
    let found = this.obliques.get(v);
    if (!found) {
      // Frozen: one list is handed to every caller.
      found = Object.freeze(this.childrenBy(v, (d) => d.startsWith('obl') && d !== 'obl:agent').map((token) => Object.freeze({ token, prep: this.caseOf(token) })));
      this.obliques.set(v, found);
    }
    return found;
  }

  /** Nominal modifiers of a noun with their prepositions ("invasion of Ukraine", "talks with Iran"); possessors have prep "'s". */
  nominalModifiersOf(n: number): Oblique[] {
    return this.childrenBy(n, (d) => d === 'nmod' || d.startsWith('nmod:')).map((token) => ({
      token, prep: this.fullRelation(token) === 'nmod:poss' ? "'s" : this.caseOf(token),
    }));
  }

  /** Words inside the noun phrase that name its owner or kind: "Russian (amod) troops", "US (compound) forces", "Iran's (poss)". */
  modifiersOf(n: number): number[] {
    return this.childrenBy(n, (d) => d === 'amod' || d === 'compound' || d === 'nmod:poss' || d === 'flat');
  }

  /** A description placed before a name ("NATO-member Turkey", "Prime Minister Nikol Pashinyan"): what it is, not another party. */
  descriptionsOf(n: number): number[] {
    return this.childrenBy(n, (d) => d === 'nmod:desc');
  }

  /** The subordinating word of a clause ("if", "after", "because"), lower-cased, or null. */
  markerOf(v: number): string | null {
    const mark = this.children(v).find((c) => this.relation(c) === 'mark' && this.tokens[c]!.normal !== 'to' && this.tokens[c]!.normal !== 'that');
    return mark === undefined ? null : this.tokens[mark]!.normal;
  }

  /**
   * Whether a word read as a noun is the verb of its clause: it has a subject of its own or is the
   * sentence's root, no copula, and an infinitive hung on it ("The government plans to hold talks", "plans" tagged NOUN). Its
   * infinitive is then its complement (an xcomp), not the content of a noun ("the government's plans to …").
   */
  isMisreadVerb(n: number): boolean {
    if (n < 0 || this.tokens[n]!.pos !== 'NOUN') return false;
    const children = this.children(n);
    // A subject of its own, or the sentence's root with no copula ("The Mongolian president plans to …" read as one noun phrase).
    return (children.some((c) => this.relation(c) === 'nsubj') || this.relation(n) === 'root') && !children.some((c) => this.relation(c) === 'cop') &&
      children.some((c) => this.relation(c) === 'acl' && this.isInfinitive(c));
  }

  /** Whether the clause of `v` is an infinitive ("to free the prisoners"). */
  isInfinitive(v: number): boolean {
    return this.children(v).some((c) => this.relation(c) === 'mark' && this.tokens[c]!.normal === 'to');
  }

  /** Clausal complements of a predicate ("said that …", "agreed to …"). */
  complementsOf(v: number): number[] {
    return this.childrenBy(v, (d) => d === 'ccomp' || d === 'xcomp');
  }

  /** Auxiliaries of a predicate ("will", "could", "has"), lower-cased. */
  auxiliariesOf(v: number): string[] {
    return this.childrenBy(v, (d) => d === 'aux' || d === 'aux:pass').map((c) => this.tokens[c]!.normal);
  }

  /** A negation on the predicate or, for a noun, its determiner ("did not attack", "no agreement"). */
  negationOf(v: number): number | null {
    const n = this.children(v).find((c) => (this.relation(c) === 'advmod' || this.relation(c) === 'det' || this.relation(c) === 'cc:preconj') && NEGATORS.has(this.tokens[c]!.normal));
    return n ?? null;
  }

  /** Appositions of a noun ("Masum, the president", "X, an SDF leader"). */
  appositionsOf(n: number): number[] {
    return this.childrenBy(n, (d) => d === 'appos');
  }

  /** The clause head governing a token: the token itself if it is a predicate, else the nearest predicate above it. */
  clauseHeadOf(i: number): number {
    let at = i;
    for (let depth = 0; depth < 50; depth++) {
      if (this.isClauseHead(at)) return at;
      const head = this.head(at);
      if (head < 0) return at;
      at = head;
    }
    return at;
  }

  /** Whether a token heads a clause of its own (root, complements, adverbial, relative and coordinated predicates). */
  isClauseHead(i: number): boolean {
    const rel = this.relation(i);
    if (rel === 'root' || rel === 'ccomp' || rel === 'xcomp' || rel === 'advcl' || rel === 'acl' || rel === 'parataxis' || rel === 'csubj') return true;
    if (rel === 'conj') return this.isPredicate(i);
    return false;
  }

  /** A verb, or a word with a copula, auxiliary or subject of its own. */
  isPredicate(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.pos === 'VERB') return true;
    return this.children(i).some((c) => ['cop', 'nsubj', 'aux'].includes(this.relation(c)));
  }

  /** Ancestors of a token, nearest first. */
  ancestors(i: number): number[] {
    const out: number[] = [];
    for (let at = this.head(i); at >= 0 && out.length < 60; at = this.head(at)) out.push(at);
    return out;
  }

  /** First and last token of the subtree under `i` (inclusive). */
  subtreeRange(i: number): [number, number] {
    let lo = i, hi = i;
    const stack = [i];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (at < lo) lo = at;
      if (at > hi) hi = at;
      for (const c of this.children(at)) stack.push(c);
    }
    return [lo, hi];
  }

  /** Whether a sentence (token range) is a question: it ends in "?", or opens with a question word and an auxiliary. */
  isQuestion(sentenceStart: number, sentenceEnd: number): boolean {
    const last = this.tokens[sentenceEnd - 1];
    if (last?.text === '?') return true;
    const first = this.tokens[sentenceStart];
    return first !== undefined && QUESTION_WORDS.has(first.normal) && this.tokens[sentenceStart + 1]?.pos === 'AUX' && last?.text !== '.';
  }
}

const views = new WeakMap<readonly Token[], SyntaxView>();

/** The syntax view of a document (built once per token array). */
export function syntaxOf(doc: ArticleDoc): SyntaxView {
  let view = views.get(doc.tokens);
  if (!view) {
    view = new SyntaxView(doc.tokens);
    views.set(doc.tokens, view);
  }
  return view;
}
