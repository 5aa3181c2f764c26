import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOffsetMap, OffsetMapBuilder, toSourceSpan } from './offset-map.js';

describe('OffsetMapBuilder', () => {
  it('should map copied text offset by offset and replaced text to its edges', () => {
    const source = 'Tom &amp; Jerry  met';
    const b = new OffsetMapBuilder();
    b.copy('Tom ', 0);
    b.replace('&', 4, 9);
    b.copy(' Jerry', 9);
    b.replace(' ', 15, 17);
    b.copy('met', 17);
    const { text, map } = b.build();
    expect(text).toBe('Tom & Jerry met');
    expect(checkOffsetMap(map, text, source)).toEqual([]);
    expect(toSourceSpan(map, { start: 6, end: 11 })).toEqual({ start: 10, end: 15 });
    expect(toSourceSpan(map, { start: 4, end: 5 })).toEqual({ start: 4, end: 9 });
  });

  it('should trim trailing output and keep the map sound', () => {
    const b = new OffsetMapBuilder();
    b.copy('abc', 0);
    b.insert('\n\n', 3);
    b.trimEnd(2);
    const { text, map } = b.build();
    expect(text).toBe('abc');
    expect(checkOffsetMap(map, text, 'abc')).toEqual([]);
  });

  it('should give source spans inside the source for any copied text', () => {
    fc.assert(fc.property(fc.string(), fc.nat(), fc.nat(), (source, a, b) => {
      const builder = new OffsetMapBuilder();
      builder.copy(source, 0);
      const { text, map } = builder.build();
      const start = Math.min(a, b) % (text.length + 1);
      const end = Math.max(start, Math.max(a, b) % (text.length + 1));
      const span = toSourceSpan(map, { start, end });
      expect(source.slice(span.start, span.end)).toBe(text.slice(start, end));
    }));
  });
});
