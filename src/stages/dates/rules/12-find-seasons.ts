import { pointFinding } from '../format.js';
import type { DateRule, Finding } from '../types.js';

/**
 * Seasons of the northern year, by their months: spring March–May, summer June–August, autumn (fall)
 * September–November, winter December–February (a winter is counted by the year of its January, which holds most
 * of it). A season spans three months, so the text supports its year, never a month.
 */
const SEASONS: Readonly<Record<string, { first: number; last: number }>> = {
  spring: { first: 3, last: 5 }, summer: { first: 6, last: 8 }, autumn: { first: 9, last: 11 }, fall: { first: 9, last: 11 }, winter: { first: 12, last: 2 },
};

// "last autumn", "late last summer", "this spring", "in the summer of 2021", "autumn 2023", "the winter of 2022".
// A season with neither a relative word nor a year ("in the summer", "the fall of Kabul") is no date: it may be any
// year's, or no season at all.
const SEASON = /\b(?:(?:early|late|mid)[- ])?(?:(last|this|next)\s+(?:(?:early|late|mid)[- ])?)?(spring|summer|autumn|fall|winter)\b(?:(?:\s+of)?\s+((?:1[89]|20)\d\d)\b(?![-–]\d|s\b|\s*(?:people|troops|soldiers|men|women|residents)\b))?/gi;

/** A season relative to the publication ("last autumn": the latest autumn before the current season) or with its year. */
export const findSeasons: DateRule = ({ text, reference }) => {
  const out: Finding[] = [];
  for (const m of text.matchAll(SEASON)) {
    const [, relativeWord, seasonWord, yearWord] = m;
    const relative = relativeWord?.toLowerCase();
    const season = SEASONS[seasonWord!.toLowerCase()]!;
    if (relative === undefined && yearWord === undefined) continue;
    // "the last fall in prices": "last fall" after an article is a noun phrase; "fall" needs a relative word or a year.
    if (relative !== undefined && /\b(?:the|a|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    let year: number;
    if (yearWord !== undefined) {
      if (relative !== undefined) continue;
      year = Number(yearWord);
    } else {
      if (!reference) continue;
      const { year: y, month } = reference;
      if (season.first > season.last) {
        // A winter by the year of its January: told in January or February, "last winter" is the one before this one.
        year = relative === 'last' ? (month <= 2 ? y - 1 : y) : relative === 'this' ? (month >= 9 ? y + 1 : y) : month === 12 ? y + 2 : y + 1;
      } else {
        // "last summer" told in July is a year back; told in October, this year's.
        year = relative === 'last' ? (month > season.last ? y : y - 1) : relative === 'this' ? y : month < season.first ? y : y + 1;
      }
    }
    out.push(pointFinding(m.index, m.index + m[0].length, { year, explicitYear: yearWord !== undefined }, relative ? `${relative}-season` : 'season-year'));
  }
  return out;
};
