/**
 * English doubles the final consonant of a one-syllable verb with one vowel letter and one
 * consonant before "-ed" and "-ing" ("ban" → "banned", "stab" → "stabbing", "rag" → "ragged"), so
 * "raged" is "rage" and never "rag". Verbs of more syllables double by stress ("targeted" beside
 * "admitted"), which spelling alone does not tell: they are left out.
 */
export function doublesFinalConsonant(verb: string): boolean {
  return /^[^aeiouy]*[aeiou][bdgklmnprt]$/.test(verb);
}
