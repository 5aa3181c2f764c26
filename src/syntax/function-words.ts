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

/** "be", "have" and "get": the auxiliaries a participle takes in a passive or a perfect. */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set([...BE, ...PERFECT_AUXILIARIES, ...GET]);

/** Every word UD tags AUX (with infinitival "to", which heads no clause): only these may be `aux` or `aux:pass`. */
export const AUXILIARY_WORDS: ReadonlySet<string> = new Set([...PARTICIPLE_AUXILIARIES,
  'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca', 'to']);
