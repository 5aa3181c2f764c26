const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 822 zone names still seen in feeds; military single letters other than Z are too rare to list. */
const ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/**
 * Turns an RSS `pubDate` (RFC 822) into ISO 8601 *keeping the publisher's local date*:
 * "Tue, 04 Oct 2022 01:00:00 +0900" → "2022-10-04T01:00:00+09:00", not 2022-10-03 in UTC, since
 * "on Tuesday" in that article means the 4th. ISO input is returned as it is; anything else
 * unchanged, for `isoDate` to try.
 * @example
 * feedDate('Tue, 4 Oct 2022 09:30:00 GMT') // '2022-10-04T09:30:00Z'
 */
export function feedDate(value: string): string {
  const v = value.trim();
  const m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?)?/.exec(v);
  if (!m) return v;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return v;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  if (m[4] === undefined) return date;
  const zone = m[7] === undefined ? undefined : /^[+-]/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7].toUpperCase()];
  const time = `${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}`;
  // Without a known zone the clock time is ambiguous, so keep the date alone.
  return zone === undefined ? date : `${date}T${time}${zone}`;
}
