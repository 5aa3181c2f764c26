/**
 * A generated corpus of real-looking articles for benchmarks: the bundled example page rewritten
 * for other pairs of neighbouring countries (names, demonyms, capitals), with other figures and
 * dates, so that every article differs (no exact duplicates) and the pipeline does full work.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../examples/azerbaijan-releases-17-prisoners.txt', import.meta.url));

/** [country, demonym, capital] pairs; all real countries and capitals. */
const PAIRS: [string, string, string][][] = [
  [['Azerbaijan', 'Azerbaijani', 'Baku'], ['Armenia', 'Armenian', 'Yerevan']],
  [['Ethiopia', 'Ethiopian', 'Addis Ababa'], ['Eritrea', 'Eritrean', 'Asmara']],
  [['India', 'Indian', 'New Delhi'], ['Pakistan', 'Pakistani', 'Islamabad']],
  [['Sudan', 'Sudanese', 'Khartoum'], ['Chad', 'Chadian', "N'Djamena"]],
  [['Serbia', 'Serbian', 'Belgrade'], ['Croatia', 'Croatian', 'Zagreb']],
  [['Peru', 'Peruvian', 'Lima'], ['Ecuador', 'Ecuadorian', 'Quito']],
  [['Thailand', 'Thai', 'Bangkok'], ['Cambodia', 'Cambodian', 'Phnom Penh']],
  [['Kyrgyzstan', 'Kyrgyz', 'Bishkek'], ['Tajikistan', 'Tajik', 'Dushanbe']],
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface CorpusArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string;
}

export function generateCorpus(count: number, seed = 7): CorpusArticle[] {
  const base = readFileSync(EXAMPLE, 'utf8');
  const random = rng(seed);
  const out: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [first, second] = PAIRS[i % PAIRS.length]!;
    const [a, aDem, aCap] = first!;
    const [b, bDem, bCap] = second!;
    let text = base
      .replaceAll('Azerbaijani', '\u0001AD').replaceAll('Azerbaijan', '\u0001A').replaceAll('Baku', '\u0001AC')
      .replaceAll('Armenian', '\u0001BD').replaceAll('Armenia', '\u0001B').replaceAll('Yerevan', '\u0001BC')
      .replaceAll('\u0001AD', aDem!).replaceAll('\u0001AC', aCap!).replaceAll('\u0001A', a!)
      .replaceAll('\u0001BD', bDem!).replaceAll('\u0001BC', bCap!).replaceAll('\u0001B', b!);
    // Vary the figures so that no two articles are identical.
    text = text.replace(/\b(17|286|6,500|2,000|30,000)\b/g, (m) => String(Math.max(2, Math.round(Number(m.replace(',', '')) * (0.5 + random())))));
    const day = 1 + Math.floor(random() * 27);
    const month = 1 + Math.floor(random() * 12);
    out.push({ id: `bench-${i}`, text: `${text}\n\nBench copy ${i}.`, published: `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return out;
}
