import type { ArticleDoc } from '../../core/document.js';
import { docFromParagraphs, makeEvent, spanOf } from '../../store/testing/make-doc.js';

/**
 * A report written for the dashboard tests and coded by hand: three Syrian cities close enough
 * to share a circle on a world map, events known only by their country (drawn at its centre),
 * a cumulative war toll that must not size the map, and history from 1949 and 1998 that a
 * linear time axis must put fifty years apart. Ids end in -d.
 */
export function levantDoc(): ArticleDoc {
  const doc = docFromParagraphs(
    'doc-d',
    [
      'Government shelling killed 12 people in Idlib on Monday, and air strikes hit Aleppo the same day, rescuers said.',
      'In Damascus, the foreign ministry accused Turkey of backing the rebels.',
      'Syria has been at war since 2011, a war that has killed about 500,000 people, and Turkish troops crossed into Syria in 2019.',
      'Older residents still remember the armistice of 1949 and the border crisis of 1998.',
    ],
    { publishedAt: '2023-03-08', title: 'Shelling kills 12 in Idlib as strikes hit Aleppo', siteName: 'Test Wire', url: 'https://news.example.org/idlib-shelling', language: 'en' },
  );
  const [first, second, third, fourth] = doc.text.split('\n\n') as [string, string, string, string];
  const at = (name: string, lat: number, lon: number, level: 'city' | 'country', from = 0) => {
    const span = spanOf(doc.text, name, from);
    return { name, country_code: 'SYR', lat, lon, level, start: span.start, end: span.end };
  };
  const twelve = spanOf(doc.text, '12');
  const halfMillion = spanOf(doc.text, 'about 500,000');
  const syria = { lat: 35, lon: 38, level: 'country' as const };
  return Object.assign(doc, {
    events: [
      makeEvent(doc, {
        id: 'idlib-d', event: 'ASSAULT', sentence: first, trigger: 'killed', actor: [['Government', 'SYR', 'GOV']], recipient: [['people', null, 'CVL']],
        date: '2023-03-06', date_precision: 'day', event_loc: at('Idlib', 35.9306, 36.6339, 'city'),
        size: { dead: { value: 12, qualifier: 'exact', text: twelve.text, start: twelve.start, end: twelve.end } },
      }),
      makeEvent(doc, {
        id: 'aleppo-d', event: 'ASSAULT', sentence: first, trigger: 'air strikes', actor: [['Government', 'SYR', 'GOV']],
        date: '2023-03-06', date_precision: 'day', event_loc: at('Aleppo', 36.2021, 37.1343, 'city'),
      }),
      makeEvent(doc, {
        id: 'damascus-d', event: 'ACCUSE', sentence: second, trigger: 'accused', actor: [['foreign ministry', 'SYR', 'GOV']], recipient: [['Turkey', 'TUR', 'GOV']],
        date: '2023-03-07', date_precision: 'day', event_loc: at('Damascus', 33.5138, 36.2765, 'city'),
      }),
      makeEvent(doc, {
        id: 'war-d', event: 'ASSAULT', sentence: third, trigger: 'war', actor: [['Syria', 'SYR']], date: '2011', date_precision: 'year', background: true,
        event_loc: { ...at('Syria', syria.lat, syria.lon, 'country', spanOf(doc.text, third).start), name: 'Syria' },
        size: { dead: { value: 500_000, qualifier: 'about', text: halfMillion.text, start: halfMillion.start, end: halfMillion.end } },
      }),
      makeEvent(doc, {
        id: 'incursion-d', event: 'ASSAULT', sentence: third, trigger: 'crossed', actor: [['Turkish troops', 'TUR', 'MIL']], recipient: [['Syria', 'SYR']],
        date: '2019', date_precision: 'year', background: true, event_loc: { ...at('Syria', syria.lat, syria.lon, 'country', spanOf(doc.text, third).start), name: 'Syria' },
      }),
      makeEvent(doc, { id: 'armistice-d', event: 'AGREE', sentence: fourth, trigger: 'armistice', date: '1949', date_precision: 'year', background: true }),
      makeEvent(doc, { id: 'crisis-d', event: 'THREATEN', sentence: fourth, trigger: 'border crisis', date: '1998', date_precision: 'year', background: true }),
    ],
  });
}
