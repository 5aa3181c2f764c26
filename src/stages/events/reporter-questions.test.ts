import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { codeText } from '../../../test/helpers/code-text.js';

// A reporter's question opening a sentence ("Asked whether …, the minister said …") is the reporting's formula, not a
// request between parties (non-events.ts reporterQuestion). Every sentence here was written for this file.

const code = (text: string, published = '2024-06-12'): CodedEvent[] => codeText(text, published);

const requests = (events: CodedEvent[]) => events.filter((e) => e.event === 'REQUEST');

describe('events: the question put to a speaker is no request', () => {
  it.each([
    'Asked whether Quito would close the border crossing, the interior minister replied that the cabinet would meet on Friday.',
    'Asked about the talks, the envoy said he expected them to go on.',
    'Asked if the curfew would be lifted, a police spokesman in Kisumu said officers would review it next week.',
  ])('"%s"', (text) => {
    expect(requests(code(text))).toHaveLength(0);
  });

  it.each([
    // A request with its asker named is one, whatever follows it.
    'The mayor of Kisumu asked the federal government on Monday whether it could send troops to the border.',
    'The mayor asked the federal government to send troops to the border on Monday.',
  ])('keeps "%s"', (text) => {
    expect(requests(code(text))).toHaveLength(1);
  });
});
