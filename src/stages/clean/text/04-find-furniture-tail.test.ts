import { describe, expect, it } from 'vitest';
import { findFurnitureTail } from './04-find-furniture-tail.js';

const ARTICLE = [
  'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said.',
  'The move underscores growing Western involvement in the volatile Caucasus region, where Russia is visibly losing influence.',
  'At least 286 people were killed on both sides last month before a US-brokered ceasefire ended the worst clashes since 2020.',
  'Baku and Yerevan fought two wars over the contested region of Nagorno-Karabakh, an Armenian-populated enclave of Azerbaijan.',
];

describe('findFurnitureTail', () => {
  it.each([
    ['should cut at a furniture heading', [...ARTICLE, 'Read more', 'Armenia and Azerbaijan hold talks in Geneva'], 4],
    ['should cut at a furniture heading with a typo', [...ARTICLE, 'More to explorer', 'Understanding Key Factors in Accidents'], 4],
    ['should cut at an unrelated heading followed by cut-off teasers',
      [...ARTICLE, 'Understanding Key Factors in Accidents', 'Pedestrian safety is an urgent concern worldwide, with over 1.3 million people dying in traffic accidents annually. Pedestrians account'], 4],
    ['should keep a late sub-heading whose section is about the article',
      [...ARTICLE, 'Talks in Geneva', 'Ministers of Azerbaijan and Armenia met with Blinken and held joint talks in Geneva on Sunday.'], 6],
    ['should keep a page without a tail', ARTICLE, 4],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findFurnitureTail(paragraphs)).toBe(expected);
  });
});
