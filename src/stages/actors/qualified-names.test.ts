import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// The whole pipeline: the dictionary actors stage after `actors` must not give back the state the actors stage set aside.
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): ArticleDoc {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-04-22' });
  coder.code(doc);
  return doc;
}
const codesOf = (doc: ArticleDoc) => new Set(doc.events.flatMap((e) => [...e.actor, ...e.recipient]).map((p) => p.code));

describe('actors: a name inside a local site\'s or division\'s name (13-disambiguate-places dropQualifiedNamesakes)', () => {
  it('should not read a park named after a foreign capital as that capital in a story about another place', () => {
    const doc = code('About 300 residents of Melbourne rallied in Victoria Park on Sunday against the new toll. Australian police detained four men near the gates.');
    expect(doc.events.length).toBeGreaterThan(0);
    expect(codesOf(doc).has('SYC')).toBe(false);
    expect(doc.places.find((p) => p.text === 'Victoria')?.countryCode).not.toBe('SYC');
  });

  it('should still read the capital where the story names its state', () => {
    const doc = code('Seychelles police said on Monday that 40 people had marched through Victoria to the National Assembly. Officers in Victoria detained two men.');
    expect(doc.places.find((p) => p.text === 'Victoria')?.countryCode).toBe('SYC');
  });

  it('should not read a demonym before "region" or "regional" as the neighbour it names in a story about another state', () => {
    const doc = code('NAIROBI, Kenya (AP) — Kenyan officials said gunmen had killed nine herders near Wajir. Officials in Garissa accused the Somali region\'s special police of the raid. A spokesman for the Somali regional government in Garissa denied the charge.');
    const denial = doc.events.find((e) => e.evidence.sentence.text.startsWith('A spokesman'));
    expect(denial).toBeDefined();
    expect(denial!.actor.map((p) => p.code)).not.toContain('SOM');
    expect(codesOf(doc).has('SOM')).toBe(false);
  });

  it('should keep the demonym\'s state where the story names that state', () => {
    const doc = code('Somalia\'s government said on Monday that Somali regional forces had detained twelve fighters near Baidoa. Officials in Mogadishu said the men would be tried.');
    expect(codesOf(doc).has('SOM')).toBe(true);
  });
});
