import { describe, expect, it } from 'vitest';
import { ARMED_SECTORS, NON_STATE_ARMED_SECTORS, STATE_FORCE_SECTORS } from './sectors.js';
import { codeText } from '../../test/helpers/code-text.js';

describe('the armed sectors named once (kb/sectors.ts)', () => {
  it('should make every armed sector a state force or a non-state armed group, never both', () => {
    expect([...ARMED_SECTORS].sort()).toEqual([...STATE_FORCE_SECTORS, ...NON_STATE_ARMED_SECTORS].sort());
    expect([...STATE_FORCE_SECTORS].filter((s) => NON_STATE_ARMED_SECTORS.has(s))).toEqual([]);
  });

  it('should take paramilitaries moved by a deployment as its doer, as soldiers are (roles.ts)', () => {
    const act = codeText('Paramilitaries were deployed to the border town of Kelvar on Sunday, the army said.').find((e) => e.event === 'MOBILIZE');
    expect(act?.actor.map((p) => p.sector)).toEqual(['PRM']);
  });
});
