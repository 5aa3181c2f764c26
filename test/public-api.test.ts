import { describe, expect, it } from 'vitest';
import * as chronicle from '../src/index.js';

describe('public API', () => {
  it('should expose the public api', () => {
    expect(Object.keys(chronicle).sort()).toEqual([
      'PipelineConfigError', 'TRIGGERS', 'actors', 'checkOffsetMap', 'clean', 'cleanInput', 'codeEvents', 'contentId', 'createChroniclePipeline',
      'createDoc', 'createDocumentCoder', 'createPipeline', 'dates', 'docFromRaw', 'entities', 'eventSourceOf', 'events', 'expandPaths', 'findQuantities', 'fromCameo',
      'loadFile', 'normalizeTimes', 'openStore', 'quantities', 'sentences', 'toCameo', 'toSourceSpan',
    ]);
  });
});
