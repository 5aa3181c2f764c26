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
    // A live page's last post on a side topic is the page's own news, not a teaser under an unrelated heading.
    ['should keep a live page\'s last stamped post on a side topic',
      [...ARTICLE, '14:05 GMT', 'Brussels presses for calm', 'The European Commission has urged both governments to refrain from provocations.', 'Share this page'], 7],
    ['should keep the stamped posts under an entry headline',
      [...ARTICLE, '16:30', 'Lorry drivers block ring road', 'Hundreds of drivers parked their lorries across the ring road around Tbilisi, halting traffic.', '15:10', 'Reporter hit', 'A television reporter was struck by a bottle'], 10],
    // Every post of a live page closes with the same sharing line; the posts after it are still the page's.
    ['should keep the stamped posts after a live page\'s per-post sharing line, cutting only its last one',
      [...ARTICLE, '11:40', 'Border post reopens', 'Georgian customs officers reopened the Sadakhlo crossing to lorries this morning.', 'Share this post',
        '10:55', 'Minister flies to Tbilisi', 'The Armenian foreign minister landed in Tbilisi for talks with his Georgian counterpart.', 'Share this post'], 11],
    ['should still cut at a sharing heading with no stamped post after it', [...ARTICLE, 'Share this', 'Armenia and Azerbaijan hold talks in Geneva'], 4],
  ])('%s', (_name, paragraphs, expected) => {
    expect(findFurnitureTail(paragraphs)).toBe(expected);
  });
});
