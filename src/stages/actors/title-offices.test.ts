import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../core/document.js';
import { makeDocWithActors } from '../../../test/helpers/make-doc.js';

const run = makeDocWithActors;
const actorOf = (doc: ArticleDoc, text: string) => doc.actors.find((a) => a.text === text);

describe('actors: an office holder\'s office named by the title\'s possessive', () => {
  it.each([
    // The place of the sentence gives the state, as for any group noun.
    ["The governor's office in Kisumu condemned the looting on Friday.", "The governor's office", 'KEN', 'GOV'],
    // A title of two words, and a describing word before it.
    ["Villagers fled Tamale on Monday. The regional attorney general's office charged four men with arson.", "The regional attorney general's office", 'GHA', 'GOV'],
    // The staff named by two words.
    ["Fighting spread near Sikasso. The prime minister's press service said talks would resume.", "The prime minister's press service", 'MLI', 'GOV'],
  ])('should read %j as a state body coded like a group noun', (text, phrase, code, sector) => {
    const actor = actorOf(run(text), phrase);
    expect(actor?.code).toBe(code);
    expect(actor?.sector).toBe(sector);
    expect(actor?.via.startsWith('group-noun')).toBe(true);
  });

  it.each([
    // A name before the title says whose office it is.
    ["Ghana's attorney general's office charged four men with arson."],
    // Not the head of its phrase: the office's spokesman speaks for it.
    ["The governor's office spokesman in Kisumu denied the report."],
    // A possessive of a word that is no title.
    ["The farmer's office in Kisumu was looted on Friday."],
  ])('should not read an office in %j', (text) => {
    expect(run(text).actors.some((a) => /office$/i.test(a.text) && a.via.startsWith('group-noun'))).toBe(false);
  });
});
