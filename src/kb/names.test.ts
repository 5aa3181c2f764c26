import { describe, expect, it } from 'vitest';
import { nameShapes } from './names.js';

describe('name shapes', () => {
  const shapes = nameShapes();

  it('should know given names from the built list, lower-cased', () => {
    expect(['volodymyr', 'fatima', 'mehmet', 'abdullahi'].every((n) => shapes.isGivenName(n))).toBe(true);
    expect(shapes.givenNamesVersion()).toMatch(/^given-names@gender-detection-from-name@\d/);
  });

  it('should set aside given names that are common capitalised words', () => {
    expect(['will', 'may', 'the', 'long'].some((n) => shapes.isGivenName(n))).toBe(false);
  });

  it('should keep group names with their capitals and head words lower-cased', () => {
    expect(shapes.groupNames.has('Kurds')).toBe(true);
    expect(shapes.orgHeads.has('ministry')).toBe(true);
    expect(shapes.eventHeads.has('protocol')).toBe(true);
  });
});
