import { describe, expect, it } from 'vitest';
import { createDoc } from './document.js';
import { createPipeline } from './pipeline.js';
import { PipelineConfigError, type Stage } from './stage.js';

const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run'] = () => {}): Stage => ({ name, version: 1, requires, assigns, run });

describe('createPipeline', () => {
  it('should reject a stage whose requirement no earlier stage assigns', () => {
    expect(() => createPipeline([stage('events', ['actors'], ['events'])])).toThrow(PipelineConfigError);
  });
  it('should reject two stages with one name', () => {
    expect(() => createPipeline([stage('a', [], ['text']), stage('a', ['text'], ['sentences'])])).toThrow(/unique name/);
  });
  it('should accept layers given up front', () => {
    expect(() => createPipeline([stage('sentences', ['text'], ['sentences'])], { given: ['text'] })).not.toThrow();
  });
  it('should record a crashing stage as a fatal diagnostic when asked to', () => {
    const pipeline = createPipeline([stage('boom', [], ['text'], () => { throw new Error('bad'); })], { onStageError: 'record' });
    const { doc, failedStage } = pipeline.run(createDoc('d', { uri: 'x', format: 'text' }, 'x'));
    expect(failedStage).toBe('boom');
    expect(doc.diagnostics[0]).toMatchObject({ severity: 'fatal', ruleId: 'boom/crashed' });
  });
  it('should rethrow a crashing stage by default', () => {
    const pipeline = createPipeline([stage('boom', [], ['text'], () => { throw new Error('bad'); })]);
    expect(() => pipeline.run(createDoc('d', { uri: 'x', format: 'text' }, 'x'))).toThrow('bad');
  });
  it('should list stage versions for provenance', () => {
    expect(createPipeline([stage('a', [], ['text'])]).versions).toEqual(['a@1']);
  });
});
