/**
 * English auxiliaries by what the tag checks and parse repairs ask of them (closed classes of the
 * grammar, not a lexicon to extend).
 */
const BE = ['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"];
/** Forms of "be": the progressive's auxiliary. */
export const BE_FORMS: ReadonlySet<string> = new Set(BE);

const GET = ['get', 'got', 'gets', 'getting', 'gotten'];

/** Forms of "have": the perfect's auxiliary. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);

/** "be" and "get": the auxiliaries that make a participle passive ("were freed", "got arrested"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE, ...GET]);

/** "be", "have" and "get": the auxiliaries a participle takes in a passive or a perfect. */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set([...BE, ...PERFECT_AUXILIARIES, ...GET]);

/** Every word UD tags AUX (with infinitival "to", which heads no clause): only these may be `aux` or `aux:pass`. */
export const AUXILIARY_WORDS: ReadonlySet<string> = new Set([...PARTICIPLE_AUXILIARIES,
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca', 'to']);

/**
 * Verbs whose past is spelled like their base ("a mob beat", "a gunman hit"): irregular
 * morphology, a closed class. A tag check reads one as a past-tense verb where its subject rules
 * out the present (a singular noun before a bare form).
 */
export const UNCHANGED_PASTS: ReadonlySet<string> = new Set(['beat', 'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'fit',
  'forecast', 'hit', 'hurt', 'let', 'offset', 'put', 'quit', 'read', 'reset', 'rid', 'set', 'shed', 'shut', 'slit', 'split', 'spread',
  'thrust', 'undercut', 'upset', 'wed']);

/**
 * Words that open an adverbial clause ("when thousands of people marched", "after rebels burned homes"): the noun
 * phrase after one is the clause's subject, and the clause needs a verb of its own.
 */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'where', 'while', 'whilst', 'as', 'after', 'before', 'because', 'since', 'until', 'once', 'although', 'though', 'whereas', 'if', 'unless']);

/**
 * Words that hedge a number ("at least 20 people", "some 300 troops"): a closed class, longest first. A phrase of them
 * followed by a number starts a noun phrase as a determiner does, so a participle before one has an object.
 */
export const NUMBER_HEDGES: readonly (readonly string[])[] = [
  'no fewer than', 'no less than', 'no more than', 'as many as', 'in excess of', 'upwards of', 'at least', 'at most', 'more than', 'less than',
  'fewer than', 'up to', 'close to', 'an estimated', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'roughly', 'approximately',
].map((phrase) => phrase.split(' '));

/** Whether the words from `i` are a hedge and a number ("at least 20"): the start of a counted noun phrase. */
export function hedgedNumberAt(forms: readonly string[], xpos: (i: number) => string | undefined, i: number): boolean {
  return NUMBER_HEDGES.some((hedge) => hedge.every((word, k) => forms[i + k]?.toLowerCase() === word) && xpos(i + hedge.length) === 'CD');
}

/** Verbs of saying: active even with a "by" phrase, which names the means ("said by telephone", "told by letter"). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'write', 'speak', 'report', 'announce', 'state', 'confirm', 'explain']);
