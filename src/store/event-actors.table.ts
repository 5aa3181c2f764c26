/** Which side of an event a party is on, matching the CodedEvent arrays `actor`, `recipient`, `third_party`. */
export type PartyRole = 'actor' | 'recipient' | 'third_party';

/** One party of an event, one row per entry of the CodedEvent party arrays, for actor filters. */
export interface EventActorsTable {
  doc_id: string;
  event_id: string;
  role: PartyRole;
  /** Position in its CodedEvent array. */
  idx: number;
  code: string | null;
  sector: string | null;
  text: string;
  start: number;
  end: number;
}
