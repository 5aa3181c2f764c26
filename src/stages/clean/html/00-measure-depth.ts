/**
 * Deepest element nesting of an HTML page, from one linear scan of its tags (no tree is built).
 * Real news pages nest 20–60 elements deep; `<div>` repeated 100,000 times is an attack or a
 * broken generator, and building and scoring its tree takes minutes (htmlparser2 keeps its open
 * elements with `Array.unshift`, Readability's scoring walks every node's ancestors) or overflows
 * the stack. Browsers stop nesting at 512 levels.
 *
 * The scan is an estimate that never over-counts a sloppy real page: void elements (`<br>`,
 * `<img>`) and elements whose end tag is optional (`<p>`, `<li>`, `<td>`, … which the next one
 * closes) do not nest; a closing tag pops back to its opening tag when it is open; the content of
 * `<script>`, `<style>`, `<textarea>` and comments is not scanned.
 * @example
 * nestingDepth('<html><body><div><p>One<p>Two</div></body></html>') // 1 (html and body don't count either)
 */
export function nestingDepth(html: string): number {
  const stack: string[] = [];
  let max = 0;
  const tag = /<(?:!--|(\/?)([A-Za-z][^\s/>]*))/g;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[2] === undefined) {
      // A comment: resume after its end.
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      // Only the nearest few open elements are searched: a stray `</div>` must not cost O(depth).
      for (let i = stack.length - 1; i >= Math.max(0, stack.length - 16); i--) {
        if (stack[i] === name) {
          stack.length = i;
          break;
        }
      }
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = tag.lastIndex;
      if (!closing.exec(html)) break;
      tag.lastIndex = closing.lastIndex - name.length - 2;
      continue;
    }
    if (VOID.has(name) || OPTIONAL_END.has(name)) continue;
    const close = html.indexOf('>', tag.lastIndex);
    if (close > 0 && html[close - 1] === '/') continue; // `<div/>`, a self-closed foreign element
    stack.push(name);
    if (stack.length > max) max = stack.length;
  }
  return max;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
const OPTIONAL_END = new Set(['html', 'head', 'body', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript']);

/** Pages nested deeper than this are refused (the limit browsers' HTML parsers use). */
export const MAX_NESTING = 512;
/** Above this depth Readability's scoring is skipped (its cost grows with depth²: 1.4 s at 500); `<body>` is walked instead. */
export const MAX_SCORED_NESTING = 128;
