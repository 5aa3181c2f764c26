import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptedTypes, type AcledNote } from './dev/acled.js';
import { readJsonl } from './dev/common.js';
import { NAMES_HELDOUT, namesGold, NOTES_HELDOUT, SENTENCES_HELDOUT, sentenceActorItem, type HeldOutSentence, type NamesDocument } from './short-heldout.js';

const ACLED_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'];
const PENTA_LABELS = ['Make a Statement', 'Verbal Cooperation', 'Material Cooperation', 'Verbal Conflict', 'Material Conflict'];

/** CAMEO's root code (01–20) → the quad class ConfliBERT's penta_class uses (0 for statements). */
function pentaOfCameo(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root <= 2) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

describe('a held-out sentence read as gold spans', () => {
  const sentence: HeldOutSentence = {
    id: 's', text: 'Riot police in Lilongwe detained two opposition lawmakers on Friday.', penta_class: 4, penta_label: 'Material Conflict',
    cameo: '173', source: 'Riot police', target: 'two opposition lawmakers',
  };

  it('should place each role at its text in the sentence', () => {
    const item = sentenceActorItem(sentence);
    expect(item.golds.map((g) => sentence.text.slice(g.span.start, g.span.end))).toEqual(['Riot police', 'two opposition lawmakers']);
    expect(item.statement).toBe(false);
  });

  it('should refuse a role whose text the sentence does not hold', () => {
    expect(() => sentenceActorItem({ ...sentence, target: 'three lawmakers' })).toThrow(/not in the sentence/);
  });
});

describe.runIf(existsSync(NOTES_HELDOUT))('the held-out ACLED-style notes', () => {
  const notes = existsSync(NOTES_HELDOUT) ? readJsonl<AcledNote & { country: string; location: string }>(NOTES_HELDOUT) : [];

  it('should have unique ids and the fields the scorer reads', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    for (const note of notes) {
      expect(note.text.length, note.id).toBeGreaterThan(20);
      expect(note.date, note.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ACLED_TYPES, note.id).toContain(note.event_type);
      expect(Number.isInteger(note.fatalities) && note.fatalities! >= 0, note.id).toBe(true);
      expect(note.inter1 ?? '', note.id).toMatch(/^[1-8]$/);
      expect(note.country, note.id).toBeTruthy();
    }
  });

  it('should score most notes (Strategic developments are not scored)', () => {
    const scored = notes.filter((n) => acceptedTypes(n.event_type) !== null);
    expect(scored.length).toBeGreaterThan(notes.length / 2);
  });
});

describe.runIf(existsSync(SENTENCES_HELDOUT))('the held-out wire sentences', () => {
  const sentences = existsSync(SENTENCES_HELDOUT) ? readJsonl<HeldOutSentence>(SENTENCES_HELDOUT) : [];

  it('should have unique ids, a class that agrees with its label and CAMEO code, and spans in the sentence', () => {
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const s of sentences) {
      expect(PENTA_LABELS[s.penta_class], s.id).toBe(s.penta_label);
      expect(s.cameo, s.id).toMatch(/^(0[1-9]|1\d|20)\d{0,2}$/);
      expect(pentaOfCameo(s.cameo), s.id).toBe(s.penta_class);
      expect(() => sentenceActorItem(s), s.id).not.toThrow();
    }
  });
});

describe('a names document read as gold spans', () => {
  const document: NamesDocument = {
    id: 'n',
    text: 'Major Tendai Moyo of the Lake Kariba Patrol Unit said Kariba town was calm. Moyo, a Zimbabwean officer, left Kariba on Monday.',
    entities: [{ text: 'Tendai Moyo', label: 'PER' }, { text: 'Moyo', label: 'PER' }, { text: 'Lake Kariba Patrol Unit', label: 'ORG' }, { text: 'Kariba', label: 'LOC' }, { text: 'Zimbabwean', label: 'MISC' }],
  };

  it('should mark every whole-word occurrence, but not a name inside a longer one', () => {
    expect(namesGold(document).map((e) => `${e.label}:${e.text}`)).toEqual([
      'PER:Tendai Moyo', 'ORG:Lake Kariba Patrol Unit', 'LOC:Kariba', 'PER:Moyo', 'MISC:Zimbabwean', 'LOC:Kariba',
    ]);
  });

  it('should refuse a listed name the text does not hold as a word, and an unknown label', () => {
    expect(() => namesGold({ ...document, entities: [{ text: 'Moy', label: 'PER' }] })).toThrow(/not a whole word/);
    expect(() => namesGold({ ...document, entities: [{ text: 'Moyo', label: 'PERSON' }] })).toThrow(/label/);
  });
});

describe.runIf(existsSync(NAMES_HELDOUT))('the held-out names documents', () => {
  const documents = existsSync(NAMES_HELDOUT) ? readJsonl<NamesDocument>(NAMES_HELDOUT) : [];

  it('should have unique ids and every listed name in its text', () => {
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    for (const d of documents) expect(() => namesGold(d), d.id).not.toThrow();
  });
});
