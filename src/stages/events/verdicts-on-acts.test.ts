import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// Who passes a verdict on an act ("called the detentions an effort to …") did not do it (roles.ts). Sentences are our own.
describe('events: a verdict on an act names no doer of it', () => {
  it('does not make the judges of a retold act its doers', () => {
    const events = codeText('Police detained 12 students in Gulu on Friday. Rights groups called the detentions an effort to intimidate voters.', '2025-05-14');
    const detentions = events.filter((e) => e.event === 'COERCE');
    expect(detentions.length).toBeGreaterThan(0);
    expect(detentions.flatMap((e) => e.actor.map((a) => a.text))).not.toContain('Rights groups');
  });

  it('still reads the subject of a light verb with no predicate as the doer', () => {
    const events = codeText('Teachers in Gulu called a strike on Monday over unpaid wages.', '2025-05-14');
    expect(events.find((e) => e.event === 'PROTEST')?.actor.map((a) => a.text)).toContain('Teachers in Gulu');
  });
});
