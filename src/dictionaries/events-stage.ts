import type { ArticleDoc, CodedEvent, EventParty, Sentence } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import { toParties } from '../stages/events/roles.js';
import { fromCameo } from '../stages/events/cameo.js';
import { actorGroups, defaultRoles, rolesFromMatch, type ActorGroup } from './pattern-roles.js';
import type { PetrarchDictionaries } from './petrarch.js';
import type { DiscardEntry } from './petrarch/discards.js';
import { matchPatternAt, verbMatches, type CompiledPattern, type PatternMatch } from './verb-patterns.js';

const STAGE = 'dictionary-events';
const VERSION = 2;

export interface DictionaryEventsOptions {
  /** Drop events whose trigger is not a verb of the dictionary (PETRARCH-style coding with the user's verbs only). Default false. */
  readonly only?: boolean;
  /**
   * How the matched pattern sets the parties. 'markers' (default): the pattern's `$` source,
   * `+` target and `%` compound markers replace the parties the events stage found, other roles
   * are kept. 'petrarch': in addition, unmarked roles are read as PETRARCH reads them (the source
   * is the subject before the verb, the target the first actor group after it), for runs that
   * must code as PETRARCH does with the same dictionaries.
   */
  readonly roles?: 'markers' | 'petrarch';
}

/**
 * Applies a PETRARCH verb dictionary and discard list to the events the events stage coded.
 *
 * The trigger rules given to the events stage (see `patternsToTriggers`) can check only one cue
 * word on each side of the verb; here each event triggered by a dictionary verb is re-checked
 * against the verb's full patterns, most specific first, and the first that matches decides:
 * its CAMEO code goes into `cameo` and its PLOVER reading into `event`/`mode`/`context`; a `[---]`
 * pattern or a code without PLOVER reading (CAMEO 01/02 statements) removes the event; a paired
 * code (`LEFT [032:033]`) adds the mirrored recipient → actor event (not for a joint act with no
 * recipient). The pattern's role markers then place the parties (see `assignParties` and
 * `rolesFromMatch`: `- + * FROM $`, `- * IFTAR AT ^ ^ +`, `- % HAVE *`). Discard phrases remove the
 * events of their sentence (or, with `+`, of the whole story: "+TYPHOON").
 */
export function dictionaryEvents(dict: PetrarchDictionaries, patterns: readonly CompiledPattern[], options: DictionaryEventsOptions = {}): Stage {
  const byHead = new Map<string, CompiledPattern[]>();
  for (const p of patterns) {
    const head = p.spelling.words[p.spelling.head]!;
    const list = byHead.get(head) ?? [];
    list.push(p);
    byHead.set(head, list);
  }
  return {
    name: STAGE,
    version: VERSION,
    requires: ['sentences', 'tokens', 'events'],
    assigns: ['events'],
    run(doc) {
      doc.events = keepCodable(doc, dict.discards.entries);
      const out: CodedEvent[] = [];
      const groupsBySentence = new Map<number, ActorGroup[]>();
      for (const event of doc.events) {
        const sentence = doc.sentences.find((s) => s.span.start <= event.evidence.trigger.start && event.evidence.trigger.start < s.span.end);
        if (!sentence) { out.push(event); continue; }
        const head = doc.tokens.findIndex((t) => t.start === event.evidence.trigger.start);
        const candidates = head < 0 ? [] : candidatesFor(byHead, doc, head);
        if (candidates.length === 0) {
          if (!options.only) out.push(event);
          continue;
        }
        let pattern: CompiledPattern | undefined;
        let match: PatternMatch | null = null;
        for (const p of candidates) {
          match = matchPatternAt(p, doc.tokens, head, sentence.tokenStart, sentence.tokenEnd);
          if (match) { pattern = p; break; }
        }
        if (!pattern || !match || pattern.cameo === null || !pattern.plover) continue;
        let groups = groupsBySentence.get(sentence.index);
        if (!groups) { groups = actorGroups(doc, sentence); groupsBySentence.set(sentence.index, groups); }
        const coded = recode(assignParties(doc, event, pattern, match, groups, options.roles ?? 'markers', sentence), pattern, pattern.cameo, dict.version);
        out.push(coded);
        const paired = pattern.paired ? fromCameo(pattern.paired) : null;
        // A joint act ("Bree and Rohan agree", `% * [030:030]`) already runs both ways.
        if (pattern.paired && paired && coded.recipient.length > 0) {
          out.push({
            ...recode(event, pattern, pattern.paired, dict.version),
            id: `${event.id}:paired`,
            actor: coded.recipient,
            recipient: coded.actor,
            why: [...coded.why, `paired code ${pattern.paired}: the recipient's side of the same act`],
          });
        }
      }
      doc.events = out.map((e, i) => ({ ...e, id: `${doc.id}:${i}` }));
    },
  };
}

/**
 * The event with the parties the matched pattern gives: marked roles first (`- + * FROM $` on
 * "Rohan has received grain from Fornost" → Fornost gives to Rohan), then, in 'petrarch'
 * mode, PETRARCH's defaults for the unmarked ones. The events stage's subject is kept when it
 * stands before the verb, so that a second verb of the same subject keeps it ("The Bree council
 * denounced … and sent envoys to …").
 */
function assignParties(doc: ArticleDoc, event: CodedEvent, pattern: CompiledPattern, match: PatternMatch, groups: readonly ActorGroup[],
  mode: 'markers' | 'petrarch', sentence: Sentence): CodedEvent {
  const marked = rolesFromMatch(doc, sentence, pattern, match, groups);
  if (mode === 'markers' && !marked.source && !marked.target && !marked.compound) return event;
  let actor: EventParty[] = event.actor;
  let recipient: EventParty[] = event.recipient;
  const why: string[] = [];
  if (mode === 'petrarch') {
    const used = [marked.source, marked.target, marked.compound].filter((g): g is ActorGroup => !!g);
    const defaults = defaultRoles(doc.tokens, match, groups.filter((g) => !used.includes(g)));
    const verbStart = doc.tokens[match.verb[0]]!.start;
    // The events stage's subject, when it stands before the verb, with its whole coordination:
    // "Proud Rohan, the weary Bree, and old Arnor signed …".
    const subject = event.actor.find((p) => p.start >= sentence.span.start && p.start < verbStart);
    const subjectGroup = subject ? groups.find((g) => g.actors.some((a) => a.span.start <= subject.start && subject.start < a.span.end)) : undefined;
    const source = subjectGroup && subjectGroup.end <= match.verb[0] ? subjectGroup : defaults.source;
    let target = defaults.target;
    if (source) { actor = toParties(source.actors); why.push(`source "${names(source)}": the subject before the verb`); }
    else actor = subject ? event.actor.filter((p) => p.start < verbStart) : [];
    if (defaults.agent && source) {
      // "Bree was outvoted by Rohan": the agent of a passive verb is the source.
      recipient = actor;
      actor = toParties(defaults.agent.actors);
      target = undefined;
      why.push(`source "${names(defaults.agent)}": the agent of the passive verb, target its subject`);
    } else {
      recipient = target ? toParties(target.actors) : [];
      if (target) why.push(`target "${names(target)}": the first actor after the verb`);
    }
  }
  if (marked.source) { actor = toParties(marked.source.actors); why.push(`source "${names(marked.source)}" at the pattern's $`); }
  if (marked.target) { recipient = toParties(marked.target.actors); why.push(`target "${names(marked.target)}" at the pattern's +`); }
  if (marked.compound) {
    // "% HAVE * [191]": the group acts jointly, each member on the others, so other actors after
    // the verb are not targets ("Rohan and Bree have called off their summit because of … in
    // Fornost"); after the verb ("* WITH %") it is the group acted with.
    if (marked.compound.end <= match.verb[0]) { actor = toParties(marked.compound.actors); if (!marked.target) recipient = []; }
    else if (!marked.target) recipient = toParties(marked.compound.actors);
    why.push(`compound "${names(marked.compound)}" at the pattern's %`);
  }
  const same = (a: EventParty, b: EventParty) => a.code === b.code && a.sector === b.sector && a.start === b.start;
  recipient = recipient.filter((r) => !actor.some((a) => same(a, r)));
  return { ...event, actor, recipient, why: [...event.why, ...why] };
}

const names = (g: ActorGroup) => g.actors.map((a) => a.text).join(', ');

function candidatesFor(byHead: ReadonlyMap<string, readonly CompiledPattern[]>, doc: ArticleDoc, head: number): CompiledPattern[] {
  const token = doc.tokens[head]!;
  // PETRARCH codes verbs: "their meeting" is no use of MEET (but "to visit" read as a noun is).
  if (token.pos !== 'VERB' && doc.tokens[head - 1]?.normal !== 'to') return [];
  const out: { pattern: CompiledPattern; quality: number }[] = [];
  // A verb written as the surface form ("LEFT") comes before one reached through the lemma ("LEAVE"),
  // then the most specific pattern first.
  for (const [word, list] of byHead) {
    if (!verbMatches(word, token)) continue;
    const quality = word === token.normal ? 0 : word === token.lemma ? 1 : 2;
    for (const pattern of list) out.push({ pattern, quality });
  }
  return out.sort((a, b) => a.quality - b.quality || b.pattern.specificity - a.pattern.specificity).map((c) => c.pattern);
}

function recode(event: CodedEvent, pattern: CompiledPattern, cameo: string, version: string): CodedEvent {
  const row = fromCameo(cameo)!;
  return {
    ...event,
    event: row.event,
    mode: row.mode,
    context: row.context ? row.context.split(';').map((c) => c.trim()).filter((c) => c.length > 0) : [],
    cameo,
    why: [...event.why, `dictionary pattern "${pattern.text.trim()}" (verbs line ${pattern.line}) → CAMEO ${cameo} → ${row.event}${row.mode ? `/${row.mode}` : ''}`],
    origin: { ...event.origin, resources: [...event.origin.resources, version] },
  };
}

/**
 * The events of a document that no discard phrase rules out: a story-level phrase ("+WORLD CUP")
 * anywhere removes them all, a sentence-level one the events of its sentence.
 */
export function keepCodable(doc: ArticleDoc, discards: readonly DiscardEntry[]): CodedEvent[] {
  if (discards.some((d) => d.scope === 'story' && sentenceHas(doc, 0, doc.tokens.length, d))) return [];
  return doc.events.filter((event) => {
    const sentence = doc.sentences.find((s) => s.span.start <= event.evidence.trigger.start && event.evidence.trigger.start < s.span.end);
    return !sentence || !discards.some((d) => d.scope === 'sentence' && sentenceHas(doc, sentence.tokenStart, sentence.tokenEnd, d));
  });
}

function sentenceHas(doc: ArticleDoc, start: number, end: number, discard: DiscardEntry): boolean {
  const words = discard.words;
  for (let i = start; i + words.length <= end; i++) {
    if (words.every((w, k) => doc.tokens[i + k]!.normal === w)) return true;
  }
  return false;
}
