import { describe, expect, it } from 'vitest';
import { docFromParagraphs, makeEvent } from '../store/testing/make-doc.js';
import { toPloverRecord } from './plover-jsonl.js';

describe('PLOVER JSONL: the place as written and as resolved', () => {
  const text = 'Police detained 40 farmers in Alto Parana department on Monday.';
  const doc = docFromParagraphs('alto-parana', [text]);
  const event = {
    ...makeEvent(doc, { id: 'a', event: 'COERCE', sentence: text, trigger: 'detained', date: '2024-05-06', date_precision: 'day' }),
    event_loc: { name: 'Alto Parana department', resolved: 'Alto Paraná Department', country_code: 'PRY', lat: -25.6, lon: -54.9, level: 'region' as const },
  };

  it('should write the text\'s spelling as extracted_place and the gazetteer\'s name as resolved_place', () => {
    expect(toPloverRecord({ event, language: 'en', canonical: null }).event_loc).toMatchObject({
      extracted_place: 'Alto Parana department', resolved_place: 'Alto Paraná Department', country_code: 'PRY', resolution: 2,
    });
  });

  it('should write the one name as both where no gazetteer name is kept', () => {
    const { resolved: _, ...loc } = event.event_loc;
    expect(toPloverRecord({ event: { ...event, event_loc: loc }, language: 'en', canonical: null }).event_loc).toMatchObject({
      extracted_place: 'Alto Parana department', resolved_place: 'Alto Parana department',
    });
  });
});
