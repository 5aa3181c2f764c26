/** One document's MinHash signature (base64 of 128 unsigned 32-bit values), see src/ingest/near-duplicates.ts. */
export interface NearDuplicateSignaturesTable {
  doc_id: string;
  signature: string;
}

/** One LSH band of a signature, `"<band>:<hex rows>"`: documents sharing a key are near-duplicate candidates. */
export interface NearDuplicateBandsTable {
  band_key: string;
  doc_id: string;
}
