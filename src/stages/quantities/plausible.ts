/**
 * The largest figure Chronicle stores as a count. Counts here are of people (dead, injured,
 * arrested, displaced, troops) or things an event involves; none can exceed the world's
 * population (8.1 billion in 2024), so 10 billion leaves headroom and still catches
 * "999999999999999999999 dead" (a typo, a test, or spam) before it becomes a fatality figure
 * that outweighs every real war in `fatalitiesByMonth`. Beyond 2^53 a number is not even exact.
 */
export const MAX_PLAUSIBLE_COUNT = 10_000_000_000;

/** Whether a parsed count is a figure worth storing: finite, not negative, at most `MAX_PLAUSIBLE_COUNT`. */
export function isPlausibleCount(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_PLAUSIBLE_COUNT;
}
