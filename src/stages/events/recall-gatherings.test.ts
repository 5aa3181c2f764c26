import { describe, expect, it } from 'vitest';
import { codeText } from '../../../test/helpers/code-text.js';

// A crowd assembling before a building with no purpose told (triggers.json field `facing`), and the gathering and what the
// same crowd did there told as one protest (fold-complements.ts). Sentences written for these tests.
const code = (text: string) => codeText(text, '2025-03-12');
const types = (text: string) => code(text).map((e) => `${e.event}/${e.mode ?? '-'}`);

describe('events: a crowd gathered outside or in front of a building (PROTEST)', () => {
  it('should code residents or a counted crowd gathered outside or in front of a site as a demonstration', () => {
    expect(types('Several hundred traders gathered outside the municipal office in Kumasi on Monday.')).toEqual(['PROTEST/demo']);
    expect(types('About 70 villagers assembled in front of the district court in Mzuzu on Tuesday.')).toEqual(['PROTEST/demo']);
    expect(types('About 300 farmers gathered outside the governor\'s office in Nakuru on Monday.')).toEqual(['PROTEST/demo']);
    expect(types('Hundreds of workers gathered outside the company\'s headquarters in Pune on Monday.')).toEqual(['PROTEST/demo']);
  });
  it('should not code a crowd told there for a purpose of its own, nor police, reporters, mourners or families outside', () => {
    expect(types('Relatives gathered outside the hospital in Mzuzu for news of the injured miners.')).toEqual([]);
    expect(types('Families gathered outside the court in Kumasi to wait for the verdict.')).toEqual([]);
    expect(types('Riot police gathered outside the stadium in Kumasi on Saturday.')).toEqual([]);
    expect(types('Reporters gathered outside the palace in Kumasi on Saturday.')).toEqual([]);
    expect(types('Hundreds of mourners gathered outside the central mosque in Kumasi on Friday.')).toEqual([]);
    expect(types('The miner\'s family gathered outside the hospital in Mzuzu on Friday.')).toEqual([]);
  });
  it('should not code a gathering in a place with no site faced', () => {
    expect(types('About 200 farmers gathered in Mzuzu on Monday.')).toEqual([]);
    expect(types('By dusk some 400 people had gathered on the lawn outside.')).toEqual([]);
  });
  it('should not code a crowd before a site that houses no body it could address (r34c)', () => {
    expect(types('Hundreds of residents gathered outside their homes in Izmir after the earthquake on Monday.')).toEqual([]);
    expect(types('Hundreds of people gathered outside the cathedral in Lviv on Christmas Eve.')).toEqual([]);
    expect(types('Thousands of people gathered outside the stadium in Accra on Saturday.')).toEqual([]);
    expect(types('Students gathered in front of the library in Kampala on Monday.')).toEqual([]);
  });
  it('should code the assembly and the pier the same crowd blockaded as one protest', () => {
    const events = code('About 90 fishermen assembled opposite the harbour office in Tema on Monday and blockaded the pier.');
    expect(events.map((e) => e.event)).toEqual(['PROTEST']);
  });
});
