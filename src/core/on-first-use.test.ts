import { describe, expect, it } from 'vitest';
import { onFirstUse } from './on-first-use.js';

describe('onFirstUse', () => {
  it('loads the package on the first call and returns the same module after', () => {
    const path = onFirstUse<typeof import('node:path')>('node:path');
    const first = path();
    expect(first.join('a', 'b')).toBe('a/b');
    expect(path()).toBe(first);
  });

  it('gives the package the ES module import gives', async () => {
    const linkedom = onFirstUse<typeof import('linkedom')>('linkedom');
    const page = '<html><head><title>Clashes in Lagos</title></head><body><p>Police in Lagos said <b>three</b> people died.</p></body></html>';
    const esm = await import('linkedom');
    const loaded = linkedom().parseHTML(page).document;
    expect(loaded.body.textContent).toBe('Police in Lagos said three people died.');
    expect(loaded.toString()).toBe(esm.parseHTML(page).document.toString());
  });
});
