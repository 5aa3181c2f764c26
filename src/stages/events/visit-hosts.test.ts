import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// A visit told from the host's side (role-words.json hostingVisitVerbs, roles.ts visitorAsActor): the visitor acts, the
// host is called on, as PLOVER and CAMEO code a visit. Every sentence here was written for this file.

const code = (text: string, published = '2024-06-12'): CodedEvent[] => codeText(text, published);
const visit = (events: CodedEvent[]) => events.find((e) => e.event === 'CONSULT');
const codes = (parties: readonly { code: string | null }[] | undefined) => (parties ?? []).map((p) => p.code);

describe('roles: the host of a visit is its recipient, the visitor its actor', () => {
  it.each([
    ['President Ruto received the Tanzanian foreign minister in Nairobi on Monday.', 'TZA', 'KEN'],
    ['Ghana hosted a Togolese delegation in Accra on Tuesday.', 'TGO', 'GHA'],
    // The rule for a delegation or an envoy received (triggers.json receive + delegation) is a visit told by the host too.
    ['The Ghanaian foreign minister received a delegation from Burkina Faso in Accra on Monday.', 'BFA', 'GHA'],
  ])('should code the visitor as the actor of %j', (text, visitor, host) => {
    const act = visit(code(text));
    expect(codes(act?.actor)).toEqual([visitor]);
    expect(codes(act?.recipient)).toContain(host);
  });

  it('should keep the host as the actor when its guests are the sides of talks it brings together', () => {
    const act = code('Norway said on Monday it would host both sides for talks in Oslo next week.').find((e) => e.evidence.trigger.text === 'host');
    expect(codes(act?.actor)).toEqual(['NOR']);
  });
});
