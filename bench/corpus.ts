/**
 * A generated corpus of real-looking articles for benchmarks and scale tests: paragraphs drawn
 * from the project's own news texts (the bundled example, the wire-story fixtures, the dashboard
 * fixture), re-mixed into new articles of 6–10 paragraphs and rewritten for other pairs of
 * neighbouring countries (names, demonyms, capitals) with other figures and dates. Mixing keeps
 * the articles apart (not near-duplicates of each other), so the pipeline does full work on each.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCES = [
  '../examples/azerbaijan-releases-17-prisoners.txt',
  '../test/fixtures/ingest/wire/geneva-talks-analysis.txt',
  '../test/fixtures/ingest/wire/geneva-talks-wire.txt',
  '../test/fixtures/ingest/wire/prisoners-release.txt',
  '../src/api/testing/sudan-clashes.txt',
].map((path) => fileURLToPath(new URL(path, import.meta.url)));

/** Body paragraphs of every source (the first line of a text file is its title). */
function paragraphPool(): string[] {
  const pool: string[] = [];
  for (const path of SOURCES) {
    const blocks = readFileSync(path, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    for (const block of blocks.slice(1)) if (block.split(/\s+/).length >= 12 && !/^More to explore/i.test(block)) pool.push(block);
  }
  return pool;
}
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
  const pool = paragraphPool();
  const random = rng(seed);
  const out: CorpusArticle[] = [];
  for (let i = 0; i < count; i++) {
    const [first, second] = PAIRS[i % PAIRS.length]!;
    const [a, aDem, aCap] = first!;
    const [b, bDem, bCap] = second!;
    const size = 6 + Math.floor(random() * 5);
    const picked = new Set<number>();
    while (picked.size < Math.min(size, pool.length)) picked.add(Math.floor(random() * pool.length));
    let text = [...picked].map((k) => pool[k]!).join('\n\n')
      .replaceAll('Azerbaijani', '\u0001AD').replaceAll('Azerbaijan', '\u0001A').replaceAll('Baku', '\u0001AC')
      .replaceAll('Armenian', '\u0001BD').replaceAll('Armenia', '\u0001B').replaceAll('Yerevan', '\u0001BC')
      .replaceAll('\u0001AD', aDem!).replaceAll('\u0001AC', aCap!).replaceAll('\u0001A', a!)
      .replaceAll('\u0001BD', bDem!).replaceAll('\u0001BC', bCap!).replaceAll('\u0001B', b!);
    // Vary the figures so that no two articles are identical.
    text = text.replace(/\b\d{1,3}(,\d{3})*\b(?! (BC|AD))/g, (m) => {
      const n = Number(m.replace(/,/g, ''));
      return n >= 1900 && n <= 2100 ? m : String(Math.max(2, Math.round(n * (0.5 + random()))));
    });
    const day = 1 + Math.floor(random() * 27);
    const month = 1 + Math.floor(random() * 12);
    out.push({ id: `bench-${i}`, text: `${a} and ${b}: report ${i}\n\n${text}\n`, published: `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return out;
}
