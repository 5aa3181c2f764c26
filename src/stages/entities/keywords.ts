/**
 * Head words that make an unknown capitalised name an organisation or an event
 * ("Revolutionary United Front", "Homeland Union", "National Assembly"; "Neighbors’ War").
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'party', 'front', 'council', 'assembly', 'army', 'union', 'committee', 'agency',
  'organization', 'organisation', 'bank', 'court', 'parliament', 'congress', 'senate', 'commission', 'office',
  'movement', 'alliance', 'coalition', 'league', 'federation', 'association', 'institute', 'university',
  'forces', 'force', 'guard', 'police', 'navy', 'brigade', 'brigades', 'battalion', 'corps', 'service', 'services',
  'group', 'company', 'corporation', 'inc', 'ltd', 'news', 'times', 'post', 'journal', 'radio', 'television', 'tv',
  'cabinet', 'government', 'authority', 'administration', 'fund', 'foundation', 'church', 'mission', 'tribunal',
  'duma', 'knesset', 'watch', 'international', 'secretariat', 'directorate', 'bureau', 'command',
]);

export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'war', 'revolution', 'games', 'olympics', 'cup', 'summit', 'conference', 'accords', 'accord', 'treaty', 'agreement', 'uprising', 'crisis',
]);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'i', 'mr', 'mrs', 'ms', 'dr', 'western', 'eastern', 'northern', 'southern', 'christmas', 'easter', 'ramadan',
  'god', 'internet', 'twitter', 'facebook', 'telegram', 'reuters', 'afp', 'ap',
]);

/** All-caps tokens that are not organisation acronyms. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(['I', 'II', 'III', 'IV', 'AM', 'PM', 'TV', 'OK', 'CEO', 'GMT', 'UTC', 'AD', 'BC', 'PS', 'NB', 'USD', 'EUR', 'GDP']);
