/**
 * Plain Latin spellings of words written with letters of their own language ("Erdoğan" →
 * "Erdogan", "Łódź" → "Lodz"). English news writes most foreign names both ways, and the tools
 * that read them (wink-nlp's tokeniser and tagger, our tagger's word features) know mainly the
 * plain one.
 */

/** Letters that carry no combining mark to strip but have a plain Latin twin. */
const PLAIN_TWIN: Record<string, string> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ð: 'd', Ð: 'D',
};
const TWINNED = /[ıłŁđĐøØħĦŧŦðÐ]/g;
const NOT_ASCII = /[^\u0000-\u007f]/;

/** The word in plain Latin letters: marks stripped, twinned letters replaced; anything else kept. */
export function plainLatin(word: string): string {
  if (!NOT_ASCII.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(TWINNED, (ch) => PLAIN_TWIN[ch]!);
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Whether a word has a letter beyond Latin-1 ("Erdoğan"; not "López", which the tools read as written). */
export function beyondLatin1(word: string): boolean {
  return BEYOND_LATIN1.test(word);
}

/**
 * The text with each character beyond Latin-1 that has a one-letter plain twin replaced by it, so
 * offsets into the result are offsets into the text. Latin-1 letters ("é", "ñ") are kept: the
 * tools read them as written, and their readings are what the models were built on. Characters
 * whose plain form is not one letter (ligatures, other scripts) are kept too.
 */
export function plainLatinSameLength(text: string): string {
  if (!BEYOND_LATIN1.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch.charCodeAt(0) <= 0xff) { out += ch; continue; }
    const plain = plainLatin(ch);
    out += plain.length === 1 && /[A-Za-z]/.test(plain) ? plain : ch;
  }
  return out;
}
