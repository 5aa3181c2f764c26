import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

// Readings an analyst gives whole articles (invented sentences, one mechanism each).
const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2025-03-12' });
  coder.code(doc);
  return doc.events;
}
const brief = (e: CodedEvent) => `${e.event}${e.modality === 'asserted' ? '' : `[${e.modality}]`} ${e.actor.map((a) => a.code ?? a.text).join('+')}>${e.recipient.map((a) => a.code ?? a.text).join('+')}`;

describe('events: a relative clause is not in the mood of the noun it describes', () => {
  it('should code a rejection told in a relative clause on a demand as asserted', () => {
    const events = code('The miners want the company to rehire 40 workers, a demand the Zambian government has so far rejected.');
    // The miners who made the demand are whom the rejection answers (events 307 answeredFromEarlier).
    expect(events.filter((e) => e.event === 'REJECT').map(brief)).toEqual(['REJECT ZMB>ZMB']);
  });
});

describe('events: every act a statement asks for is its content (fold-complements.ts hangsUnder)', () => {
  it('should code one appeal for a request of two acts joined by "and"', () => {
    expect(code('The Red Cross called on the Sudanese army to spare civilians and allow food convoys to reach El Fasher.').map(brief)).toEqual(['REQUEST NGO>SDN']);
    expect(code('Berlin urged Belgrade to free the detained activists and withdraw its police from the border.').map((e) => e.event)).toEqual(['REQUEST']);
  });

  it('should still code a verb coordinated with the statement itself as an act of its own', () => {
    expect(code('The UN urged restraint and released emergency funds for Gaza.').map((e) => e.event)).toEqual(['REQUEST', 'AID']);
  });
});

describe('events: a participle of taking a side on a noun is a standing alignment, not an act (non-events.json alignments)', () => {
  it('should code no SUPPORT for the side a party is on', () => {
    expect(code('Rebels supporting the exiled president attacked an army post near Bangassou.').map((e) => e.event)).toEqual(['ASSAULT']);
    expect(code('Militiamen backing the Sudanese army shelled a market in El Obeid.').map((e) => e.event)).toEqual(['ASSAULT']);
  });

  it('should still code backing told as an act', () => {
    expect(code('The Kenyan senators backed the peace plan on Monday.').map((e) => e.event)).toEqual(['SUPPORT']);
  });
});

describe('events: only the conjuncts of a statement\'s content fold with it', () => {
  it('should keep a refusal in another clause on a demand as its own act', () => {
    expect(code('Teachers demanded the dean\'s resignation, while others refused to teach classes.').map((e) => e.event)).toEqual(['REQUEST', 'REJECT']);
  });
});

describe('events: a participle of support on a thing, not a party, is still an act', () => {
  it('should keep the support told by flights supporting an evacuation', () => {
    expect(code('Flights supporting the evacuation of wounded Yemeni children to Jordan took off in March.').map((e) => e.event)).not.toEqual([]);
  });
});

describe('events: an act told again with the same figure is one act (merge-mentions.ts sameFigure)', () => {
  it('should merge an arrest recounted in a quote with the same count', () => {
    const events = code('Zambian police arrested 23 miners on Tuesday after a riot at the Kitwe pit.\n\n"Our officers have detained 23 suspects and more arrests will follow," Zambian police chief Daniel Mwale said.');
    expect(events.filter((e) => e.event === 'COERCE')).toHaveLength(1);
  });

  it('should keep two arrests of the same count in two towns apart', () => {
    const events = code('Zambian police arrested 9 miners in Kitwe on Tuesday.\n\nOn Wednesday, Zambian police arrested 9 students in Lusaka.');
    expect(events.filter((e) => e.event === 'COERCE')).toHaveLength(2);
  });
});
