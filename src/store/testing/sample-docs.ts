import type { ArticleDoc } from '../../core/document.js';
import { docFromParagraphs, makeEvent, spanOf } from './make-doc.js';

/*
 * Two documents cut from examples/azerbaijan-releases-17-prisoners.txt (published 2022-10-04),
 * with events coded by hand for store tests. The dates cover every precision the store sorts
 * and filters on: day, month, year (2020) and decade (199 = the 1990s), plus an undated event.
 */

/** Paragraphs 3, 5, 6 and the 2020-war tail, with five events (ids end in -a). */
export function releaseDoc(): ArticleDoc {
  const doc = docFromParagraphs(
    'doc-a',
    [
      'Azerbaijan freed 17 Armenian prisoners of war on Tuesday after US mediation, Armenian Prime Minister Nikol Pashinyan said, days after nemesis neighbors resumed Western-brokered peace talks.',
      'At least 286 people were killed on both sides last month before a US-brokered ceasefire ended the worst clashes since the Neighbors’ War in 2020.',
      'Baku and Yerevan fought two wars – in 2020 and in the 1990s – over the contested region of Nagorno-Karabakh, an Armenian-populated enclave of Azerbaijan.',
      'Under the deal, Armenia ceded parts of territory it had controlled for decades, and Moscow dispatched about 2,000 Russian peacekeepers to oversee the fragile truce.',
    ],
    { publishedAt: '2022-10-04', publishedProvenance: 'cli', title: 'Azerbaijan releases 17 Armenian prisoners with US mediation', language: 'en' },
  );
  const seventeen = spanOf(doc.text, '17 Armenian prisoners of war');
  const atLeast = spanOf(doc.text, 'At least 286');
  doc.events = [
    makeEvent(doc, {
      id: 'release-a', event: 'RETREAT', mode: 'release', sentence: doc.text.split('\n\n')[0] ?? '', trigger: 'freed',
      actor: [['Azerbaijan', 'AZE', 'GOV']], recipient: [['Armenian', 'ARM']], third_party: [['US', 'USA', 'GOV']],
      date: '2022-10-04', date_precision: 'day',
      size: { persons: { value: 17, qualifier: 'exact', text: seventeen.text, start: seventeen.start, end: seventeen.end } },
    }),
    makeEvent(doc, {
      id: 'clashes-a', event: 'ASSAULT', sentence: 'At least 286 people were killed', trigger: 'killed',
      actor: [['both sides', 'AZE'], ['both sides', 'ARM']], date: '2022-09', date_precision: 'month',
      size: { dead: { value: 286, qualifier: 'at least', text: atLeast.text, start: atLeast.start, end: atLeast.end } },
    }),
    makeEvent(doc, {
      id: 'war2020-a', event: 'ASSAULT', sentence: 'Baku and Yerevan fought two wars', trigger: 'fought',
      actor: [['Baku', 'AZE']], recipient: [['Yerevan', 'ARM']], date: '2020', date_precision: 'year', background: true,
    }),
    makeEvent(doc, {
      id: 'war1990s-a', event: 'ASSAULT', sentence: 'Baku and Yerevan fought two wars', trigger: 'wars',
      actor: [['Yerevan', 'ARM']], recipient: [['Baku', 'AZE']], date: '199', date_precision: 'decade', background: true,
    }),
    makeEvent(doc, {
      id: 'peacekeepers-a', event: 'MOBILIZE', sentence: 'Moscow dispatched about 2,000 Russian peacekeepers', trigger: 'dispatched',
      actor: [['Moscow', 'RUS', 'GOV']], date: null, date_precision: null, background: true,
    }),
  ];
  return doc;
}

/** Paragraphs 11 and 12, with three meetings (ids end in -b), two of them located. */
export function talksDoc(): ArticleDoc {
  const doc = docFromParagraphs(
    'doc-b',
    [
      'Ministers of Azerbaijan and Armenia met together with Blinken on the sidelines of the UN General Assembly on September 20, and the two held joint talks again in Geneva on Sunday.',
      'The Geneva talks followed an EU-brokered meeting between Pashinyan and Azerbaijani President Ilham Aliyev on August 31 in Brussels.',
    ],
    { id: 'wire-4711', publishedAt: '2022-10-04', url: 'https://example.org/azerbaijan-prisoners', siteName: 'Example News' },
  );
  const geneva = spanOf(doc.text, 'Geneva');
  const brussels = spanOf(doc.text, 'Brussels');
  doc.events = [
    makeEvent(doc, {
      id: 'unga-b', event: 'CONSULT', sentence: 'Ministers of Azerbaijan and Armenia met', trigger: 'met',
      actor: [['Azerbaijan', 'AZE', 'GOV'], ['Armenia', 'ARM', 'GOV']], recipient: [['Blinken', 'USA', 'GOV']],
      date: '2022-09-20', date_precision: 'day',
    }),
    makeEvent(doc, {
      id: 'geneva-b', event: 'CONSULT', sentence: 'Ministers of Azerbaijan and Armenia met', trigger: 'held joint talks',
      actor: [['the two', 'AZE'], ['the two', 'ARM']], date: '2022-10-02', date_precision: 'day',
      event_loc: { name: 'Geneva', country_code: 'CHE', lat: 46.20222, lon: 6.14569, level: 'city', start: geneva.start, end: geneva.end },
    }),
    makeEvent(doc, {
      id: 'brussels-b', event: 'CONSULT', sentence: 'The Geneva talks followed', trigger: 'meeting',
      actor: [['Pashinyan', 'ARM', 'GOV']], recipient: [['Aliyev', 'AZE', 'GOV']], third_party: [['EU', 'EUR', 'GOV']],
      date: '2022-08-31', date_precision: 'day',
      event_loc: { name: 'Brussels', country_code: 'BEL', lat: 50.85045, lon: 4.34878, level: 'city', start: brussels.start, end: brussels.end },
    }),
  ];
  return doc;
}
