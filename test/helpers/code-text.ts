import type { CodedEvent } from '../../src/core/document.js';
import { docFromRaw } from '../../src/ingest/load.js';
import { createChroniclePipeline } from '../../src/pipeline/default.js';

let pipeline: ReturnType<typeof createChroniclePipeline> | undefined;

/** The events the whole pipeline codes from `text` published on `published` (the events stage's sentence tests). */
export function codeText(text: string, published = '2024-03-05'): CodedEvent[] {
  pipeline ??= createChroniclePipeline({ onStageError: 'throw' });
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}

/** The parties' codes, sorted and joined by "+" ("KEN+UGA"; "" for none). */
export const partyCodes = (parties: readonly { code: string | null }[] | undefined): string => (parties ?? []).map((p) => p.code).sort().join('+');
