import type { NameShapes } from '../../kb/names.js';

/** The article of an Arabic surname and the name after it: "al-Kazimi", "El-Sayed". */
const ARTICLE = /^(?:al|el|Al|El)[-‐‑](\p{Lu}\p{L}+)$/u;

/**
 * Names an article has already given in full, so their short forms can be read: "Masum" after
 * "President Fuad Masum", "Garvey" after "Jane Garvey", and a headline in capitals ("STOLTENBERG
 * VISITS …") after the story names Jens Stoltenberg. Also acronyms the article uses for organisations.
 */
export class KnownNames {
  private readonly personWords = new Set<string>();
  private readonly acronyms = new Set<string>();

  /**
   * `memory`: names and surnames the corpus memory knows ("Pashinyan"). Asked word by word, not
   * copied: a copy per document costs the memory's size, and the memory records which words a
   * coding asked about, so that a change to the memory re-codes only the documents it can alter.
   */
  constructor(private readonly memory: ReadonlySet<string> = new Set()) {}

  /** Learns a person's full name: each of its words of two letters or more that is not a particle. */
  addPerson(name: string, shapes: NameShapes): void {
    // An Arabic surname is named again without its article: "Mustafa al-Kazimi … Kazimi said".
    const words = name.split(/[\s]+/).map((w) => ARTICLE.exec(w)?.[1] ?? w)
      .filter((w) => /^\p{Lu}\p{L}/u.test(w) && !shapes.nameParticles.has(w.toLowerCase()));
    if (words.length < 2) return;
    for (const w of words) this.personWords.add(w.replace(/[’']s$/, ''));
  }

  addAcronym(acronym: string): void {
    this.acronyms.add(acronym);
  }

  /** Whether a word is part of a person's name seen in this article (or the memory). Case-insensitive for capitals: "STOLTENBERG". */
  isPersonWord(word: string): boolean {
    if (this.isKnown(word)) return true;
    return word === word.toUpperCase() && this.isKnown(word[0] + word.slice(1).toLowerCase());
  }

  private isKnown(word: string): boolean {
    return this.personWords.has(word) || this.memory.has(word);
  }

  isAcronym(word: string): boolean {
    return this.acronyms.has(word);
  }
}
