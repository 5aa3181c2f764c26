import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// One event per act (guideline 1): a definite act noun a condemnation or concern is told of names an act told before
// (condemned-acts.ts doersOfCondemnedActs); it is no act of its own with the condemner as its doer.
// Every sentence here was written for this file.

const code = (text: string, published = '2024-06-12'): CodedEvent[] => codeText(text, published);

const of = (events: CodedEvent[], type: string) => events.filter((e) => e.event === type);

describe('events: the condemned act noun retells the act told before', () => {
  it('codes the arrest once when a ministry condemns the detention', () => {
    const events = code('Zambian police arrested two Malawian fishermen on Lake Tanganyika on Tuesday. Malawi\'s foreign ministry on Wednesday condemned the detention.');
    const arrests = of(events, 'COERCE');
    expect(arrests).toHaveLength(1);
    expect(arrests[0]!.evidence.trigger.text).toBe('arrested');
    // The condemnation is aimed at whoever made the arrest.
    expect(of(events, 'ACCUSE').some((e) => e.recipient.some((p) => p.code === 'ZMB'))).toBe(true);
  });

  it('aims a concern told through "by" at the doer of the act its noun retells, and codes that act once', () => {
    const events = code('Soldiers arrested four journalists in Bamako on Monday. Sweden said it was alarmed by the arrests of the reporters in Mali.');
    expect(of(events, 'COERCE')).toHaveLength(1);
    const concern = of(events, 'ACCUSE');
    expect(concern).toHaveLength(1);
    expect(concern[0]!.recipient.map((p) => p.text)).toEqual(['Soldiers']);
  });

  it('keeps an act of another kind named after the condemnation as its own', () => {
    const events = code('Soldiers arrested four journalists in Bamako on Monday. Sweden said it was alarmed by the arrests, and its ambassador met the foreign minister on Tuesday.');
    expect(of(events, 'COERCE')).toHaveLength(1);
    expect(of(events, 'CONSULT')).toHaveLength(1);
  });
});

describe('events: a rejection of a definite act noun, and a condemnation of "the measures", is aimed at the act\'s doer (role-words.json condemnedActs)', () => {
  it('aims the rejection of "the appeal" at the body that made it', () => {
    const events = code('The European Parliament on Monday called on Belarus to free the jailed editors. Minsk rejected the appeal as meddling.');
    const rejection = of(events, 'REJECT')[0];
    expect(rejection?.recipient.map((p) => p.code)).toEqual(['EUR']);
  });

  it('aims a denunciation of "the measures" at the state that imposed them', () => {
    const events = code('On Tuesday the European Union imposed sanctions on three Belarusian judges. Belarus\'s foreign ministry denounced the measures as "economic blackmail".');
    const denunciation = of(events, 'ACCUSE').find((e) => e.evidence.trigger.text === 'denounced');
    expect(denunciation?.recipient.map((p) => p.code)).toEqual(['EUR']);
  });
});
