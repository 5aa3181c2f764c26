import { sentenceHolding } from '../../core/search.js';
import type { ActorMention, ArticleDoc, PlaceMention } from '../../core/document.js';
import type { Stage } from '../../core/stage.js';
import type { GroupNounSource } from '../../kb/group-nouns.js';
import { type GazetteerMatch, type Kb, loadKb, type UserDictionary } from '../../kb/index.js';
import type { PeopleLookup } from '../../memory/people.js';
import type { ActorContext } from './context.js';
import { rankCountries } from './01-rank-countries.js';
import { resolvePerson } from './02-resolve-people.js';
import { resolvePlaceOrState } from './03-resolve-places-and-states.js';
import { resolveDemonym } from './04-resolve-demonyms.js';
import { resolveOrganisation } from './05-resolve-organisations.js';
import { resolvePronouns } from './06-resolve-pronouns.js';
import { resolveCollectives, resolveLeftCollectives } from './07-resolve-collectives.js';
import { userEntryOf } from './09-person-context.js';
import { resolveByShape, settleLocalities } from './10-name-shapes.js';
import { resolveSectorInCountry } from './11-sector-in-country.js';
import { resolveAdministration } from './12-administration.js';
import { disambiguatePlaces } from './13-disambiguate-places.js';
import { bindDefinedAcronyms } from './15-defined-acronyms.js';
import { bindNumeralSubjects } from './16-numeral-subjects.js';
import { bindDefiniteGroups } from './17-definite-groups.js';
import { codeSceneSubjects } from './18-scene-place.js';
import { codeStatedNationalities } from './19-nationality-apposition.js';
import { codeGroupNouns, codeStateOffices, findGroupNouns, type GroupNounHit } from './14-group-nouns.js';
import { mentionSpan, nestedMentionIds, nestedMentions, pushActor } from './context.js';
import { CAPITALS, datelinePlaceAt } from '../sentences/split-dateline.js';

// 4: an office named without a person takes its sector ("the Irish premier", "the British Prime Minister").
// 6: any kind of person WordNet knows is a group ("a village chief", "two shepherds": resources/kb/person-nouns.json).
// 7: a definite group noun takes the state of the earlier mention it repeats ("… The soldiers");
// an acronym the text defines ("Rapid Support Forces (RSF)") reads as its name wherever it stands.
// 9: a finite verb between a name and a group noun ends the name's phrase ("the Taliban attacked soldiers").
// An acronym two organisations share reads as the one whose state the story names ("RSF"); a group noun after
// "its" belongs to the state or body before it; "they" continues the group before it.
// "both sides" takes countries only from a coordinated pair ("Armenia and Azerbaijan"), never from the two most named.
// 10: a force's installation or weapon after "its" stands for its owner's force ("Kenya said its jets bombed …").
// 11: a titled person whose sentence names only states their verb acts on ("accused Rwanda", "thanked the United States")
// takes the article's state, unless that is one of them.
// 12: after "their", a weapon or installation stands for the force of the plural subject before it when that is a
// force or a state body ("Rebels said their jets bombed …", "officials said their jets struck …"), with the owner's sector.
// 13: trade unions are labour (LAB); Phoenix agents' plurals on the phrase's head ("heads of state", "militiamen").
// 14: "its forces" as a subject are the military of the body before it (forces an installation noun); a listed group
// phrase wins over owner + installation; a force word opening a sentence joins its vehicle; "its" opening a sentence is
// the previous sentence's subject (body or state, not a person); an unknown name after "the village/town/district of" is a
// place, in the country the other places of its sentence agree on.
// 15: a place name the entities stage read by the preposition before it is a place (no coordinates; its country from
//     the other places of its sentence), as after "the village of".
// 16: a place written in a larger place ("Richmond, Western Cape", "Tripoli, Lebanon", "… in northern Limpopo") is
//     read in that place's state: it decides between same-named places, and a name with no reading there is a place
//     there without coordinates (13-disambiguate-places' containerOf).
// 17: a force named after an ethnic, religious or regional group ("Tigrayan forces", "Kurdish units"; group-nouns.json
//     groupForces) is a non-state group, in the state of the region its name is made from ("Tigrayan" → Tigray → ETH).
// 18: a state's adjective in a phrase of place before its edge or ground ("near the Libyan border", "in Greek waters")
//     is no party (names.json frontierNouns).
// 19: one who speaks or acts for a body ("a spokesman for the UN", "representatives of the rebels"; group-nouns.json
//     voiceNouns) is no party of their own: the events stage reads the body.
// 20: a group noun before what it is taken as ("took six guards hostage"; group-nouns.json captiveComplements) heads its phrase.
// 21: a place the towns' gazetteer does not know takes the state of the first- or second-order division of its name
//     (resources/kb/divisions.tsv.gz, GeoNames admin1/admin2: "in Gazipur district" BGD), among namesakes the story's, or
//     one that sounds like it within the state a disputed region or the story points to ("Shopian" → Shupiyan, IND); a
//     disputed region ("Kashmir") takes the claimant the story points to; a place left without a state takes its
//     sentence's later places' or the story's places' state; a first-order division of the gazetteer is a region.
// 22: only places with a reading or a division's point count as where the story is: a state guessed for an unknown name is no evidence.
// 23: a disputed region takes the claimant the story's places point to, not its parties' states ("Pakistani troops shelled
//     … in Kashmir").
// 24: an organisation the story calls fighters ("rebels of the X", "fighters from X", "the X militiamen") is an armed group (REB)
//     wherever it is named, whatever its name's shape ("Coalition of …" reads as an NGO alone).
// 25: a group noun of an armed sector before an armed act's noun names its doer ("a rebel attack", "an insurgent drone
//     strike"; group-nouns.json doerActs), though it does not head its phrase.
// 26: collectives: "the two armies/forces" (MIL), "the two capitals", "the warring parties/sides/armies", and a bare "the
//     neighbours" only where it means the pair; an earlier collective that meant the pair names it for a later one.
// 27: a word of a date the dates stage read is no place ("Nov 3" is not the town Nov); a wire dateline's place in
//     capitals ("BANGUI, Nov 3 (Reuters) -") is read as the name it spells and is a place, never an actor.
// 28: a definite armed group noun with no country ("the rebels", "the militants") is the armed group named in its sentence
//     or the three before and takes its code, when those groups agree on one (17-definite-groups.ts).
// 29: an acronym several organisations share is read by the states of every place the article names (before or after
//     it), else by an armed group noun after it ("RSF fighters"), else the first listed (05-resolve-organisations.ts).
// 30: a state that is the goal of a movement verb ("families fled into Guinea"; kb/destinations.ts) gives the group nouns
//     of the story no country.
// 31: a place no state is found for, in a story that points to none, is the first-order division whose consonants match
//     in one state only ("Baluchistan" → Balochistan, PAK; kb/divisions.ts divisionLikeAnywhere); the gazetteer and the
//     divisions know compass-named divisions by the word's other form ("South Kordofan" for GeoNames' "Southern Kordofan").
// 32: a demonym joined to "Inter-"/"Pan-"/"Trans-" names no state ("the Inter-American Highway"); a state's force or office
//     takes its place's country though the sentence names another state's people or the far side of a border ("arrested
//     three Mexican nationals", "near the border with Mexico"); "Armed Forces" with a state is its military (MIL), rebels
//     only beside another rebel word; a goal written after its state's possessive ("into Guinea's Lola prefecture") is a
//     goal, and a town that is a goal in a state the story's other places are not in gives no country either.
// 33: plural nouns of areas before "of" read the name after it as a place ("the border provinces of Dajabón").
// 34: that group's code also outweighs a country only a place gave the noun ("… The militants then ambushed a convoy near
//     Garissa"); "the group", "the organisation" (group-nouns.json bodyAnaphors) is the body named last before it; "the
//     opposition" is a party (OPP) in the state of its story.
// 35: an armed group noun with a word that says it is not known (group-nouns.json anonymousModifiers: "unidentified
//     gunmen", "unknown militants") is UAF, whatever another dictionary gives the phrase (Phoenix: rebels).
// 36: a bare count with no group before it that undergoes a toll verb (its quantity is dead, injured, arrested, displaced
//     or missing: "Three were killed", "Dozens were detained") is people (CVL, via count-of-people).
// 37: "the group" is not the body named before it when the story brought in "a group" since (17-definite-groups.ts).
// 38: a group noun of an armed sector possessing an armed act's noun is its doer ("the army's shelling", 14-group-nouns.ts doerOfAct).
// 39: "reinforcements" is a group noun of forces (MIL) and, after an owner word ("police reinforcements"), a force's
//     installation noun that takes the owner's sector (group-nouns.json).
// 40: a state body (group-nouns.json states: "officials", "the authorities", "police") in a story that names no place
//     but one state as a state takes that state (group-noun-article-state); a name headed by a state office's title
//     ("Human Rights Ombudsman", offices.json) is the state's office, not an NGO; a demonym after "anti-"/"pro-" is
//     the target of a stance, not the nationality of its holders.
// 41: a name the gazetteer knows as a city, written with a first-level division's noun after it ("in Kaduna state"), is
//     that division ("Kaduna State") when the gazetteer has it in the same state (03-resolve divisionNamedAfter).
// 42: "in the Georgian capital" is a place, the state's capital (names.json capitalNouns), no party; a name set after
//     "the capital" ("in the capital, Tbilisi") or after "the streets/suburbs/edge of" is a location (isLocatedBy).
// 43: a count with an "of" phrase naming its own group is no part of a group before it ("Hundreds of workers went on
// strike" after a sentence on soldiers made "Hundreds" a military actor; 16-numeral-subjects.ts namesItsGroup).
// 44: a place name written before "state"/"province"/… is looked up as the division the gazetteer spells with that noun
// ("in Plateau state" → Plateau State, NGA; it was a city with no country; 10-name-shapes.ts).
// 45: "the two ministers", "both leaders" (people who act for a state) are the two states whose parties the text has just
// named, coordinated or not ("Kenya's foreign minister met his Somali counterpart … The two ministers agreed";
// 07-resolve-collectives.ts envoyStates); "Lao" is Laos's demonym (country-aliases.json).
// 46: "officers" (a rank both forces have, group-nouns.json sharedForceNouns) are the police's where their sentence or the
// one before names the police and no military force ("Police said officers arrested …"; 14-group-nouns.ts policeAround).
// 47: "Islamic Jihad" is the Palestinian group (organisations.json; Phoenix's dictionary has it as an old alias of
// Hezbollah, which coded Gaza's rocket fire to Lebanon).
// 48: a force's custody or detention stands for the force like its camp ("police custody" → COP of the place's state;
// group-nouns.json installations).
// 49: another state's adjective right before a listed armed group's name names that state's namesake group ("Egyptian
// Islamic Jihad" EGY, "Pakistani Taliban"; 05-resolve-organisations.ts demonymBefore).
// 50: 49's namesake group only for a non-state armed group's name (REB, PRM, UAF): "Togolese blue helmets" stay the UN's.
// 51 (review): not for the name modifying a noun other than its armed members ("Israeli Hamas talks": Hamas stays PSE).
// 52: towns and regions of one state count towards the article's country (01-rank-countries.ts): a story told through
//     its places, naming a state abroad once, is about its own state; a state known only by its places has the first
//     of them as evidence (08-context-country.ts).
// 53 (review of h25b's rank): each distinct place counts once toward its state's salience, and the places of
// another state never lift it to a state named with the possessive of an office that acts with its holder unnamed
// ("Kenya's trade minister toured Kampala, Jinja and Gulu … Minister Rebecca Miano met traders": KEN; 01-rank-countries.ts).
// 54: a body named after an intergovernmental organisation ("the U.N. Stabilization Mission in Haiti", "the EU Training
// Mission in Mali") is that organisation's, one actor (05-resolve-organisations.ts igoOf); a titled name after an office set before
// it by a comma takes the office's state ("Kenya's president, General John Mwangi"; 02-resolve-people.ts officeEndingAt);
// "States" alone is no name of the US ("the Union of Coastal States"; country-aliases.json).
// 55: an office in apposition that names no state ("Jane Wanjiru, the interior minister,") is the name's title, and the
// context places it as for a titled name (09-person-context.ts appositiveOfficeAfter); not before "of" or a possessive.
// 56: a state's body named without its state ("The government refused …", "Police said …", definite or opening its
// sentence) that no rule placed is the state the story is about, when one state's salience is at least twice the next
// one's and the sentence names no other (14-group-nouns.ts dominantState; group-noun-article-state).
// 57: an unknown organisation headed by a state office ("The Defence Ministry said …") takes that state too
// (05-resolve-organisations.ts, via org-article-state), when its sentence names no other state.
// 58: an unknown state office takes the story's state only after the group nouns had their turn (14-group-nouns.ts
// codeStateOffices): a bare "Police" takes the place of its sentence first (group-noun-place), as before 57.
// 59: a state's body whose state is only guessed from the story (group-noun-article-place, -article-state,
// org-article-state) takes none when its sentence names another body of that state as such ("Kenyan diplomats").
// 60: state armed forces by their news names and acronyms (FARDC, UPDF, KDF, SANDF, IRGC, Tatmadaw …) and the militias
//     beside them (PMF, Kataib Hezbollah, Imbonerakure …; organisations.json): a force named by its acronym had no state.
// 61: an Arabic surname named again without its article ("… al-Rubaie … Rubaie said") is the same person (people
//     memory); security, intelligence and spy chiefs are state titles (GOV), military and defence chiefs MIL (offices.json).
// 62: a world-gazetteer town in a state the article names in no other way is no place before a division noun ("Lac
//     province") or inside a local site's name ("the … fuel plant"; 13-disambiguate-places.ts dropStrayTowns).
// 63 (review B3): "SAF" names no state (Sudan's and Singapore's armed forces both): the Sudanese Armed Forces by name only.
// 64 (review B8): a security chief owned by a body that is no state's ("the arena's security chief") has no sector;
//     named alone, with a state or a state's body it stays GOV (offices.json ownedTitles, stateOwners).
// 65 (review B2): 62's site name only before a noun of a built or worked site (site-nouns.json: "plant", "works", "mine"
//     …): before "countryside" or "area" the foreign town is the place ("the Kupiansk countryside").
// 66: a committee or council named for a change of regime ("the Supreme Committee for Transition and Renewal"; ruling-bodies.json)
//     is the state's ruling body (GOV; the story's state through codeStateOffices), not an NGO by its "Committee for …".
// 67: a word of transition ("Transitional", "Transition") makes a ruling body only beside a word of power ("Supreme",
//     "Military", "Governing"), and no name with a word of another field or a region ("Energy", "Justice", "Southern") is one.
// 68: a town name whose every reading is a town of a far state the article names in no other way (under 500,000 people,
//     no capital) is a local namesake: its homonym in the story's state, else an unplaced town the story's state settles
//     ("Police in Leicester" in a Zambian story); beside a word of talks ("talks in Lausanne"; venue-nouns.json) it stays abroad.
// 69: a name of a division's part set after a word of direction or height ("Vest-Finnmark", "North Turkana"; compass-prefixes.json)
//     is read as that division when the divisions table does not know the whole name (kb/divisions.ts divisionsNamed).
// 70 (h29b): a collective no state pair resolved ("the two sides", "both sides") is read again once every party is coded:
//     the nearest two states' parties named together before it ("Guyanese police and Venezuelan soldiers"), else the
//     story's coordinated pair named anywhere before (when the story's most named state is in it), else a farther pair
//     of two states, else two parties of one state named together just before (07-resolve-collectives.ts resolveLeftCollectives).
// 71: "the union", "the association" (group-nouns.json bodyNouns, then namedBodyAnaphors) is the body named last before it whose own name
//     holds that noun ("the Andean Miners Union … the union turned down"), passing over bodies of other kinds (17-definite-groups.ts).
// 72 (h29g): a name set after "the capital" is a place with up to two words saying which capital ("the regional capital
//     Goma") and, after a preposition of place, when a phrase of time or place follows it ("in the capital Dhaka on
//     Monday"; 03-resolve-places-and-states.ts isLocatedBy), not the government acting by its seat.
// 73 (h29x2): "the union" (group-nouns.json bodyNouns: one list with the events stage's uncoded body subjects, adding
//     "the board", "the department", "the assembly" …) takes up a named body of its kind only within three sentences,
//     and not past a body of that kind mentioned since without its name ("a nurses' union", "their union").
// 74 (review B8): a compass word's part of a division ("Upper X") is read as X only when X is a first-order division or lies
//     in a state the sentence or story points to (kb/divisions.ts divisionsNamed): no far county is taken.
// 75 (review B7): 68's local namesake with no homonym in the story's state is read as an unplaced local town only where no
//     sentence naming it is one of travel or exile (travel-words.json: "held at the airport in X", "extradited from X").
// 76 (h29x1, review A1): "they" doing an act continues the group of people that was the subject before only when that
//     subject's main clause acted on no people ("Riot officers charged a crowd of drivers. They hurled rocks": the crowd, or
//     no one; 16-numeral-subjects.ts peopleActedOnBetween).
// 77 (h29x3): a collective read as two parties of one state keeps the two parties with their sectors (memberParties:
//     "police and opposition supporters … both sides" is the state's COP and OPP), not the state's code alone.
// 78 (h30h, group-nouns.json 2026.22-h30h): a village headman is a group noun (CVL), a party as elders and chiefs are.
// 79 (h30c): an ISO dependency is coded as the state that controls it, as PLOVER's actor model folds them (country-aliases.json
//     `dependencies`: Puerto Rico's police USA, Greenland's union DNK); Hong Kong, Palestine and Kosovo keep their codes.
//     A legislature's, government's or court's name followed by "party" ("the Congress party") is a party of that name, of the
//     story's state, not the body (05-resolve-organisations.ts).
// 80 (h30x5): so is such a name before "party" and a noun ("Congress party workers"): the group nouns no longer read the
//     name as the body, and a state's possessive before it ("India's Congress party") is of the party's sector, not the
//     body's (phrases.ts namesakePartyAt).
// 81 (h31h): a capitalised noun after "the" ("the Navy", "the Army") takes up the institution its noun ends, named in full
//     anywhere before in the story ("the Peruvian Army" … many sentences on … "blame the Army"), not only in the last
//     four sentences: it no longer takes the state of a place its own sentence names (14-group-nouns.ts). A listed
//     non-state armed group's name after "the" and a capitalised word no mention reads ("the Upland Allied Democratic
//     Forces") is another group's longer name, of no listed state (05-resolve-organisations.ts nameWordBefore).
//     anywhere before in the story ("The Sri Lanka Navy apprehended …" … "The Navy rejects the claims"), not only in the
//     last four sentences: it no longer takes the state of a place its own sentence names (14-group-nouns.ts). A listed
//     non-state armed group's name after "the" and a capitalised word no mention reads ("the Karen National Liberation
//     Army") is another group's longer name, of no listed state (05-resolve-organisations.ts nameWordBefore).
// 82 (w2c): the staff of a state's mission abroad ("a press attaché at the Chilean embassy") take the mission's state
//     and, where the lexicon reads them as civilians, its sector, not the host state of the sentence's places
//     (14-group-nouns.ts missionOf; group-nouns.json `missions`).
// 83 (lead32): a name no gazetteer knows, set before the lower-case noun of a site after a preposition of place and a
//     determiner ("detained at the Torugart checkpoint", "opened fire outside the Bakoro camp"), is the locality the site is at
//     (10-name-shapes.ts resolveNamedLocality), the place analysts write for an act there.
// 84 (h33d): a gazetteer name right before a capitalised head noun of a local site's name ("Baghdad Street",
//     "Lincoln Square"), or a demonym before "region"/"regional" ("the Somali region"), has no reading when the
//     article names its state in no other way: the site lies where the story is, not in a capital abroad or a
//     neighbour (13-disambiguate-places.ts dropQualifiedNamesakes; site-nouns.json nameHeads, demonymDivisions).
//     A state word before "counterpart" ("met his Peruvian counterpart") is the titled person's other side, not
//     their state (08-context-country.ts isCounterpartState). A place named as (part of) a first-order division of a
//     state the story names is in that state even when the story names another more (10-name-shapes.ts localityCountry).
// 85 (rv2, review): a division noun ("Region", "District", "County"; site-nouns.json divisionHeads) makes a local name only
//     of a name the gazetteer knows as a region or a minor town alone ("the Kurdistan Region" beside a small namesake town): "the Kharkiv Region"
//     in a story told from Moscow is a division of the town's own state, not a local namesake; a demonym before "region"/
//     "regional" is a division only where a first-order division is so named in a state the story names
//     (site-nouns.json demonymDivisions: "a Russian regional governor" in a story of Ukraine stays Russian).
// 86 (rv1, review of lead32): the name before a site's noun is read as its locality only for sites mostly called after
//     where they stand (checkpoint, crossing, camp, base, port, prison, bridge, hospital): not a stadium, square,
//     airport or house of worship ("rallied at the Mandela stadium"), often called after a person or an idea.
// 87 (lead34): a town the text puts in a state ("the Ethiopian town of X", "Ethiopia's X", "X, Ethiopia") where the world
//     gazetteer lists only a namesake abroad is a town of that state without coordinates; the state before the name also
//     chooses among same-named towns (13-disambiguate-places statedStateOf).
// 88 (h34a): a force noun before "gunfire", "fire", "airstrike", "bombardment", "crackdown" names who did the act
//     (group-nouns.json doerActs), and so does a possessor with one compound noun before the act ("the army's air strike");
//     "the service", "the office" take up a body so named just before (group-nouns.json bodyNouns, namedOnly).
// 89 (h34b): an unknown name introduced as a civil-society body ("the rights group X", "X, a local rights group,") and a
//     group noun that names one ("a foreign non-governmental organisation") are coded NGO (organisation-shapes.json
//     ngoDescriptors), not given the state of their place or story: analysts code such groups NGO, whatever state they work in.
//     Officers or forces of a state sector followed by "of" and the body they serve ("diplomats of the Embassy of
//     Portugal", "gunners of the coastal artillery of the Greek navy") take that body's code (14-group-nouns.ts bodyOwnerOf), as
//     a mission's staff take the mission's: the country named in the actor's own phrase outranks the place and the story.
//     A titled person's state guessed from the context (sentence-country, article-country) no longer counts as another
//     state of the sentence that keeps a state's body from the country of its sentence's place (otherStateInSentence).
// 90 (lead, freeze): a state's name after a place and a comma that qualifies the noun after it ("near X, US officials
//     said") is no larger place the town lies in (87 had put such towns in that state).
// 91 (h36f): a place an organisation's name holds gives it that place's state when no state is named ("the North Kivu
//     Provincial Assembly" COD, org-place; "Front for the Liberation of Manicaland" ZWE REB, whose head before "for" is
//     read as an armed group's); a group noun's place after "of" ("the governor of Manicaland") is its state whatever
//     other state its sentence names (group-noun-of-place). News from regions the dictionaries do not know names its
//     bodies so.
//     A sentence opened by "In PLACE," gives its subject, a state's office no state is named for, the state of that place
//     when the place names its state (its name, its capital) or lies in the story's one state (18-scene-place.ts).
//     A group or person followed by an apposition of one nationality ("two engineers, both Turkish nationals,", "the
//     skipper, a Danish national,") takes that state over a place's guess (19-nationality-apposition.ts).
// 92 (h37f): minor towns of a state no other kind of name points to do not vouch for one another when a far namesake is
//     weighed (13-disambiguate-places dropForeignNamesakes): a story set in one city that names several of its districts,
//     each also a small town abroad, no longer reads them all abroad by their own number. A namesake so dropped takes the
//     state the article's names point to at least twice as often as any other, not the places' alone (a venue abroad
//     named once would win). Demonyms of more states (country-aliases.json: "Ecuadorian", "Icelandic", "Djiboutian").
//     A name the bodies of many states bear (organisations.json sharedNames: "Senate", "Congress", "House of
//     Representatives") is the listed US body only where the text gives no other state: a state or demonym right before
//     it makes it that state's ("Nigeria's Senate": one actor, not NGA + USA), and a story clearly told about one other
//     state (three mentions' weight, twice any other state's) that never names the body's own gives it that state (via
//     shared-name). The dictionaries were written from US news.
// 93: a shared body name keeps the listed body where its own sentence names the story's state after it, as the other
//     party of its act ("the Foreign Office summoned Iran's envoy" in a story about Iran; r37a).
// 94 (h38b): "the governor's office", "the prime minister's press service": a state title's possessive before what its
//     staff is called (group-nouns.json titleOffices) names the office, a state body coded like a group noun (it was no actor).
// 95 (h38g): a name before a junction, interchange, roundabout or market, after a preposition of place, is the locality
//     the site is called after (site-nouns.json namedByLocality), a place with no coordinates.
// 96 (h38c): "the two sides", "both governments", "the two countries" that neither the story's pair nor parties named
//     together resolve are, last, the two states the text names in their sentence and the two before, when there are
//     exactly two, as "the two ministers" are (07-resolve-collectives.ts resolveLeftCollectives, envoyStates): "Beijing
//     hosted the junta chief … the two sides agreed" is China and Myanmar.
// 97 (h39b): "the mission", "the force" take up a body so named (group-nouns.json bodyNouns, namedOnly), and a kind of body
//     names the body it stands beside in apposition, compound or possessive ("MONUSCO, the UN mission …", "the EU's training
//     mission") as its own name would (17-definite-groups.ts kindNounOf): "the mission condemned …" had no doer and no event.
// 98 (h39g): a locality no gazetteer knows is not placed in the state of a demonym after it that names people in what was
//     done there ("near Kalonda, killing five Zambian men", 10-name-shapes.ts namesPeople): the victims' state, not the
//     scene's; a bare shared name ("Congress", "the Senate") goes to the story's state though the story names the listed
//     body's state once or twice, unless that state weighs a third of the story's or is named in the body's sentence or the
//     one before (05-resolve-organisations.ts sharedNameElsewhere).
// 99 (h39d): a name before a site noun called after its locality is that locality when a verb acts on the site too ("closed
//     the Kolembari crossing"), not only after a preposition of place.
// 100 (h40b): an office title the entity layer read as an organisation's letters ("a Dutch MP, Jan Smit") titles the
//     person after it (02-resolve-people.ts overlapsOtherMention), who takes the demonym's state, and so do later mentions.
// 101 (h40a): a place where an international body or rights group spoke or sits ("said in Geneva", "its office in
//     Vienna", "based in London") lends no country to the sentence's group nouns (14-group-nouns.ts placeOfBodyOnly).
// 102 (h40c): in that last fallback the state that brings the sides together is none of them: the subject of a broker verb,
//     the owner of a mediator noun, the "of" of a mediation noun (role-words.json mediatorNouns, mediationNouns, hostVerbs
//     brokerOnly) is left out of the states named, and the two others are the sides ("Oslo had brokered talks between
//     the two sides" after a story of two other states).
// 103 (r40): the participles that place a body's seat are data (group-nouns.json seatNouns verbs: "based",
//     "headquartered"), and one the parse reads as a predicate ("the agency is headquartered in Rome") places its subject.
const VERSION = 103;

export interface ActorsOptions {
  /**
   * People learned from earlier articles (src/memory): "Pashinyan said" in an article that never
   * gives his title resolves to ARM GOV, via 'memory'. A synchronous lookup: load it before the run.
   */
  readonly memory?: PeopleLookup;
  /** User dictionaries (src/kb/user-dictionaries.ts); pass the same list to `entities`. Their entries win over every rule. */
  readonly userDictionaries?: readonly UserDictionary[];
  /** Group nouns beyond resources/kb/group-nouns.json (the Phoenix agents), below the curated ones. */
  readonly groupNouns?: GroupNounSource;
}

/** Prefixes that make a demonym after them a region's or a continent's, not a state's (a short closed class). */
const SHARED_PREFIX = /\b(?:inter|pan|trans)-$/i;
/**
 * Prefixes of a stance that make a demonym after them its target, not the nationality of who holds it: "anti-American
 * protesters" in Tashkent are Uzbeks against the US, "pro-Russian activists" need not be Russians (a closed class).
 */
const STANCE_PREFIX = /\b(?:anti|pro)-$/i;

/**
 * Resolves mentions to PLOVER actors (country or organisation code + sector, with evidence spans)
 * and to places with coordinates.
 *
 * Rules run per sentence in this order, because earlier ones consume mentions later ones would
 * misread: people (a title's demonym belongs to the person), organisations (a demonym before an
 * unknown body belongs to it), places and states, demonyms, then pronouns and collectives.
 *
 * @example
 * actors().run(doc, { report })  // doc after sentences + entities
 * // "Armenian Prime Minister Nikol Pashinyan said" → {code: 'ARM', sector: 'GOV', actorKind: 'person', via: 'title'}
 */

export function actors(options: ActorsOptions = {}): Stage {
  return {
    name: 'actors',
    version: VERSION,
    requires: ['sentences', 'tokens', 'mentions'],
    assigns: ['actors', 'places'],
    run(doc: ArticleDoc, { report }) {
      const kb = loadKb(options.userDictionaries ? { userDictionaries: options.userDictionaries } : {});
      const found = new Map<string, GazetteerMatch>();
      for (const m of doc.mentions) {
        // "BANGUI, Nov 3 (Reuters) -": a word of a date the dates stage read is no place ("Nov" is also a town).
        if (doc.times.some((t) => t.span.start <= m.span.start && m.span.end <= t.span.end)) continue;
        // "the Inter-American Highway", "a Pan-African body", "Trans-Saharan trade": a demonym joined to a prefix of
        // many peoples names no one state.
        if (m.label === 'NORP' && SHARED_PREFIX.test(doc.text.slice(Math.max(0, m.span.start - 7), m.span.start))) continue;
        if (m.label === 'NORP' && STANCE_PREFIX.test(doc.text.slice(Math.max(0, m.span.start - 6), m.span.start))) continue;
        const hit = kb.match(doc.text, m.span.start, m.span.end).find((g) => g.start === m.span.start && g.end === m.span.end)
          ?? datelinePlace(doc, kb, m.span);
        if (hit) found.set(m.id, hit);
      }
      const readings = disambiguatePlaces(doc, found, kb);
      const { salience, pair } = rankCountries(doc, readings, kb);
      const ctx: ActorContext = {
        doc, kb, origin: { stage: `actors@${VERSION}`, resource: kb.version }, actors: [], places: [],
        readings, salience, pair, people: new Map(), consumed: new Set(), ...(options.memory ? { memory: options.memory } : {}),
        ...(options.groupNouns ? { groupNouns: options.groupNouns } : {}),
      };
      const bySentence = new Map<number, typeof doc.mentions>();
      for (const m of doc.mentions) {
        const s = sentenceHolding(doc.sentences, m.span.start, m.span.end);
        if (!s) {
          report('warning', 'actors/mention-outside-sentence', `Mention "${m.text}" lies outside every sentence; re-run entities after sentences.`, { span: m.span, actual: m.text });
          continue;
        }
        const list = bySentence.get(s.index) ?? [];
        list.push(m);
        bySentence.set(s.index, list);
      }
      // A state or place nested in an organisation's name is read with that name (05, 10), never alone.
      // One nested only in an adjective ("Saudi" in "Saudi-led", "Iraqi" in "Iraqi Kurds") is read alone:
      // the adjective has no reading of its own.
      const inAdjectiveOnly = mentionsInAdjectivesOnly(doc);
      for (const id of nestedMentionIds(doc)) if (!inAdjectiveOnly.has(id)) ctx.consumed.add(id);
      const groups: GroupNounHit[] = [];
      for (const sentence of doc.sentences) {
        const mentions = bySentence.get(sentence.index) ?? [];
        for (const m of mentions) if (m.label === 'ORG' && resolveUserOrganisation(ctx, m)) ctx.consumed.add(m.id);
        for (const m of mentions) if ((m.label === 'PERSON' || m.label === 'ORG' || m.label === 'LOC') && !ctx.consumed.has(m.id) && resolveByShape(ctx, m, sentence)) ctx.consumed.add(m.id);
        for (const m of mentions) if (m.label === 'PERSON' && !ctx.consumed.has(m.id)) resolvePerson(ctx, m, sentence);
        for (const m of mentions) if (m.label === 'ORG' && !ctx.consumed.has(m.id)) resolveOrganisation(ctx, m, sentence);
        for (const m of mentions) {
          if (ctx.consumed.has(m.id)) continue;
          if (m.label === 'GPE' || m.label === 'LOC') resolvePlaceOrState(ctx, m, sentence);
          else if (m.label === 'NORP') resolveDemonym(ctx, m, sentence);
        }
        resolveSectorInCountry(ctx, sentence);
        resolveAdministration(ctx, sentence);
        resolvePronouns(ctx, sentence);
        resolveCollectives(ctx, sentence);
        groups.push(...findGroupNouns(ctx, sentence));
      }
      settleLocalities(ctx);
      // Group nouns take the country of a place, which may come later in the article.
      codeGroupNouns(ctx, groups);
      codeStateOffices(ctx);
      codeSceneSubjects(ctx);
      codeStatedNationalities(ctx);
      // Once every party is coded: a collective no state pair resolved takes the parties named together before it.
      resolveLeftCollectives(ctx);
      bindNumeralSubjects(ctx);
      bindDefinedAcronyms(ctx);
      bindDefiniteGroups(ctx);
      doc.actors = renumber(ctx.actors.map((a) => foldDependencies(a, kb.controllingState)), 'a');
      doc.places = renumber(ctx.places.map((p) => (p.countryCode && kb.controllingState.has(p.countryCode) ? { ...p, countryCode: kb.controllingState.get(p.countryCode)! } : p)), 'p');
    },
  };
}

/** An organisation or group from a user dictionary: the user's code and sector, stamped with the dictionary's version. */
function resolveUserOrganisation(ctx: ActorContext, mention: ActorContext['doc']['mentions'][number]): boolean {
  const user = userEntryOf(ctx, mention);
  if (!user) return false;
  pushActor(ctx, {
    span: mention.span, text: mention.text, code: user.entry.code, sector: user.entry.sector,
    actorKind: user.entry.kind === 'group' ? 'group' : 'organization', name: user.entry.name, via: 'user-dictionary',
    evidence: [mentionSpan(mention)], origin: { stage: ctx.origin.stage, resource: user.resource },
  });
  return true;
}

/** Mentions nested in NORP adjectives ("Saudi-led", "pro-Moscow") and in no other, longer mention. */
function mentionsInAdjectivesOnly(doc: ActorContext['doc']): Set<string> {
  const inAdjective = new Set<string>();
  const inOther = new Set<string>();
  for (const outer of doc.mentions) {
    for (const m of nestedMentions(doc, outer)) {
      if (m.span.start === outer.span.start && m.span.end === outer.span.end) continue;
      (outer.label === 'NORP' ? inAdjective : inOther).add(m.id);
    }
  }
  return new Set([...inAdjective].filter((id) => !inOther.has(id)));
}

/**
 * "Puerto Rico's governor", "Greenland police", "Nouméa": PLOVER folds an ISO dependency into the state that controls it
 * (country-aliases.json `dependencies`), so an actor coded by a dependency's name, demonym or towns takes that state's code.
 * Folded last, once every rule has compared the codes it read, so a rule never sees the two as one state or two by turns.
 */
function foldDependencies(actor: ActorMention, controlling: ReadonlyMap<string, string>): ActorMention {
  const fold = (code: string | null) => (code !== null ? controlling.get(code) ?? code : code);
  const touched = [actor.code, ...(actor.members ?? []), ...(actor.memberParties ?? []).map((p) => p.code), ...(actor.dated ?? []).map((d) => d.code)]
    .some((c) => c !== null && controlling.has(c));
  if (!touched) return actor;
  return {
    ...actor, code: fold(actor.code),
    ...(actor.members ? { members: [...new Set(actor.members.map((c) => fold(c)!))] } : {}),
    ...(actor.memberParties ? { memberParties: actor.memberParties.map((p) => ({ ...p, code: fold(p.code)! })) } : {}),
    ...(actor.dated ? { dated: actor.dated.map((d) => ({ ...d, code: fold(d.code) })) } : {}),
  };
}

function renumber<T extends ActorMention | PlaceMention>(records: T[], prefix: string): T[] {
  return [...records].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end).map((r, i) => ({ ...r, id: `${prefix}${i}` }));
}

/**
 * "BANGUI, Nov 3 (Reuters) -": the place of a wire dateline is written in capitals, which the gazetteer (keyed on names
 * as written) does not know; read as the name it spells ("Bangui"), it is a place of the story like any other.
 */
function datelinePlace(doc: ArticleDoc, kb: Kb, span: { start: number; end: number }): GazetteerMatch | undefined {
  const name = doc.text.slice(span.start, span.end);
  if (!CAPITALS.test(name) || !doc.sentences.some((x) => x.span.start === span.start)) return undefined;
  const place = datelinePlaceAt(doc.text, span.start);
  if (!place || place.end !== span.end) return undefined;
  const spelled = name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase());
  const text = doc.text.slice(0, span.start) + spelled + doc.text.slice(span.end);
  return kb.match(text, span.start, span.end).find((g) => g.start === span.start && g.end === span.end);
}
