import type { Mention, Sentence } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { type ActorContext, mentionSpan, nestedMentions, pushActor, textSpan, tokenAt, tokenBefore, tokenFrom } from './context.js';
import { stateCodeOf } from './01-rank-countries.js';
import { headSectorAfter, sectorPhraseAt } from './phrases.js';
import { codeOf, provinceOf } from './13-disambiguate-places.js';
import { ARMED_SECTORS, NON_STATE_ARMED_SECTORS, STATE_BODY_SECTORS } from '../../kb/sectors.js';
import type { GazetteerRef, KbOrganisation } from '../../kb/index.js';
import { storyState } from './10-name-shapes.js';

const IGO_CODES = new Set(['UNO', 'EUR', 'IGO']);

/**
 * Organisations: known ones by name or acronym ("EU" → EUR, "UN General Assembly" → UNO,
 * "State Department" → USA GOV); unknown ones from a state modifier before them ("French
 * National Assembly" → FRA LEG) with the sector read from their head noun.
 */
export function resolveOrganisation(ctx: ActorContext, mention: Mention, sentence: Sentence): void {
  const { doc, kb } = ctx;
  const tokens = doc.tokens;
  const reading = ctx.readings.get(mention.id);
  const next = tokenFrom(tokens, mention.span.end);
  const follow = next >= 0 && next < sentence.tokenEnd && tokens[next]!.start === mention.span.end + 1
    ? headSectorAfter(tokens, next, sentence.tokenEnd, kb, () => false) : null;
  const orgRefs = reading?.refs.filter((r) => r.type === 'organisation') ?? [];
  const orgRef = orgRefs.length > 1 ? sharedAcronymReading(ctx, orgRefs, follow?.sector ?? null) : orgRefs[0];
  const evidence: TextSpan[] = [mentionSpan(mention)];
  if (follow) evidence.push(textSpan(doc, follow.start, follow.end));

  const listed = orgRef?.type === 'organisation' ? kb.organisations.get(orgRef.id)! : undefined;
  // "Kenya's Senate", "the Senate" in a story set in Colombia: a name many states' bodies bear is another state's body
  // (a party named after the body, "Nepal's Congress party", is read as such below).
  const elsewhere = listed && follow?.sector !== 'PTY' ? sharedNameElsewhere(ctx, mention, sentence, listed) : null;
  if (listed && elsewhere?.story) {
    pushActor(ctx, {
      span: mention.span, text: mention.text, code: elsewhere.story, sector: follow?.sector ?? listed.sector,
      actorKind: 'organization', name: mention.text, via: 'shared-name', evidence,
    });
    return;
  }
  // With a state named right before it, it is read as an unknown body's (below), which takes that state.
  if (listed && !elsewhere) {
    const org = listed;
    // "Pakistani Taliban", "Egyptian Islamic Jihad": another state's adjective right before a non-state armed group's name
    // names that state's namesake group, not the one the dictionary lists ("Afghan Taliban" is the listed one); "Togolese
    // blue helmets" are the UN's force, of Togo's contingent.
    // The name as a modifier of a common noun that is not its armed members ("Israeli Hamas talks", "Israeli Hamas
    // hostages") leaves the adjective to that noun.
    const modifiesNoun = next >= 0 && next < sentence.tokenEnd && tokens[next]!.pos === 'NOUN' && tokens[next]!.text === tokens[next]!.normal
      && !NON_STATE_ARMED_SECTORS.has(follow?.sector ?? '');
    // Armed groups outside a state have names other states' groups take up ("Pakistani Taliban"); a state's or the UN's
    // force ("Togolese blue helmets") is that body's.
    const namesake = NON_STATE_ARMED_SECTORS.has(org.sector ?? '') && !IGO_CODES.has(org.code) && !modifiesNoun ? demonymBefore(ctx, mention, sentence) : null;
    if (namesake && namesake.code !== org.code) {
      ctx.consumed.add(namesake.mention.id);
      const start = namesake.mention.span.start;
      pushActor(ctx, {
        span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code: namesake.code, sector: follow?.sector ?? org.sector,
        actorKind: 'group', name: doc.text.slice(start, mention.span.end), via: 'org-modifier', evidence: [mentionSpan(namesake.mention), ...evidence],
      });
      return;
    }
    // "the Upland Allied Democratic Forces": a capitalised word after "the" right before a non-state armed group's name,
    // read as no state and no other name, makes a longer name, another group that holds the listed one's words (a group
    // called the Upland one need not be Congo's ADF). The longer name is the actor, of no state its words give.
    const prefix = NON_STATE_ARMED_SECTORS.has(org.sector ?? '') ? nameWordBefore(ctx, mention, sentence) : -1;
    if (prefix >= 0) {
      const start = tokens[prefix]!.start;
      pushActor(ctx, {
        span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code: null, sector: follow?.sector ?? org.sector,
        actorKind: 'group', name: doc.text.slice(start, mention.span.end), via: 'unresolved', evidence,
      });
      return;
    }
    // "the Congress party", "the Assembly party": a state's legislature, government or court named as a party is a party
    // that bears the body's name, of whatever state the story gives (11-sector-in-country, the group nouns), not the body;
    // so is it before "party" and a noun ("Congress party workers": the sector read is the party word's, the first after
    // the name). The group nouns and a state's possessive read the name so too (phrases.ts namesakePartyAt).
    const namesakeParty = follow?.sector === 'PTY' && STATE_BODY_SECTORS.has(org.sector ?? '') && !IGO_CODES.has(org.code);
    pushActor(ctx, {
      span: mention.span, text: mention.text, code: namesakeParty ? null : org.code, sector: follow?.sector ?? org.sector,
      actorKind: IGO_CODES.has(org.code) ? 'igo' : 'organization', name: namesakeParty ? mention.text : org.name, via: namesakeParty ? 'unresolved' : 'dictionary', evidence,
    });
    return;
  }

  // Unknown organisation: a demonym or state right before it, possibly with "'s".
  const prevIndex = tokenBefore(tokens, mention.span.start);
  let modifierEnd = prevIndex >= 0 ? tokens[prevIndex]!.end : -1;
  if (prevIndex >= 0 && ["'s", '’s'].includes(tokens[prevIndex]!.normal)) modifierEnd = tokens[prevIndex - 1]?.end ?? -1;
  const modifier = doc.mentions.find((m) => m.span.end === modifierEnd && m.span.start >= sentence.span.start && ctx.readings.has(m.id))
    ?? nestedMentions(doc, mention).find((m) => ctx.readings.has(m.id) && stateCodeOf(ctx.readings.get(m.id)!) !== null);
  // "The U.N. Stabilization Mission in Haiti", "the EU Training Mission in Mali": a body named after the UN, the EU or
  // another intergovernmental organisation is that organisation's, whatever place its name holds; the two read as one.
  const igo = modifier ? igoOf(ctx, modifier) : null;
  const stated = modifier ? stateCodeOf(ctx.readings.get(modifier.id)!) ?? igo?.code ?? null : null;
  // "the Kwanza Sul Provincial Assembly", "the Council of Elders of Nampula": no state named, but a place of one state.
  const located = stated ? null : stateOfPlaceWithin(ctx, mention);
  const code = stated ?? located;
  if (modifier && igo) {
    const named = ctx.actors.findIndex((a) => a.span.start === modifier.span.start && a.span.end === modifier.span.end);
    const sector = named >= 0 ? ctx.actors[named]!.sector : igo.sector;
    if (named >= 0) ctx.actors.splice(named, 1);
    ctx.consumed.add(modifier.id);
    for (const m of nestedMentions(doc, mention)) ctx.consumed.add(m.id);
    const start = modifier.span.start;
    pushActor(ctx, {
      span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code: igo.code,
      sector: follow?.sector ?? sector, actorKind: 'igo', name: doc.text.slice(start, mention.span.end), via: 'org-modifier',
      evidence: [mentionSpan(modifier), ...evidence],
    });
    return;
  }
  if (modifier && code) {
    ctx.consumed.add(modifier.id);
    evidence.unshift(mentionSpan(modifier));
  }
  // Sector from the organisation's own head ("... Army" MIL, "... Ministry" GOV, "National Assembly" LEG).
  const first = tokenAt(tokens, mention.span.start);
  // "Electricity Company of Ghana": the head is before "of".
  const of = tokens.findIndex((t, k) => k > first && t.start < mention.span.end && t.normal === 'of');
  const last = of > first ? of - 1 : tokenBefore(tokens, mention.span.end);
  let own: string | null = null;
  for (let i = first; i >= 0 && i <= last && !own; i++) {
    const hit = sectorPhraseAt(tokens, i, last + 1, kb);
    if (hit && i + hit.length === last + 1) own = hit.sector;
  }
  const start = modifier && code ? Math.min(modifier.span.start, mention.span.start) : mention.span.start;
  pushActor(ctx, {
    span: { start, end: mention.span.end }, text: doc.text.slice(start, mention.span.end), code,
    // A listed body's shared name read as another state's keeps the listed body's sector ("Pakistan's Foreign Office": GOV).
    sector: follow?.sector ?? own ?? (elsewhere ? listed?.sector ?? null : null), actorKind: 'organization', name: mention.text, via: located ? 'org-place' : code ? 'org-modifier' : 'unresolved', evidence,
  });
  // An unknown state office left without a state ("The Defence Ministry said …") may take the story's state once the
  // group nouns have had their turn (14-group-nouns.ts codeStateOffices): "Police" is a group noun, and a place in its
  // sentence decides it before the story's state does.
}

/**
 * The state of a place an organisation's name holds, for a body named after where it sits or what it fights for: a
 * first-level division written in it ("the North Kivu Provincial Assembly"), or a place the entities stage found inside
 * it ("Manicaland" in "the Front for the Liberation of Manicaland"). A town's name read in the words alone is too often an
 * ordinary word or a saint's ("Unity", "Santa Rita"). Every reading of the name must lie in that one state: the
 * gazetteer's readings are taken before the story's context picks one, and a name two states share ("Kurdistan", "Punjab")
 * says nothing alone. Null when none is found, the places lie in different states, or the story names another state as much.
 */
export function stateOfPlaceWithin(ctx: ActorContext, mention: Mention): string | null {
  const { doc, kb } = ctx;
  const nestedPlaces = nestedMentions(doc, mention).filter((m) => m.label === 'GPE' || m.label === 'LOC');
  const codes = new Set<string>();
  for (const match of kb.match(doc.text, mention.span.start, mention.span.end)) {
    if (match.start === mention.span.start && match.end === mention.span.end) continue;
    if (stateCodeOf(match) !== null) continue;
    const states = new Set(match.refs.map((r) => codeOf(r, kb)));
    const [state] = [...states];
    if (states.size !== 1 || !state) continue;
    const named = nestedPlaces.some((m) => m.span.start === match.start && m.span.end === match.end);
    if (named || match.refs.some((r) => provinceOf(r, kb) !== undefined)) codes.add(state);
  }
  const [code] = [...codes];
  if (codes.size !== 1 || !code) return null;
  // The gazetteer may know only one of a name's namesakes ("Kurdistan" as Iran's province, not Iraq's region), and the
  // name itself counts for its state's salience: the place is taken as the body's only in a story about its state, which
  // the story names more than any other ("urged Baghdad" ties with "Kurdistan" and leaves it open).
  const own = ctx.salience.get(code) ?? 0;
  return [...ctx.salience].every(([other, weight]) => other === code || weight < own) ? code : null;
}

/**
 * Which of the organisations sharing an acronym ("RSF": Reporters Without Borders, Sudan's Rapid Support
 * Forces) the text means: the one whose state the story names or holds a place in — anywhere in the
 * article, before or after the acronym ("The RSF stormed a hospital in Geneina") — else the one an armed
 * group noun after it calls a force ("RSF fighters"), else the first listed.
 */
function sharedAcronymReading(ctx: ActorContext, refs: readonly GazetteerRef[], followSector: string | null): GazetteerRef | undefined {
  const { kb } = ctx;
  const storyStates = new Set<string>([...ctx.salience.keys(), ...ctx.places.map((p) => p.countryCode).filter((c): c is string => c !== null)]);
  for (const reading of ctx.readings.values()) {
    const codes = new Set(reading.refs.map((r) => codeOf(r, kb)).filter((c): c is string => c !== null));
    if (codes.size === 1) storyStates.add([...codes][0]!);
  }
  const org = (r: GazetteerRef) => (r.type === 'organisation' ? kb.organisations.get(r.id) : undefined);
  const inStory = refs.filter((r) => storyStates.has(org(r)?.code ?? ''));
  if (inStory.length === 1) return inStory[0];
  const pool = inStory.length > 1 ? inStory : refs;
  if (followSector && ARMED_SECTORS.has(followSector)) {
    const armed = pool.find((r) => ARMED_SECTORS.has(org(r)?.sector ?? ''));
    if (armed) return armed;
  }
  return pool[0];
}

/**
 * Whether a mention names a listed body by a name the bodies of many states bear (organisations.json sharedNames: "Senate",
 * "Congress") where the text gives it to another state: a state or its demonym right before it ("Kenya's Senate", "the
 * Philippine Senate": `story` null, the body then read as an unknown one's, of the state before it), or a story that points
 * to another state more than to the body's own ("the Senate passed a resolution" in a story set in Bogotá: `story` is that
 * state). The dictionaries were written from US news, where such a name is the US body. Null when the listed body holds.
 */
function sharedNameElsewhere(ctx: ActorContext, mention: Mention, sentence: Sentence, org: KbOrganisation): { story: string | null } | null {
  if (!org.sharedNames.includes(mention.text.replace(/^the\s+/i, ''))) return null;
  const tokens = ctx.doc.tokens;
  let before = tokenBefore(tokens, mention.span.start);
  if (before >= sentence.tokenStart && ["'s", '’s'].includes(tokens[before]!.normal)) before--;
  const end = before >= sentence.tokenStart ? tokens[before]!.end : -1;
  const stated = ctx.doc.mentions.find((m) => m.span.end === end && m.span.start >= sentence.span.start && ctx.readings.has(m.id));
  const statedCode = stated ? stateCodeOf(ctx.readings.get(stated.id)!) : null;
  if (statedCode !== null) return statedCode !== org.code ? { story: null } : null;
  // The story's state only where it is named well (three mentions' weight) and twice as much as any other state, and
  // the body's own state named neither near the body nor much: a short US story naming Ukraine twice ("urged Congress to
  // pass the aid bill for Ukraine") keeps its Congress, a story told between two states gives the name to neither, and a
  // story of an Israeli raid that says "In Washington, the Senate approved new aid" keeps the US Senate. A story set in
  // Lima that mentions Washington's aid once or twice elsewhere still has its own Congress: the body's state must then
  // weigh at least a third of the story's.
  const top = storyState(ctx.salience);
  if (top === null || top === org.code) return null;
  const own = ctx.salience.get(org.code) ?? 0;
  if (own > 0 && (3 * own > (ctx.salience.get(top) ?? 0) || namesStateNear(ctx, sentence, org.code))) return null;
  // Nor where its own sentence names that state after it: there the state is the other party of the body's act ("the Foreign
  // Office summoned Iran's envoy", "the Senate voted to halt arms sales to Qatar" in a story about Iran or Qatar), the body's
  // own state left unsaid because the outlet is at home.
  const namesTopAfter = ctx.doc.mentions.some((m) => m.span.start >= mention.span.end && m.span.end <= sentence.span.end && ctx.readings.has(m.id) && stateCodeOf(ctx.readings.get(m.id)!) === top);
  if (namesTopAfter) return null;
  const weight = ctx.salience.get(top) ?? 0;
  const runnerUp = Math.max(0, ...[...ctx.salience].filter(([code]) => code !== top).map(([, w]) => w));
  return weight >= SHARED_NAME_STORY_WEIGHT && weight >= 2 * runnerUp ? { story: top } : null;
}

/** Whether a state is named (by its name, demonym or capital) in the sentence or the one before it. */
function namesStateNear(ctx: ActorContext, sentence: Sentence, code: string): boolean {
  const from = ctx.doc.sentences[sentence.index - 1]?.span.start ?? sentence.span.start;
  return ctx.doc.mentions.some((m) => m.span.start >= from && m.span.end <= sentence.span.end && ctx.readings.has(m.id) && stateCodeOf(ctx.readings.get(m.id)!) === code);
}

/** How much a story must name its state for a body's shared name to be read as that state's (see sharedNameElsewhere). */
const SHARED_NAME_STORY_WEIGHT = 3;

/** The intergovernmental organisation (UN, EU, AU …) a mention names, with its code and sector, or null. */
function igoOf(ctx: ActorContext, mention: Mention): { code: string; sector: string | null } | null {
  for (const r of ctx.readings.get(mention.id)?.refs ?? []) {
    if (r.type !== 'organisation') continue;
    const org = ctx.kb.organisations.get(r.id);
    if (org && IGO_CODES.has(org.code)) return { code: org.code, sector: org.sector };
  }
  return null;
}

/** A demonym mention ("Pakistani") written right before the mention, one space apart, with its state's code. */
function demonymBefore(ctx: ActorContext, mention: Mention, sentence: Sentence): { mention: Mention; code: string } | null {
  const before = ctx.doc.mentions.find((m) => m.label === 'NORP' && m.span.end + 1 === mention.span.start && m.span.start >= sentence.span.start && ctx.readings.has(m.id));
  const code = before ? stateCodeOf(ctx.readings.get(before.id)!) : null;
  return before && code ? { mention: before, code } : null;
}

/**
 * The index of a capitalised word written right before the mention, one space apart, after "the" in its sentence ("the
 * Upland Allied Democratic Forces"), that no mention or time covers (no state, demonym, place, person or day), or -1.
 * The tagger reads such a word as a name or an adjective alike; "the" before it keeps out a headline's capitalised words.
 */
function nameWordBefore(ctx: ActorContext, mention: Mention, sentence: Sentence): number {
  const tokens = ctx.doc.tokens;
  const before = tokenBefore(tokens, mention.span.start);
  if (before - 1 < sentence.tokenStart || tokens[before]!.end + 1 !== mention.span.start || tokens[before - 1]!.normal !== 'the') return -1;
  const t = tokens[before]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return -1;
  const covers = (span: { start: number; end: number }) => span.start <= t.start && t.end <= span.end;
  if (ctx.doc.mentions.some((m) => m.id !== mention.id && covers(m.span)) || ctx.doc.times.some((x) => covers(x.span))) return -1;
  return before;
}
