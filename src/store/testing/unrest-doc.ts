import type { ArticleDoc } from '../../core/document.js';
import { docFromParagraphs, makeEvent, spanOf } from './make-doc.js';

const MAIDUGURI = { name: 'Maiduguri', country_code: 'NGA', lat: 11.8469, lon: 13.1571, level: 'city' as const };

/**
 * A short report written for these tests, coded by hand, whose parties are mostly not states:
 * gunmen and protesters the coder gives no country (`code: null` with a sector), police of a
 * country, and troops acting inside their own country (a self-pair NGA → NGA). Ids end in -c.
 */
export function unrestDoc(): ArticleDoc {
  const doc = docFromParagraphs(
    'doc-c',
    [
      'Gunmen killed four police officers at a checkpoint in Maiduguri on Monday, a police spokesman said.',
      'Protesters marched on the governor’s office in Maiduguri on Tuesday to demand better security.',
      'Nigerian troops later raided a village suspected of sheltering the attackers.',
    ],
    { publishedAt: '2023-05-17', title: 'Gunmen kill four police officers in Maiduguri', siteName: 'Test Wire', language: 'en' },
  );
  const four = spanOf(doc.text, 'four');
  const place = (from: number) => ({ ...MAIDUGURI, ...(({ start, end }) => ({ start, end }))(spanOf(doc.text, 'Maiduguri', from)) });
  doc.events = [
    makeEvent(doc, {
      id: 'attack-c', event: 'ASSAULT', sentence: doc.text.split('\n\n')[0]!, trigger: 'killed',
      actor: [['Gunmen', null, 'UAF']], recipient: [['police officers', 'NGA', 'COP']], date: '2023-05-15', date_precision: 'day',
      size: { dead: { value: 4, qualifier: 'exact', text: four.text, start: four.start, end: four.end } }, event_loc: place(0),
    }),
    makeEvent(doc, {
      id: 'march-c', event: 'PROTEST', sentence: doc.text.split('\n\n')[1]!, trigger: 'marched',
      actor: [['Protesters', null, 'CVL']], recipient: [['governor’s office', 'NGA', 'GOV']], date: '2023-05-16', date_precision: 'day',
      event_loc: place(spanOf(doc.text, 'Protesters').start),
    }),
    makeEvent(doc, {
      id: 'raid-c', event: 'ASSAULT', sentence: doc.text.split('\n\n')[2]!, trigger: 'raided',
      actor: [['Nigerian troops', 'NGA', 'MIL']], recipient: [['village', 'NGA', 'CVL']], date: '2023-05', date_precision: 'month',
    }),
  ];
  return doc;
}
