import type { ArticleDoc, Mention, Sentence, Token } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import { loadKb, type Kb, type UserDictionary } from '../../kb/index.js';
import { nameShapes } from '../../kb/names.js';
import { matchGazetteer, type GazetteerCandidate } from './01-match-gazetteer.js';
import { findNames } from './02-find-names.js';
import { isCityBeforeParticle, isCityInsideName } from './03-city-inside-name.js';
import { findGroups } from './04-find-groups.js';
import { findShoutedNames } from './05-find-shouted-names.js';
import { isSurnameHit } from './06-surname-hits.js';
import { readOrganisationEvidence } from './07-read-organisation-evidence.js';
import { findCompetitors, SPORTS_STORY, sportsScore } from './08-find-competitors.js';
import { addCompoundAdjectives } from './10-compound-adjectives.js';
import { findVesselNames } from './11-vessel-names.js';
import { findPlacesByTheirNoun } from './12-places-by-their-noun.js';
import { findAcronymDefinitions } from './13-acronym-definitions.js';
import { findWeaponNames } from './14-weapon-names.js';
import { labelCoordinatedNames } from './15-coordinated-names.js';
import { type Candidate, tokenAtOffset } from './candidates.js';
import { isShouted, startsUpper } from './case.js';
import { KnownNames } from './known-names.js';
import { organisationShapes } from './organisation-shapes.js';

// 7: an honorific between two words of a personal name stays in it ("Abdi Sheikh Warsame": names.json innerHonorifics).
// 8: a name no finder knew, right after a preposition of place and ending its phrase, is a place ("attacked farmers
//    in Wad Kibeira", "near Gogoni"; names.json notPlaces for feasts, faiths, languages and media).
// 9: a world gazetteer name that holds a built-in name whole is the place ("New South Wales", not its "Wales").
// 10: names whose head comes first are organisations and events ("Jaish al-Adl", "Lashkar-e-Taiba", "Operation
//     Sea Guardian"; names.json orgLeads, eventLeads), not people.
// 11: an organisation's name read back from the acronym it defines, across "in", "on" and places ("Joint Monitoring
//     Mission in Kivu (JMMK)", "Observer Force on the Border (OFB)").
// 12: a word for one person in lower case before a name of two words or more makes the name sure, so its surname
//     alone is the person later ("militia leader Ojuku Manyang … loyal to Manyang"; person-nouns.json).
// 13: more ethnic groups of conflict reporting are groups (NORP): "Dogon", "Peul", "Hema", "Lendu", "Kikuyu" (names.json groupNames).
// 14: a military unit's number is part of its name ("the 5th Infantry Brigade"; names.json unitHeads).
// 15: a name or a model's designation before a word for a weapon is the weapon ("Storm Shadow missiles", "Su-30
//     jets": PRODUCT; names.json weaponNouns), not a person; who owns it stays what it is ("Iranian drones", "RSF drones").
// 16: a word of the compass opens a name before another free capitalised word ("Southern Transitional Council";
//     names.json compassWords), though no name alone ("Western diplomats").
// 17: a name read back from its acronym that would hold a known organisation ("UN Observer Force on the Border (UNOFB)")
//     stays as the finder read it, so the actors stage keeps the known body.
// 18: "territory", "area", "department", "prefecture" are place heads (names.json): "Djugu territory", "the Baramulla area".
// 19: a month written short beside a number is a date, not the world town of that name ("BANGUI, Nov 18 (AFP)" is no
//     mention of Nov, Tajikistan: src/kb/index.ts saysDate).
// 20: a capital between an office title and a capitalised name part is the person's first name ("Paraguay's president
//     Santiago Pena"; 03-city-inside-name.ts capitalAsFirstName), not the capital.
// 21: a demonym after a given name is a surname ("Volker Turk", "Judith French"), unless it qualifies the next word.
// 22: a name of two words or more right after "the", "a" or "an", with no title, given name or word of a known person,
//     is an organisation's ("the Kadeli Rovers", "an Ostra Air jet"), not a person's; a given name that is also a large
//     city's, a state's or a region's ("Houston", "Georgia") makes no name sure, so the city is not read as a person
//     elsewhere in the story.
// 23: a name guessed to be a person's from capitals alone, listed beside a place or a known organisation ("struck Khan
//     Younis and Vekta Dorun", "Hezbollah and Zemrin Tarkel"), is of their kind (15-coordinated-names.ts).
// 24: a name in quotes of its own that nothing says is a person's is an operation's, a campaign's or a work's (EVENT):
//     'the "Clean Streets" campaign'.
// 25: a town named by a common English word ("Mobile", "Reading") opening its sentence before a word in lower case is
//     the word, not the place; a noun of the town's people or bodies after it keeps the place.
// 26: an Arabic surname named again without its article ("Rubaie" after "al-Rubaie") is a known opening surname
//     (known-names.ts).
// 27: "pact" heads an agreement's name like "treaty" ("the Baghdad Pact"): the capital opening it is no place of its own.
// 28 (review B3): "SAF" is no known organisation's acronym (organisations.json: Sudan's and Singapore's armed forces).
// 29 (h30h): a town that is the first word of a longer place name joined by a name particle ("Sogamoso de Arriba") is
//     no mention of that town (03-city-inside-name.ts isCityBeforeParticle): its namesake's country was a wrong guess.
// 30 (h36d): a name sure to be a person's only by its own words (a given name first: "Abu", "Dan") is the place a place's
//     noun beside it says it is ("the village of Dan Gamji", "the Abu Tabar district"; 12-places-by-their-noun.ts).
// 31 (h39d): a name written with a lower-case Arabic article after a preposition of place ("in al-Maqtaa", "near
//     el-Qusayba") is the place, as the name without it is (12-places-by-their-noun.ts afterPlacePreposition).
const VERSION = 31;

/**
 * Named-entity mentions (PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT) from the knowledge-base gazetteer,
 * proper-name runs with their shapes (titles, given names, organisation and event heads), group
 * names, and the short forms of names the article gives in full.
 *
 * @example
 * entities().run(makeDoc('Armenian Prime Minister Nikol Pashinyan said.'), { report })
 * // mentions: NORP "Armenian", PERSON "Nikol Pashinyan"
 */
export interface EntitiesOptions {
  /** User dictionaries (see src/kb/user-dictionaries.ts): their names become mentions. Pass the same list to `actors`. */
  readonly userDictionaries?: readonly UserDictionary[];
  /**
   * Names of people the corpus memory knows ("Pashinyan", "Putin"), so a bare surname is a PERSON
   * even without a title or a speech verb: "Putin met Erdogan in Sochi".
   */
  readonly knownPeople?: ReadonlySet<string>;
}

export function entities(options: EntitiesOptions = {}): Stage {
  return {
    name: 'entities',
    version: VERSION,
    requires: ['sentences', 'tokens', 'syntax'],
    assigns: ['mentions'],
    run(doc: ArticleDoc, { report }) {
      const kb = loadKb(options.userDictionaries ? { userDictionaries: options.userDictionaries } : {});
      const shapes = nameShapes();
      const org = organisationShapes();
      const origin = { stage: `entities@${VERSION}`, resource: `${kb.version}+${shapes.version}+${org.version}` };
      const known = new KnownNames(options.knownPeople);
      if (doc.sentences.length === 0 && doc.text.trim().length > 0) {
        report('warning', 'entities/no-sentences', 'The document has text but no sentences; run the sentences stage before entities.');
      }
      // Sentences in capitals (headlines, datelines) are read last, with the names the story gave in full.
      const shouted = new Set(doc.sentences.filter((s) => isShouted(doc.tokens, s.tokenStart, s.tokenEnd)));
      const order = [...doc.sentences.filter((s) => !shouted.has(s)), ...shouted];
      const read = (sentence: Sentence): Candidate[] => {
        const found = mentionsOfSentence(doc, sentence, shouted.has(sentence), known, kb);
        for (const m of found) {
          const text = doc.text.slice(m.start, m.end);
          if (m.label === 'PERSON' && m.sure) known.addPerson(text, shapes);
          if (m.label === 'ORG' && /^\p{Lu}{2,6}$/u.test(text)) known.addAcronym(text);
        }
        return found;
      };
      const first = new Map(order.map((sentence) => [sentence, read(sentence)]));
      // As an analyst reads: a headline's "Stoltenberg" is read with the "Jens Stoltenberg" of the story
      // below it. A sentence is read again only when it holds a word of a person named later.
      const all = order.flatMap((sentence) => {
        const found = first.get(sentence)!;
        const unread = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd)
          .some((t) => startsUpper(t.text) && known.isPersonWord(t.text) && !found.some((m) => m.label === 'PERSON' && m.start <= t.start && t.end <= m.end));
        return unread ? read(sentence) : found;
      });
      // Organisations read from the words around names and from the rest of the story; teams in a story about sport.
      const scope = { doc, shapes, org, shouted, known, kb };
      let found = readOrganisationEvidence(scope, all);
      const sport = sportsScore(doc.tokens, org.sports, shapes);
      if (sport >= SPORTS_STORY) found = findCompetitors(scope, found, sport);
      found = findAcronymDefinitions(doc.tokens, shapes, found);
      found = findPlacesByTheirNoun(doc.tokens, doc.sentences, shouted, shapes, found);
      found = labelCoordinatedNames(doc.tokens, found);
      found = findVesselNames(doc.text, doc.tokens, shapes, found);
      found = findWeaponNames(doc.tokens, shapes, found);
      found = addCompoundAdjectives(doc.text, doc.tokens, shapes, found);
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      doc.mentions = found.map((m, i): Mention => ({ kind: 'mention', id: `m${i}`, span: { start: m.start, end: m.end }, text: doc.text.slice(m.start, m.end), label: m.label, origin }));
    },
  };
}

/** The mentions of one sentence: gazetteer hits, then names, groups and short forms where no hit is. */
function mentionsOfSentence(doc: ArticleDoc, sentence: Sentence, shouted: boolean, known: KnownNames, kb: Kb): Candidate[] {
  const shapes = nameShapes();
  const { tokens } = doc;
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const hits = matchGazetteer(doc.text, sentence.span.start, sentence.span.end, kb, shouted)
    .filter((h) => !isCityInsideName(tokens, from, h, kb.officeTitles) && !isCityBeforeParticle(tokens, h, shapes) && !isSurnameHit(tokens, from, h, shapes, known) && !isOpeningWord(tokens, from, h, kb))
    .map((h) => (isAttributiveStateName(tokens, h) ? { ...h, label: 'NORP' as const } : h));
  const hitOf = new Map<Token, GazetteerCandidate>();
  for (let i = from, k = 0; i < to && k < hits.length; i++) {
    const t = tokens[i]!;
    while (k < hits.length && hits[k]!.end <= t.start) k++;
    if (k < hits.length && hits[k]!.start < t.end) hitOf.set(t, hits[k]!);
  }
  const hitAt = (t: Token): GazetteerCandidate | undefined => hitOf.get(t);
  const names = shouted
    ? { names: findShoutedNames(tokens, from, to, known, (t) => hitAt(t) !== undefined), absorbed: new Set<GazetteerCandidate>() }
    : findNames({ tokens, from, to, kb, shapes, hitAt, known });
  const kept: Candidate[] = [...hits.filter((h) => !names.absorbed.has(h)).map(({ start, end, label, match }) => ({ start, end, label, readings: match.refs.map((r) => r.type) })), ...names.names];
  const taken = (t: Token) => hitOf.has(t) || kept.some((m) => t.start < m.end && m.start < t.end);
  const demonym = (t: Token) => hitOf.get(t)?.label === 'NORP' && hitOf.get(t)!.start === t.start && hitOf.get(t)!.end === t.end;
  const groups = findGroups(tokens, from, to, shapes, taken, shouted, demonym);
  const inGroup = (c: Candidate) => groups.some((g) => g.start <= c.start && c.end <= g.end && g.end - g.start > c.end - c.start);
  return [...kept.filter((c) => !inGroup(c)), ...groups.map((g): Candidate => ({ ...g, label: 'NORP' }))];
}

/**
 * A town whose name is a common English word ("Mobile", "Reading", "Split") opening its sentence
 * before a word in lower case ("Mobile data was cut", "Reading the charges, the judge …"): the
 * capital says nothing there, and the word is the ordinary one. A country's name always counts, and
 * so does the town before a noun of its people or bodies ("Reading police said"), which names
 * the place.
 */
function isOpeningWord(tokens: readonly Token[], from: number, hit: GazetteerCandidate, kb: Kb): boolean {
  let i = from;
  while (i < tokens.length && /^\p{P}+$/u.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || first.start !== hit.start || first.end !== hit.end) return false;
  if (!hit.match.refs.every((r) => r.type === 'city' || r.type === 'capital' || r.type === 'region')) return false;
  if (!nameShapes().isEnglishWord(first.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === first.sentence && /^\p{Ll}/u.test(next.text) && !kb.sectorTerms.has(next.normal);
}

/**
 * A state's name that is also its adjective ("Saudi", "Thai") is the adjective before a word in
 * lower case: "Saudi officials", "a Thai farmer" (NORP); alone it is the state ("talks with Saudi").
 * Its readings stay, so the actors stage finds the state either way.
 */
function isAttributiveStateName(tokens: readonly Token[], hit: GazetteerCandidate): boolean {
  const types = new Set(hit.match.refs.map((r) => r.type));
  if (hit.label !== 'GPE' || !types.has('demonym') || !types.has('country')) return false;
  const k = tokenAtOffset(tokens, 0, tokens.length, hit.end);
  const next = tokens[k];
  return next !== undefined && next.sentence === tokens[k - 1]?.sentence && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}
