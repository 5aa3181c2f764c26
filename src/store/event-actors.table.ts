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
  /** `partyKey` of the party (`ARM`, `-/REB`, `"gunmen"`): what the dashboard groups and filters parties by. */
  party_key: string;
  /** 1 on the first row of its key in its role of the event, so `count(*)` over these counts events, not rows. */
  first_in_role: number;
  /** 1 on the first row of its key in the event (any role). */
  first_in_event: number;
  /** Copies of the event's page order, as in `event_dyads`: a page of one code walks its index in that order. */
  date_sort: string;
  evidence_start: number;
  trigger_start: number;
}
