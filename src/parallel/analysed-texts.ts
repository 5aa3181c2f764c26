import type { ArticleDoc } from '../core/document.js';
import type { PeopleMemory } from '../memory/people.js';
import type { AnalysedText, CodeStatus, DocumentCoder } from '../pipeline/default.js';

/*
 * The second pass of an ingest (src/memory/settle.ts) codes again the documents whose coding asked
 * the corpus memory something the run's finishing step changed. Cleaning, the language check,
 * sentences and syntax read no memory (over half of coding's CPU), so a coder keeps, for each
 * document it coded that asked the memory something, the layers those stages gave
 * (`AnalysedText`), and codes it again from the entities stage on. Only type imports here: the
 * pool's main thread loads this module without the pipeline.
 */

/** How a document is to be coded (`CoderPool.code`). */
export interface CodeHow {
  /** Keep the document's analysed text, if its coding asked the memory something, for a later `resume` of the same input. */
  readonly keep?: boolean;
  /** Code again from the kept analysed text of the same input where there is one (else from the input). */
  readonly resume?: boolean;
}

/**
 * Tokens kept in all of a pool's coders together: about 32 MB of heap (measured: 400 bench
 * articles, 99,810 tokens with their sentences, text and offsets, 27 MB; about 270 bytes a token),
 * about 480 articles of 10 sentences. Past it the oldest are dropped: those documents, if coded
 * again, are coded from their input, with the same result. A long stream keeps it full.
 */
export const KEPT_TOKENS = 120_000;

/** What identifies an input: its id (the content hash) and its source as given, before coding fills it in. */
export function inputKey(doc: ArticleDoc): string {
  return `${doc.id}\n${JSON.stringify(doc.source)}`;
}

/** Analysed texts by input, oldest dropped first past a budget of tokens. */
export class AnalysedTexts {
  private readonly kept = new Map<string, AnalysedText>();
  private tokens = 0;

  constructor(private readonly maxTokens: number) {}

  get size(): number {
    return this.kept.size;
  }

  keep(key: string, analysed: AnalysedText): boolean {
    const cost = Math.max(1, analysed.tokens.length);
    if (cost > this.maxTokens) return false;
    this.drop(key);
    this.kept.set(key, analysed);
    this.tokens += cost;
    for (const [oldest] of this.kept) {
      if (this.tokens <= this.maxTokens) break;
      this.drop(oldest);
    }
    return true;
  }

  /** The analysed text kept for `key`, which is then forgotten (a document is coded again once). */
  take(key: string): AnalysedText | undefined {
    const analysed = this.kept.get(key);
    if (analysed) this.drop(key);
    return analysed;
  }

  private drop(key: string): void {
    const analysed = this.kept.get(key);
    if (!analysed) return;
    this.kept.delete(key);
    this.tokens -= Math.max(1, analysed.tokens.length);
  }
}

/**
 * Codes one document as `how` says, recording what it asked the memory: resumed from its kept
 * analysed text when asked to and one was kept for this input, else coded in full; its analysed
 * text kept when asked to and the coding asked the memory something (a coding that asked nothing
 * is never coded again). `kept` tells whether it was, `resumed` whether the coding resumed.
 */
export function codeKeeping(coder: DocumentCoder, memory: PeopleMemory | undefined, texts: AnalysedTexts, doc: ArticleDoc, how: CodeHow = {}): { status: CodeStatus; consulted?: string[]; kept?: true; resumed?: true } {
  const key = how.keep || how.resume ? inputKey(doc) : '';
  const resumed = how.resume ? texts.take(key) : undefined;
  let analysed: AnalysedText | undefined;
  const run = (): CodeStatus => (resumed ? coder.resume(doc, resumed) : coder.code(doc, how.keep ? (text) => { analysed = text; } : undefined));
  const said = resumed ? { resumed: true as const } : {};
  if (!memory) {
    const status = run();
    return analysed && status.status === 'coded' && texts.keep(key, analysed) ? { status, kept: true, ...said } : { status, ...said };
  }
  const { result: status, consulted } = memory.consulting(run);
  const keep = analysed !== undefined && status.status === 'coded' && consulted.length > 0 && texts.keep(key, analysed);
  return { status, consulted, ...(keep ? { kept: true as const } : {}), ...said };
}
