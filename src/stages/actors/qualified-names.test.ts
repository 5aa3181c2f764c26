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
  it('should not read a street named after a foreign capital as that capital in a story about another place', () => {
    const doc = code('Several hundred shopkeepers in Damascus shut their stalls on Baghdad Street on Sunday against a new tax. Syrian police detained six of them near the old city.');
    expect(doc.events.length).toBeGreaterThan(0);
    expect(codesOf(doc).has('IRQ')).toBe(false);
    expect(doc.places.find((p) => p.text === 'Baghdad')?.countryCode).not.toBe('IRQ');
  });

  it('should still read the capital where the story names its state', () => {
    const doc = code('Iraqi police said on Sunday that 60 students had marched through Baghdad to the education ministry. Officers in Baghdad detained three of them.');
    expect(doc.places.find((p) => p.text === 'Baghdad')?.countryCode).toBe('IRQ');
  });

  it('should keep a division named after its own place in that place\'s state ("the Kharkiv Region")', () => {
    const doc = code('Russia\'s defence ministry said on Tuesday its forces had struck fuel depots in the Kharkiv Region. Russian officials said two drones were downed over Belgorod.');
    expect(doc.places.find((p) => p.text === 'Kharkiv')?.countryCode).toBe('UKR');
  });

  it('should read a demonym before "region" or "regional" as the division so named in the state the story names', () => {
    const doc = code('Ethiopian officials in Jijiga told reporters on Monday that gunmen had shot eleven camel herders near Gode. Elders in Gode blamed the Somali regional police for the shooting. The Somali region\'s president rejected the claim.');
    const rejection = doc.events.find((e) => e.evidence.sentence.text.includes('rejected'));
    expect(rejection).toBeDefined();
    expect(rejection!.actor.map((p) => p.code)).not.toContain('SOM');
    expect(codesOf(doc).has('SOM')).toBe(false);
  });

  it('should keep the demonym\'s state where the story names that state', () => {
    const doc = code('Somalia\'s government said on Monday that Somali regional forces had detained twelve fighters near Baidoa. Officials in Mogadishu said the men would be tried.');
    expect(codesOf(doc).has('SOM')).toBe(true);
  });

  it('should keep the demonym\'s state before "regional" where no division is named by it', () => {
    const doc = code('A Russian regional governor accused Ukraine of shelling a village overnight. Ukraine\'s army denied the charge. Kyiv said its forces had not fired.');
    const accusation = doc.events.find((e) => e.event === 'ACCUSE');
    expect(accusation?.actor.map((p) => p.code)).toEqual(['RUS']);
  });
});
