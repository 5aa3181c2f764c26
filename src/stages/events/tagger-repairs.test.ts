import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { docFromRaw } from '../../ingest/load.js';
import { createDocumentCoder } from '../../pipeline/default.js';

const coder = createDocumentCoder({ onStageError: 'throw' });

function code(text: string): CodedEvent[] {
  const doc = docFromRaw(text, 'test.txt', 'text', { published: '2024-03-12' });
  coder.code(doc);
  return doc.events;
}
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: triggers read the parse where the tagger errs (find-triggers.ts posByParse, events 230)', () => {
  it('should read a noun-tagged clause head with a subject and an object as the verb it is', () => {
    // The tagger reads "set" after a place name as a noun; the parse gives it the subject and the object.
    const [act] = code('Villagers in Kasese set fire to a ranger station.');
    expect(act?.event).toBe('ASSAULT');
    expect(act?.evidence.trigger.text).toBe('set fire');
    expect(act?.actor.map((p) => p.text).join(' ')).toContain('Villagers');
  });

  it('should read a verb-tagged word with a possessor as a noun, no act of its own', () => {
    // "Kosovo's bid to join": a bid made by someone else, not an attack (the fallback verbs read "bid" as one).
    expect(types('The senate backed Kosovo\'s bid to join the Council of Europe on Thursday.')).toEqual(['SUPPORT/-']);
  });
});

describe('events: freeing an aid worker is a release, not aid (triggers.json @AID_PEOPLE, events 230)', () => {
  it.each([
    ['The militia released a Norwegian aid worker in Bunia after five weeks.'],
    ['Gunmen released three relief staff in Tillaberi on Friday.'],
  ])('should code the freeing of people who work for aid as RETREAT release: %j', (text) => {
    expect(types(text)).toEqual(['RETREAT/release']);
  });

  it('should still code aid money released as AID', () => {
    expect(types('The World Bank released 200 million dollars in aid to Haiti.')).toContain('AID/-');
  });
});

describe('events: forces "leaving N dead" left a toll, not a place (triggers.json notPredicates @RESULT_STATES, events 230)', () => {
  it.each([
    ['Police fought gang members in Cap-Haitien for hours, leaving nine dead.'],
    ['Troops clashed with jihadists near Mopti, leaving dozens of villagers injured.'],
    ['Soldiers shelled the market in Kidal, leaving scores of families homeless.'],
  ])('should code no withdrawal for the toll told with "leaving": %j', (text) => {
    expect(types(text)).not.toContain('RETREAT/withdraw');
  });

  it('should still code forces leaving a place as a withdrawal', () => {
    expect(types('The last Russian soldiers left the airbase near Tillaberi on Sunday.')).toContain('RETREAT/withdraw');
  });
});
