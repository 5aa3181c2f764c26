import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): ArticleDoc {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-09-02' });
  coder.code(doc);
  return doc;
}
const placeNamed = (doc: ArticleDoc, text: string) => doc.places.find((p) => p.text === text);

describe('actors: an unknown locality is not placed by a demonym naming people (10-name-shapes resolveNamedLocality)', () => {
  it('should not put a village in the state of the victims a demonym names', () => {
    const doc = code('Soldiers opened fire on traders at a market near Mbekolo on Saturday, killing four Zambian men.');
    expect(placeNamed(doc, 'Mbekolo')?.countryCode ?? null).not.toBe('ZMB');
  });

  it('should not put a border town in the state of the people driven out of it', () => {
    const doc = code('Residents of the district burned tents near Tavolqui and drove about 300 Bolivians back across the border.');
    expect(placeNamed(doc, 'Tavolqui')?.countryCode ?? null).not.toBe('BOL');
  });

  it('should still place a town a demonym introduces as a settlement', () => {
    const doc = code('Fighting broke out on Sunday in the Zambian town of Mbekolo, residents said.');
    expect(placeNamed(doc, 'Mbekolo')?.countryCode).toBe('ZMB');
  });
});
