import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOffsetMap, toSourceSpan } from '../../core/offset-map.js';
import { cleanInput } from './index.js';

/**
 * Property tests: whatever the input, the cleaner does not throw, its offset map is sound
 * (segments tile the text, every `copy` reproduces its source), and every paragraph lies inside
 * the text and maps back inside the source.
 */
const WORDS = ['Azerbaijan', 'released', '17', 'Armenian', 'prisoners', 'on', 'Tuesday.', 'Baku', '&amp;', '&nbsp;', '&#8217;', '&bogus;', '&#xD800;',
  '\u00e9', '\u202e', '\ud83d\ude00', '\ud800', '\u0000', '\t', '\r\n', '\n\n', '  ', 'said', '"', '<', '>'];
const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'br', 'h1', 'h2', 'li', 'ul', 'table', 'td', 'tr', 'script', 'style', 'nav', 'footer', 'article', 'main', 'figure', 'figcaption', 'aside', 'time', 'title', 'head', 'body', 'html'];

const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
const attr = fc.constantFrom('', ' class="byline"', ' class="article-body"', ' hidden', ' style="display:none"', ' role="navigation"', ' id=x', ' data-x="<p>"');
/** HTML fragments: nested elements (sometimes unclosed or mis-closed), text, comments, entities. */
const { html } = fc.letrec<{ html: string; node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    fc.tuple(fc.constantFrom(...TAGS), attr, fc.array(tie('node'), { maxLength: 4 }), fc.constantFrom('close', 'open', 'wrong'))
      .map(([tag, a, kids, end]) => `<${tag}${a}>${kids.join('')}${end === 'close' ? `</${tag}>` : end === 'wrong' ? '</div>' : ''}`),
    fc.constant('<!-- comment <p>hidden</p> -->'),
    fc.constant('<![CDATA[ x ]]>'),
  ),
  html: fc.array(tie('node'), { maxLength: 6 }).map((nodes) => nodes.join('\n')),
}));

function checkResult(raw: string, format: 'text' | 'html'): void {
  const result = cleanInput(raw, format);
  expect(checkOffsetMap(result.map, result.text, raw)).toEqual([]);
  for (const p of result.paragraphs) {
    expect(0 <= p.start && p.start <= p.end && p.end <= result.text.length).toBe(true);
    const source = toSourceSpan(result.map, p);
    expect(0 <= source.start && source.start <= source.end && source.end <= raw.length).toBe(true);
  }
}

describe('cleanInput (property)', () => {
  it('should give a sound offset map for any plain text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(word, { maxLength: 60 }).map((w) => w.join(' '))), (raw) => checkResult(raw, 'text')), { numRuns: 300 });
  });

  it('should give a sound offset map for any HTML-like input, including malformed HTML', () => {
    fc.assert(fc.property(html, (raw) => checkResult(raw, 'html')), { numRuns: 150 });
  });

  it('should give a sound offset map for arbitrary strings cleaned as HTML', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => checkResult(raw, 'html')), { numRuns: 150 });
  });
});
