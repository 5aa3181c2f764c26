import { describe, expect, it } from 'vitest';
import { createDocumentCoder } from '../pipeline/default.js';
import { coderVersionsInThread } from './versions.js';

describe('coderVersionsInThread', () => {
  it('gives the stage versions a coder in this thread gives', async () => {
    const versions = await coderVersionsInThread();
    expect(versions).toEqual(createDocumentCoder().versions);
    expect(versions).toContain('events@' + createDocumentCoder().versions.find((v) => v.startsWith('events@'))!.slice('events@'.length));
  });

  it('rejects when the thread fails (a dictionary file that cannot be read)', async () => {
    await expect(coderVersionsInThread(['/nonexistent/chronicle-test-actors.json'])).rejects.toThrow();
  });
});
