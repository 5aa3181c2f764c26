import type { Token } from '../../core/document.js';

type RawToken = Omit<Token, 'sentence'>;

/**
 * Universal Dependencies splits verbal and pronominal clitics off their host: "I'm" → "I" + "'m",
 * "they've" → "they" + "'ve", "gonna" → "gon" + "na", "cannot" → "can" + "not". wink-nlp splits
 * "n't" and "'s" itself but leaves these attached, so the parser would meet forms it never saw in
 * training. Each piece keeps its exact span in the text.
 */
const SUFFIX_CLITIC = /^(.+?)('m|'re|'ve|'ll|'d|’m|’re|’ve|’ll|’d)$/i;
/** Fused forms the English treebanks split without an apostrophe: [first part length, lemma of each part]. */
const FUSED: Readonly<Record<string, readonly [number, string, string]>> = {
  gonna: [3, 'go', 'to'],
  wanna: [3, 'want', 'to'],
  gotta: [3, 'get', 'to'],
  cannot: [3, 'can', 'not'],
};
const CLITIC_LEMMA: Readonly<Record<string, string>> = { "'m": 'be', "'re": 'be', "'ve": 'have', "'ll": 'will', "'d": 'would' };

export function splitClitics(token: RawToken): RawToken[] {
  const fused = FUSED[token.normal];
  if (fused) {
    const [cut, first, second] = fused;
    return [piece(token, 0, cut, first), piece(token, cut, token.text.length, second)];
  }
  // Every suffix clitic starts with an apostrophe: most tokens are answered without the regex.
  if (!token.text.includes("'") && !token.text.includes('’')) return [token];
  const m = SUFFIX_CLITIC.exec(token.text);
  if (!m || !/\p{L}$/u.test(m[1]!)) return [token];
  const cut = m[1]!.length;
  const clitic = m[2]!.toLowerCase().replace('’', "'");
  return [piece(token, 0, cut, m[1]!.toLowerCase()), piece(token, cut, token.text.length, CLITIC_LEMMA[clitic] ?? clitic)];
}

function piece(token: RawToken, from: number, to: number, lemma: string): RawToken {
  const text = token.text.slice(from, to);
  return { start: token.start + from, end: token.start + to, text, normal: text.toLowerCase(), pos: token.pos, lemma };
}
