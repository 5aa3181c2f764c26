import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../core/document.js';
import { createChroniclePipeline } from '../../pipeline/default.js';
import { docFromRaw } from '../../ingest/load.js';

/** Who did what to whom, by construction (issue 14). Sentences are our own. */
const pipeline = createChroniclePipeline({ onStageError: 'throw' });
function code(text: string, published = '2024-03-05'): CodedEvent[] {
  const doc = docFromRaw(text, 'test', 'text', { published });
  pipeline.run(doc);
  return doc.events;
}

describe('ranking: an act reported inside a subordinate or relative clause is backdrop', () => {
  it('should rank an act told in a report within an "after" clause below the main act', () => {
    const events = code('Uganda ordered an inquiry into the killings after villagers said soldiers had shot three fishermen.');
    const ordered = events.find((e) => e.evidence.trigger.text === 'ordered');
    const shot = events.find((e) => e.evidence.trigger.text === 'shot');
    expect(ordered && shot).toBeTruthy();
    expect(shot!.confidence).toBeLessThan(ordered!.confidence);
    expect(shot!.why.join(' ')).toContain('inside a subordinate clause');
  });
});
