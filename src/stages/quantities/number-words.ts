/**
 * English number words, shared by `quantities` ("seventeen prisoners") and `dates`
 * ("two days ago", "the six-week war").
 */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
};

/** Regex source matching one number word (no groups), longest alternatives first. */
export const NUMBER_WORD_SOURCE = [...Object.keys(UNITS), ...Object.keys(TENS)]
  .sort((a, b) => b.length - a.length).join('|');

/**
 * A number written in words: "seventeen", "twenty-five", "two hundred", "one hundred and fifty",
 * "a dozen", "two dozen", "three thousand". Case-insensitive, no groups.
 */
export const WORD_NUMBER_SOURCE =
  `(?:(?:a|an|(?:${NUMBER_WORD_SOURCE})(?:[- ](?:${NUMBER_WORD_SOURCE}))?)(?:\\s+(?:hundred|thousand|million|billion|dozen)(?:\\s+(?:and\\s+)?(?:${NUMBER_WORD_SOURCE})(?:[- ](?:${NUMBER_WORD_SOURCE}))?)?)*)`;

/**
 * Value of a number written in words, or undefined when a word is not a number word.
 * "a" and "an" count as one only before a scale ("a dozen", "a hundred").
 */
export function parseNumberWords(phrase: string): number | undefined {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 0 && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === 'a' || word === 'an') {
      const next = words[i + 1];
      if (next === undefined || !(Object.hasOwn(SCALES, next) || next === 'dozen')) return undefined;
      current += 1;
    } else if (Object.hasOwn(UNITS, word)) current += UNITS[word] as number;
    else if (Object.hasOwn(TENS, word)) current += TENS[word] as number;
    else if (word === 'dozen') current = (current === 0 ? 1 : current) * 12;
    else if (word === 'hundred') current = (current === 0 ? 1 : current) * 100;
    else if (Object.hasOwn(SCALES, word)) {
      total += (current === 0 ? 1 : current) * (SCALES[word] as number);
      current = 0;
    } else return undefined;
    sawNumber = true;
  }
  return sawNumber ? total + current : undefined;
}

/** Value of "17", "6,500", "1.3", "two", "twenty-five" (digits or words). */
export function parseNumber(phrase: string): number | undefined {
  const trimmed = phrase.trim();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  return parseNumberWords(trimmed);
}
