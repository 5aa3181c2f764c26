/** Sentence spans of a document, stand-off: `documents.text.slice(start, end)` is the sentence. */
export interface SentencesTable {
  doc_id: string;
  idx: number;
  start: number;
  end: number;
}
