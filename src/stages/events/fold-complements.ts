import type { ArticleDoc } from '../../core/document.js';
import { syntaxOf, type SyntaxView } from '../../syntax/relations.js';
import { ARMED_SECTORS } from '../../kb/sectors.js';
import type { TriggerMatch } from './find-triggers.js';
import { requestMode, threatMode, withType } from './recode-by-modality.js';
import type { PloverType, TriggerRule } from './triggers.js';
import { hostOfSides, ROLE_WORDS } from './role-words.js';
import { loadPersonNouns } from '../../kb/person-nouns.js';
import { RECAP_WORDS } from './recap-words.js';

/** Statement types whose complement is the content of the statement, not a second event. */
const MATRIX_TYPES = new Set<PloverType>(['AGREE', 'REQUEST', 'REJECT', 'THREATEN']);
/** Types of a promise or a threat, which a participle closing another act may give as its motive. */
const MOTIVE_TYPES = new Set<PloverType>(['AGREE', 'THREATEN']);
/** Types of statements: a participle closing one of them tells what was said, handled as its content or appeal. */
const STATEMENT_TYPES = new Set<PloverType>([...MATRIX_TYPES, 'ACCUSE', 'CONSULT']);
/** Types of force done to people: an act noun they take as object is someone else's act, not the same one. */
const FORCE_ON_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE']);
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE']);
/** Relations through which a statement's content hangs under it ("urged X to release", "agreed to hold talks", "demanded the release"). */
const CONTENT_PATH = new Set(['xcomp', 'ccomp', 'obj', 'obl', 'nmod', 'advcl']);
/** Types an act's participle adjunct can add to ("shelled Kharkiv, killing 5 civilians"). */
const ADJUNCT_HOSTS = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE']);
/**
 * What a protest says: its demands, denunciations and refusals are the protest's content, not acts
 * of their own (PLOVER codes the PROTEST): "marched through the capital demanding higher pay",
 * "rallied to demand his release", "blocked the road and called for the governor's resignation".
 */
const PROTEST_VOICE = new Set<PloverType>(['REQUEST', 'ACCUSE', 'REJECT']);

export interface Folded {
  /** The triggers to code, complements and adjuncts removed. */
  readonly triggers: TriggerMatch[];
  /** For each matrix trigger that took a complement, the complement. */
  readonly complementOf: Map<TriggerMatch, TriggerMatch>;
  /** For each trigger that took participle or coordinated adjuncts of the same act, the adjuncts. */
  readonly adjunctsOf: Map<TriggerMatch, TriggerMatch[]>;
  /**
   * Adjuncts found through a clause describing a thing or place of the act (describedActHost): the subject the
   * parse gives them is that clause's ("families" who were sheltering), not a doer of the act.
   */
  readonly throughDescription: ReadonlySet<TriggerMatch>;
}

/**
 * One event per act, read off the parse:
 * - a statement's content is folded into it: "Serbia offered to hand over the fugitives", "urged
 *   the EU to support the plan", "refused to release the prisoners", "threatened to impose
 *   sanctions" — PLOVER codes the statement, and the act inside gives it its mode;
 * - a verb's object that selected its rule is not a second event ("lifted the blockade");
 * - approving an act is the act: "parliament authorised the deployment" is the deployment;
 * - a participle adjunct or a coordinated verb of the same act folds into the act as its size and
 *   evidence: "Russian troops shelled Kharkiv on Monday, killing 5 civilians" is one ASSAULT.
 */
export function foldComplements(doc: ArticleDoc, triggers: readonly TriggerMatch[]): Folded {
  const syn = syntaxOf(doc);
  const tokens = doc.tokens;
  const complementOf = new Map<TriggerMatch, TriggerMatch>();
  const adjunctsOf = new Map<TriggerMatch, TriggerMatch[]>();
  const folded = new Set<TriggerMatch>();
  const throughDescription = new Set<TriggerMatch>();
  const byHead = new Map(triggers.map((t) => [t.head, t]));
  // "was hit with new sanctions": a verb that only delivers the penalty after "with" is no act of its own.
  for (const t of triggers) {
    if (t.nominal || !ROLE_WORDS.penaltyVerbs.has(tokens[t.head]!.lemma)) continue;
    if (triggers.some((n) => n.nominal && syn.head(n.head) === t.head && syn.caseOf(n.head) === 'with' && (n.rule.event === 'SANCTION' || n.rule.event === 'COERCE'))) folded.add(t);
  }
  // "declared a state of emergency, allowing police to detain suspects without charge", "the decree permits troops to seize
  // vehicles": what a coercive measure allows is the power it grants (role-words.json grantedPowers). The measure is the act
  // (PLOVER COERCE); the permission is no concession by its author, and the acts it permits are not told as done.
  for (const t of triggers) {
    if (t.nominal || !ROLE_WORDS.grantVerbs.has(tokens[t.head]!.lemma)) continue;
    const up = syn.head(t.head);
    const host = byHead.get(up);
    const relation = syn.fullRelation(t.head);
    const ofMeasure = host !== undefined && host !== t && (host.rule.event === 'COERCE' || host.rule.event === 'SANCTION')
      && (relation === 'acl:relcl' || ((relation === 'advcl' || relation === 'acl') && tokens[t.head]!.tag === 'VBG'));
    const subject = syn.subjectOf(t.head);
    // A relative clause's "that"/"which" stands for the noun it describes, or, where the parse hangs the clause on the
    // verb ("signed a decree on Monday that permits …"), for that verb's object.
    const relative = subject !== null && ['that', 'which'].includes(tokens[subject.token]!.normal) && relation.endsWith('relcl');
    const described = relative ? (tokens[up]?.pos === 'NOUN' ? [up] : syn.objectsOf(up)) : subject !== null && (subject.via === 'own' || subject.via === 'modified-noun') ? [subject.token] : [];
    // A law or an order that grants a power to act is coercive only when it is itself a coercive measure (a curfew, a
    // decree of emergency read as COERCE or SANCTION) or what it permits is force or coercion ("permits troops to seize
    // vehicles"): "a court order permits the journalist to leave", "the new law allows women to drive" loosen a restriction.
    const coercive = (e: string) => e === 'COERCE' || e === 'SANCTION' || e === 'ASSAULT';
    // Any act word under the permission counts: the parse often reads "tap phones and arrest suspects" as nouns.
    const [, last] = syn.subtreeRange(t.head);
    const permitsForce = triggers.some((c) => c !== t && (hangsUnder(syn, c.head, t.head, byHead) || c.head > t.head && c.head <= last) && coercive(c.rule.event));
    const byMeasure = described.some((n) => ROLE_WORDS.grantingMeasures.has(tokens[n]!.lemma) && (permitsForce || coercive(byHead.get(n)?.rule.event ?? '')));
    if (!ofMeasure && !byMeasure) continue;
    folded.add(t);
    for (const c of triggers) if (c !== t && !c.nominal && hangsUnder(syn, c.head, t.head, byHead)) folded.add(c);
  }
  // "Qatar hosted talks between Israel and Hamas": the talks are the act, the host their third party (roles.ts findBrokers).
  // Talks so brought about are mediated talks (CONSULT third-party), as "hosted talks between" is coded (triggers.json).
  const hosted = new Map<TriggerMatch, TriggerMatch>();
  for (const t of triggers) {
    if (!t.nominal) continue;
    const verb = hostOfSides(tokens, syn, t.head);
    if (verb < 0) continue;
    const host = byHead.get(verb);
    if (host && !host.nominal && host !== t) folded.add(host);
    if (t.rule.event === 'CONSULT') hosted.set(t, { ...t, rule: { ...t.rule, mode: 'third-party' } });
  }
  // "recalled its ambassador for consultations", "flew to Doha for talks": talks that are the purpose
  // of another act are part of it, not a promise or a meeting of their own.
  for (const t of triggers) {
    const host = byHead.get(syn.head(t.head));
    if (t.nominal && t.rule.event === 'CONSULT' && syn.caseOf(t.head) === 'for' && host && host !== t && !host.nominal) folded.add(t);
  }
  // "recalled its ambassador in protest at the offensive", "resigned in protest": a bare manner noun after "in" on
  // another act says in what spirit that act was done (role-words.json mannerNouns); "in a protest" is a setting.
  // Force done in protest ("blocked the highway in protest", "burned tyres in protest") is the protest itself, coded as one.
  for (const t of triggers) {
    // On the act's verb, or (as parsed) on the verb's object ("recalled its ambassador [in protest]").
    const up = syn.head(t.head);
    const host = byHead.get(up) ?? (up >= 0 && syn.relation(up) === 'obj' ? byHead.get(syn.head(up)) : undefined);
    if (!t.nominal || !host || host === t || host.nominal || syn.caseOf(t.head) !== 'in' || !ROLE_WORDS.mannerNouns.has(tokens[t.head]!.normal)) continue;
    if (FORCE_ON_ACTS.has(host.rule.event)) continue;
    if (!syn.children(t.head).some((c) => ['det', 'nmod:poss', 'det:poss', 'nummod'].includes(syn.relation(c)))) folded.add(t);
  }
  // "held talks in Astana under mediation by Uzbekistan", "talks under Turkish mediation": the mediation of talks told
  // beside them is how the talks were held (their third party, roles.ts), one act, not a second meeting.
  for (const t of triggers) {
    if (!t.nominal || t.rule.event !== 'CONSULT' || t.rule.mode !== 'third-party') continue;
    // On the talks themselves, or on the verb whose object they are ("resumed talks under EU mediation").
    const up = syn.head(t.head);
    const talks = [byHead.get(up), ...triggers.filter((o) => o.nominal && up >= 0 && syn.head(o.head) === up && syn.relation(o.head) === 'obj')]
      .find((o) => o !== undefined && o !== t && o.rule.event === 'CONSULT' && !folded.has(o));
    if (talks) folded.add(t);
  }
  // "turned down the bid, calling it a sham", "denied a role and branded the report a smear": a word of
  // condemnation given to what is refused, by the one refusing, says how it was refused; the refusal is the act (PLOVER
  // REJECT), not a second, disapproving one. Said of anything else ("called the raid a crime") it is a condemnation of its own.
  for (const t of triggers) {
    // (A claim called a lie is a denial of its own, triggers.json CLAIMS: told after a refusal it is that refusal too.)
    if (t.nominal || (t.rule.event !== 'ACCUSE' && t.rule.event !== 'REJECT') || !t.rule.predicates) continue;
    const refusal = byHead.get(syn.head(t.head));
    if (!refusal || refusal === t || refusal.nominal || refusal.rule.event !== 'REJECT' || syn.subjectOf(t.head)?.via === 'own') continue;
    const relation = syn.relation(t.head);
    if (!(relation === 'conj' || (relation === 'advcl' && tokens[t.head]!.tag === 'VBG' && syn.markerOf(t.head) === null))) continue;
    const refused = new Set(syn.objectsOf(refusal.head).map((o) => tokens[o]!.lemma));
    const ofRefused = (o: number) => tokens[o]!.pos === 'PRON' || refused.has(tokens[o]!.lemma) || ROLE_WORDS.claimNouns.has(tokens[o]!.normal);
    // The thing called may be read as an unmarked oblique ("called the report \"a fabrication\"").
    const objects = [...syn.objectsOf(t.head), ...syn.children(t.head).filter((c) => syn.fullRelation(c) === 'obl:unmarked')];
    if (objects.length > 0 && objects.every(ofRefused)) folded.add(t);
  }
  // "took over the capital, pledging to hold elections", "signed the pact, vowing to disband the militias": a promise
  // told as a subjectless participle closing another act is the motive its doers gave for it (guideline 3: motive claims are
  // no events), not a promise of its own; what it promises did not happen either. A promise told by a verb of its own ("…
  // and pledged to repair the bridge") stays an AGREE.
  for (const t of triggers) {
    if (t.nominal || folded.has(t) || !MOTIVE_TYPES.has(t.rule.event) || tokens[t.head]!.tag !== 'VBG' || tokens[t.head - 1]?.text !== ',') continue;
    if (syn.relation(t.head) !== 'advcl' || syn.markerOf(t.head) !== null || syn.subjectOf(t.head)?.via === 'own') continue;
    const act = byHead.get(syn.head(t.head));
    if (!act || act === t || act.nominal || STATEMENT_TYPES.has(act.rule.event)) continue;
    folded.add(t);
    for (const c of triggers) if (c !== t && !c.nominal && (hangsUnder(syn, c.head, t.head, byHead) || withinContent(doc, syn, c.head, t.head, byHead, new Set()))) folded.add(c);
  }
  for (const matrix of triggers) {
    if (folded.has(matrix)) continue;
    if (!matrix.nominal && matrix.rule.objects) {
      const object = triggers.find((c) => c.nominal && syn.head(c.head) === matrix.head && syn.relation(c.head) === 'obj' &&
        (matrix.rule.objects!.includes(tokens[c.head]!.lemma) || matrix.rule.objects!.includes(tokens[c.head]!.normal)));
      // "police dispersed a protest by farmers", "broke up a rally": force on a protest is done to it, and the
      // protest happened too, held by others (roles.ts reads its holders as the force's target).
      const forceOnProtest = object !== undefined && object.rule.event === 'PROTEST' && FORCE_ON_ACTS.has(matrix.rule.event);
      if (object && !forceOnProtest) {
        folded.add(object);
        continue;
      }
    }
    // "Parliament authorised the deployment", "lawmakers voted to impeach the minister": the approved
    // act is the event, the approval its evidence.
    if (!matrix.nominal && ROLE_WORDS.approvalVerbs.has(tokens[matrix.head]!.lemma) &&
      triggers.some((c) => syn.head(c.head) === matrix.head && (c.nominal ? syn.relation(c.head) === 'obj' : syn.relation(c.head) === 'xcomp'))) {
      folded.add(matrix);
      continue;
    }
    // "The junta ordered the expulsion of the envoy": the ordered act, by the one who orders.
    if (!matrix.nominal && ROLE_WORDS.orderVerbs.has(tokens[matrix.head]!.lemma) &&
      triggers.some((c) => c.nominal && syn.head(c.head) === matrix.head && syn.relation(c.head) === 'obj')) {
      folded.add(matrix);
      continue;
    }
    // "a judge ordered the editor detained": the complement that selected the rule (its `complements`) tells the act the
    // rule codes, done by the one who orders; the participle is no second act with no doer.
    if (!matrix.nominal && matrix.rule.complements) {
      const objects = syn.objectsOf(matrix.head);
      for (const c of triggers) {
        if (c === matrix || c.nominal || c.rule.event !== matrix.rule.event || !matrix.rule.complements.includes(tokens[c.head]!.lemma)) continue;
        if (syn.head(c.head) === matrix.head || objects.includes(syn.head(c.head))) folded.add(c);
      }
    }
    if (!MATRIX_TYPES.has(matrix.rule.event) && !matrix.obligation) continue;
    // "Chile must hand back the boat": the act is the verb "must" belongs to.
    const top = matrix.obligation ? syn.head(matrix.head) : matrix.head;
    // "traders warned that fuel could run short if the port stays shut": a forecast, no threat; the condition is no content.
    if (matrix.rule.event === 'THREATEN' && forecastOnly(doc, syn, matrix, triggers)) {
      folded.add(matrix);
      continue;
    }
    // A verb of the content that the content path does not reach ("calls on Norway, as host, to help", read as a
    // conjunct; "demanded that the council adopt a rule letting …") is the content when nothing else is.
    const content = new Set<TriggerMatch>();
    const inContent = (c: TriggerMatch) => c !== matrix && !c.nominal && !folded.has(c) && withinContent(doc, syn, c.head, top, byHead, content);
    const complement = triggers.find((c) => c !== matrix && !folded.has(c) && (c.head === top || hangsUnder(syn, c.head, top, byHead))) ?? triggers.find(inContent);
    if (!complement) continue;
    complementOf.set(matrix, complement);
    folded.add(complement);
    content.add(complement);
    // "urged the mediators to press the army to withdraw", "asks the province to honour its pledges and disband the
    // militias", "said she would talk to them if they ended the strike": every act told inside what is asked, offered,
    // refused or threatened is what the statement is about, not an act that happened (PLOVER codes the statement).
    for (const c of triggers) if (inContent(c)) { folded.add(c); content.add(c); }
    // "urged the rebels to free the hostages and withdraw": the acts coordinated with the content are content too (the
    // first gives the mode); another clause on the statement ("defied a ban to march, blocking roads") is not.
    for (const c of triggers) if (c !== matrix && c !== complement && conjunctOf(syn, c.head, complement.head)) folded.add(c);
    // "agreed to a truce and to pull back their troops": an infinitive coordinated with the statement verb itself (as the
    // parse may hang it) is a second complement, for a finite verb and a bare "to" infinitive are no pair of acts.
    for (const c of triggers) {
      if (c === matrix || c.nominal || folded.has(c) || syn.head(c.head) !== matrix.head || syn.relation(c.head) !== 'conj') continue;
      if (syn.isInfinitive(c.head) && syn.subjectOf(c.head)?.via !== 'own') folded.add(c);
    }
    // "urged the allies to press the government to free the prisoners": a statement told as the content of another is no
    // act of its own, and neither is its own content; the chain of contents is folded down to its last act.
    let inner = complement;
    for (let depth = 0; depth < 3 && MATRIX_TYPES.has(inner.rule.event) && !inner.nominal; depth++) {
      const next = triggers.find((c) => c !== inner && c !== matrix && !folded.has(c) && hangsUnder(syn, c.head, inner.head, byHead));
      if (!next) break;
      folded.add(next);
      inner = next;
    }
  }
  // An adjunct folded into its act passes on what hangs on it: "barricaded the bridge, lighting bonfires
  // and waving placards" folds "waving" (a conjunct of "lighting") into "blocked" too.
  const hostOfFolded = new Map<TriggerMatch, TriggerMatch>();
  for (const adjunct of triggers) {
    if (folded.has(adjunct) || adjunct.nominal) continue;
    const conjunctOf = untriggeredParticiple(doc, syn, adjunct.head, byHead);
    const relation = conjunctOf !== undefined ? 'advcl' : syn.relation(adjunct.head);
    const leaving = conjunctOf ?? leavingOf(syn, doc, adjunct.head) ?? carrierOf(doc, syn, adjunct.head, byHead);
    const through = weaponOf(doc, syn, adjunct.head);
    const described = leaving === undefined && through === undefined && !byHead.has(syn.head(adjunct.head)) ? describedActHost(doc, syn, adjunct.head, byHead) : undefined;
    const governor = syn.head(leaving ?? through ?? adjunct.head);
    // "carried out air strikes on the depots, killing 14": a participle on a light verb that is no trigger hangs on the act
    // its object noun tells; the noun is the act, the participle its toll and further victims.
    // Only a present participle after the noun: a finite verb the parse hangs there ("mounted a raid that drove the
    // gang off the hill") tells a further act of its own.
    const closing = tokens[adjunct.head]!.tag === 'VBG' && adjunct.head > governor;
    const carried = described === undefined && closing && !byHead.has(governor) ? lightVerbAct(doc, syn, governor, triggers) : undefined;
    // "went on strike, demanding unpaid wages", "began a hunger strike last week, demanding a lawyer": a demand a
    // subjectless participle tells on a protest noun, or on the verb the noun hangs on, is the protest's content (a
    // protest's demands belong to the PROTEST) as it is on a protest verb ("marched …, demanding").
    const voicedNoun = described === undefined && PROTEST_VOICE.has(adjunct.rule.event) && tokens[adjunct.head]!.tag === 'VBG' && ['advcl', 'acl', 'conj'].includes(relation)
      && syn.subjectOf(adjunct.head)?.via !== 'own' ? protestNounOn(syn, governor, triggers) : undefined;
    const direct = described ?? voicedNoun ?? byHead.get(governor) ?? carried;
    const host = direct && hostOfFolded.has(direct) ? hostOfFolded.get(direct)! : direct;
    if (!host || folded.has(host) || (host.nominal && host !== carried && host !== voicedNoun)) continue;
    // A participle of the same type is a detail of the act whatever its type ("marched …, chanting
    // slogans"); one of another type adds size only to an attack, arrest or deployment.
    const sameType = host.rule.event === adjunct.rule.event;
    const protestVoice = host.rule.event === 'PROTEST' && PROTEST_VOICE.has(adjunct.rule.event) && syn.subjectOf(adjunct.head)?.via !== 'own';
    // "overran the town, forcing thousands to flee": people driven out by the attack are its outcome (role-words.json flightOutcomes).
    const drivenOut = host.rule.event === 'ASSAULT' && relation === 'advcl' && doc.tokens[adjunct.head]!.tag === 'VBG' && ROLE_WORDS.flightForcers.has(doc.tokens[adjunct.head]!.lemma)
      // The infinitive hangs on the participle, or (misparsed) on its object ("forcing thousands to flee" with "flee" on "thousands").
      && [adjunct.head, ...syn.objectsOf(adjunct.head)].flatMap((h) => syn.children(h)).some((c) =>
        (syn.relation(c) === 'xcomp' || syn.isInfinitive(c)) && ROLE_WORDS.flightOutcomes.has(doc.tokens[c]!.lemma));
    // "troops were deployed to guard the ministries", "sent police to protect the port": what forces are moved to do is
    // the deployment's purpose, told as the reason it was made, not an act of its own (PLOVER codes the MOBILIZE).
    const deployedFor = host.rule.event === 'MOBILIZE' && (relation === 'advcl' || relation === 'xcomp') && syn.isInfinitive(adjunct.head)
      && syn.subjectOf(adjunct.head)?.via !== 'own';
    // What is guarded is no target of the deployment: the purpose is dropped, its parties not passed on.
    if (deployedFor) {
      folded.add(adjunct);
      continue;
    }
    if (!sameType && !protestVoice && !drivenOut && (!ADJUNCT_HOSTS.has(host.rule.event) || adjunct.rule.event !== 'ASSAULT')) continue;
    // "stormed the base by ramming a truck bomb into its gate": a subjectless participle of the same type
    // after "by" or "while" tells how the act was done ("after" tells another act, before it).
    const marker = syn.markerOf(leaving ?? adjunct.head);
    // "stormed the town after firing rockets at the police headquarters": after "after", only the weapon the
    // attack was opened with (a mode of means, recap-words.json meansModes) and no time of its own.
    const weaponFirst = marker !== null && RECAP_WORDS.meansMarkers.has(marker.toLowerCase()) && RECAP_WORDS.meansModes.has(adjunct.rule.mode ?? '')
      && (host.rule.mode === null || host.rule.mode === undefined || host.rule.mode === adjunct.rule.mode) && !ownTime(doc, syn, adjunct.head);
    const means = sameType && marker !== null && (['by', 'while'].includes(marker.toLowerCase()) || weaponFirst) && doc.tokens[adjunct.head]!.tag === 'VBG' && syn.subjectOf(adjunct.head)?.via !== 'own';
    // "exchanged fire overnight, leaving two soldiers wounded": the state a "leaving" participle puts people in is the act's outcome.
    const participle = (leaving !== undefined || relation === 'advcl') && (marker === null || means) && !syn.isInfinitive(adjunct.head) && !whenClause(syn, doc, adjunct.head);
    // Coordinated verbs are one act only for material hosts, or as the conjunct of a folded participle
    // ("…, lighting bonfires and waving placards"): "condemned the raid and criticized Fornost" are two statements.
    // A visit and the meeting held on it, told by two verbs of one subject, are one meeting too ("visited the capital and met
    // the president", "met the envoy and held talks"): PLOVER CONSULT is the encounter, not each verb of it. A verb with a
    // time of its own tells another meeting ("met the rebels on Monday and visited the capital on Friday").
    const meeting = host.rule.event === 'CONSULT' && !ownTime(doc, syn, adjunct.head);
    // So are two appeals of one subject to the same addressees ("urged the rebels to lay down their arms and asked them to
    // free the hostages", "called for calm and urged restraint"): one appeal told by two verbs (PLOVER REQUEST is the
    // appeal, not each verb of it). A second verb with an addressee of its own is another appeal unless it names the same
    // ones for the same kind of act ("urged Moscow to withdraw and asked Kyiv to hold talks" asks two parties for two
    // things); a verb with a time of its own is another appeal too.
    const appeal = host.rule.event === 'REQUEST' && !ownTime(doc, syn, adjunct.head) && sameAppeal(doc, syn, host, adjunct, complementOf);
    // A crowd's assembly and what the same crowd did there, told by two verbs of one subject, are one protest ("assembled
    // opposite the tax office and chained the doors shut", "marched to the ministry and camped on its steps"): PLOVER PROTEST
    // is the demonstration, its tactics are no second act. A verb with a time of its own tells another protest.
    const assembly = host.rule.event === 'PROTEST' && host.rule.mode === 'demo' && !ownTime(doc, syn, adjunct.head);
    const materialHost = ADJUNCT_HOSTS.has(host.rule.event) || meeting || appeal || assembly || (direct !== undefined && hostOfFolded.has(direct));
    const coordinated = relation === 'conj' && materialHost && syn.subjectOf(adjunct.head)?.via !== 'own' && host.rule.event === adjunct.rule.event
      && !distinctMeasures(host.rule, adjunct.rule);
    // "Two soldiers died and five were wounded", "12 people were killed and dozens injured": a toll told in coordinated
    // clauses that each name the harmed and no doer is one act's count of dead and hurt, not two attacks (guideline: one
    // event per act). A clause with a time or a named place of its own may tell another act ("… in Kidal, and three were
    // wounded in Gao on Friday") and stays apart.
    const tollParts = relation === 'conj' && sameType && host.rule.event === 'ASSAULT' && namesNoDoer(doc, syn, host.head)
      && namesNoDoer(doc, syn, adjunct.head) && !ownTime(doc, syn, adjunct.head, true) && !namedPlaceOf(doc, syn, adjunct.head);
    // "12 people were killed (died) when missiles struck the city": the attack told in a "when" clause is the killing's act.
    // "Soldiers killed 12 people when they fired on a crowd": told by the killing's doers (a pronoun subject, or none of its own), the same act.
    const sameDoers = !syn.isPassive(host.head) && syn.subjectOf(host.head) !== null && pronounOrNoSubject(doc, syn, adjunct.head)
      && !aimedAtOwnKind(doc, syn, adjunct.head, syn.subjectOf(host.head)!.token) && !pronounMayTakeUpObject(doc, syn, adjunct.head, host.head);
    const simultaneous = relation === 'advcl' && whenClause(syn, doc, adjunct.head) && host.rule.event === adjunct.rule.event
      && ([host, direct].some((h) => h !== undefined && namesNoDoer(doc, syn, h.head)) || sameDoers);
    // "detonated a roadside bomb that killed three officers": what the weapon did is the act it was used in.
    const byInstrument = through !== undefined && host.rule.event === adjunct.rule.event;
    // A protest's purpose ("gathered to demand …") and a demand coordinated with it are its content too.
    // A participle on the protest noun itself hangs on it as a clause describing it ("a hunger strike demanding …").
    const voiced = protestVoice && (relation === 'advcl' || relation === 'conj' || relation === 'xcomp' || (relation === 'acl' && host === voicedNoun)) && !whenClause(syn, doc, adjunct.head);
    // "fired tear gas to disperse a demonstration" (the parse may read the purpose as a complement): crowd control
    // whose purpose is crowd control is one act, aimed at whom the purpose acts on (roles.ts).
    const crowdPurpose = host.rule.mode === 'crowd-control' && adjunct.rule.mode === 'crowd-control' && (relation === 'advcl' || relation === 'xcomp') && syn.isInfinitive(adjunct.head);
    if (!participle && !drivenOut && !coordinated && !tollParts && !simultaneous && !byInstrument && !voiced && !crowdPurpose && described === undefined) continue;
    if (described !== undefined) throughDescription.add(adjunct);
    adjunctsOf.set(host, [...(adjunctsOf.get(host) ?? []), adjunct]);
    folded.add(adjunct);
    hostOfFolded.set(adjunct, host);
    // "mounted an assault on the barracks, seizing five guards": the act noun a light verb carries says only that there was
    // an attack; the participle folded into it says what kind (ASSAULT abduct), so the merged act keeps the participle's mode.
    // Not a weapon's mode (recap-words.json meansModes): the participle may take it from its doer's name ("gunships …, killing").
    const current = hosted.get(host) ?? host;
    if (host === carried && sameType && !current.rule.mode && adjunct.rule.mode && !RECAP_WORDS.meansModes.has(adjunct.rule.mode)) {
      hosted.set(host, { ...current, rule: withType(current.rule, current.rule.event, adjunct.rule.mode) });
    }
  }
  for (const adjunct of triggers) {
    const host = misattachedParticipleHost(doc, syn, adjunct, triggers, folded, hostOfFolded);
    if (!host) continue;
    adjunctsOf.set(host, [...(adjunctsOf.get(host) ?? []), adjunct]);
    folded.add(adjunct);
    hostOfFolded.set(adjunct, host);
    // The parse hung it on a word of the object's phrase or a misread adjective: the subject it gives is no doer of the act.
    throughDescription.add(adjunct);
  }
  // A trigger given another rule above is looked up under its new self: its folded adjuncts and complement go with it.
  for (const [from, to] of hosted) {
    const adjuncts = adjunctsOf.get(from);
    if (adjuncts) { adjunctsOf.delete(from); adjunctsOf.set(to, adjuncts); }
    const complement = complementOf.get(from);
    if (complement) { complementOf.delete(from); complementOf.set(to, complement); }
  }
  return { triggers: triggers.filter((t) => !folded.has(t)).map((t) => hosted.get(t) ?? t), complementOf, adjunctsOf, throughDescription };
}

/**
 * The protest noun a participle's governor is or carries: the governor itself ("a sit-in by nurses, demanding …"),
 * or a noun hanging on it as its object or oblique ("went on strike", "staged a sit-in": a compound's first part, the
 * trigger's head, counts through the compound). Only nouns of PROTEST: "held talks, demanding …" asks in talks.
 */
function protestNounOn(syn: SyntaxView, governor: number, triggers: readonly TriggerMatch[]): TriggerMatch | undefined {
  if (governor < 0) return undefined;
  const onGovernor = (k: number): boolean => k === governor || (syn.head(k) === governor && ['obj', 'obl'].includes(syn.relation(k)));
  return triggers.find((t) => t.nominal && t.rule.event === 'PROTEST' && (onGovernor(t.head) || (syn.relation(t.head) === 'compound' && onGovernor(syn.head(t.head)))));
}

/** The act noun a light verb that is no trigger takes as its object ("carried out strikes", "launched an assault"), if any. */
function lightVerbAct(doc: ArticleDoc, syn: SyntaxView, verb: number, triggers: readonly TriggerMatch[]): TriggerMatch | undefined {
  if (verb < 0 || !ROLE_WORDS.lightVerbs.has(doc.tokens[verb]!.lemma)) return undefined;
  return triggers.find((t) => t.nominal && syn.head(t.head) === verb && syn.relation(t.head) === 'obj');
}

/**
 * The addressees an appeal verb names itself, by their head words: its objects ("urged Russia"), an "on" phrase
 * ("called on the army"), the subject of its "that" clause ("demanded that the rebels release …"). Pronouns are
 * left out: "asked them" takes up addressees already named.
 */
function addresseesOf(doc: ArticleDoc, syn: SyntaxView, verb: number): Set<string> {
  const heads = [
    ...syn.children(verb).filter((c) => syn.relation(c) === 'obj' || syn.relation(c) === 'iobj'),
    ...syn.obliquesOf(verb).filter((o) => o.prep === 'on').map((o) => o.token),
    ...syn.children(verb).filter((c) => syn.relation(c) === 'ccomp').flatMap((c) => syn.children(c).filter((n) => syn.relation(n) === 'nsubj'
      // A "that" clause the parse reads as a noun ("that the rebels release …" with "release" a noun): its subject is a compound before it.
      || (syn.relation(n) === 'compound' && n < c && doc.tokens[c]!.pos === 'NOUN' && syn.children(c).some((m) => syn.relation(m) === 'mark')))),
  ];
  // An addressee that names no one in particular ("all sides", "both parties", "everyone": role-words.json everyoneWords)
  // asks everyone: it is no addressee of the appeal's own.
  const everyone = (h: number) => ROLE_WORDS.everyonePronouns.has(doc.tokens[h]!.normal)
    || syn.children(h).some((c) => syn.relation(c) === 'det' && ROLE_WORDS.everyoneDeterminers.has(doc.tokens[c]!.normal));
  // Nor is a time ("called on Friday for calm"): an "on" phrase the dates stage read as one.
  const time = (h: number) => doc.times.some((t) => t.span.start <= doc.tokens[h]!.start && doc.tokens[h]!.end <= t.span.end);
  return new Set(heads.filter((h) => doc.tokens[h]!.pos !== 'PRON' && !everyone(h) && !time(h)).map((h) => doc.tokens[h]!.normal));
}

/**
 * Whether a coordinated appeal tells the same appeal as its host: it names no addressee of its own, or the host names
 * none and the second verb asks for no act of another kind (an appeal to no one in particular, then told on to the
 * party it asks), or the same addressees and asks for the same kind of act (the rule's mode and its complement's type
 * and mode). Two named addressees apart ("urged Moscow to … and asked Kyiv to …") are two appeals.
 */
function sameAppeal(doc: ArticleDoc, syn: SyntaxView, host: TriggerMatch, adjunct: TriggerMatch, complementOf: ReadonlyMap<TriggerMatch, TriggerMatch>): boolean {
  const own = addresseesOf(doc, syn, adjunct.head);
  if (own.size === 0) return true;
  const hosts = addresseesOf(doc, syn, host.head);
  const kind = (t: TriggerMatch) => { const c = complementOf.get(t); return `${t.rule.mode ?? ''}/${c?.rule.event ?? ''}/${c?.rule.mode ?? ''}`; };
  // A host that asks no one in particular takes the second verb's addressees only when that verb asks for no act of
  // another kind: folding "called for an inquiry and urged the army to pull back" would lose the pull-back asked of the army.
  if (hosts.size === 0) return complementOf.get(adjunct) === undefined || kind(host) === kind(adjunct);
  if (own.size !== hosts.size || [...own].some((a) => !hosts.has(a))) return false;
  return kind(host) === kind(adjunct);
}

/** Relations of a clause that describes a thing or a place of the act ("a vehicle carrying …", "a camp where … slept"). */
const DESCRIBING = /^(acl|advcl)/;
/** Relations by which the described thing hangs on the act's verb (its object, where, what with). */
const SCENE = /^(obj|obl|nmod|nsubj:pass)/;

/**
 * "A mine hit a truck full of soldiers, wounding six", "shelled a school where families slept,
 * killing six": a closing participle the parse hangs on a verb that only describes a thing or a place of
 * the act (a participle or relative clause, itself no act) tells what the act did (guideline 2: its size).
 * The act is found by climbing from that describing verb through the thing it describes to the verb that
 * acts on it. Only a bare participle after a comma with no subject of its own.
 */
function describedActHost(doc: ArticleDoc, syn: SyntaxView, adjunct: number, byHead: ReadonlyMap<number, TriggerMatch>): TriggerMatch | undefined {
  const tokens = doc.tokens;
  if (tokens[adjunct]!.tag !== 'VBG' || tokens[adjunct - 1]?.text !== ',' || syn.subjectOf(adjunct)?.via === 'own') return undefined;
  if (!['conj', 'advcl'].includes(syn.relation(adjunct)) || syn.markerOf(adjunct) !== null) return undefined;
  let at = syn.head(adjunct);
  // A clause opened by a relative word ("where families slept") describes, however the parse hangs it (as a conjunct too).
  const relativeWord = at >= 0 && syn.children(at).some((c) => c < at && ['WRB', 'WDT', 'WP'].includes(tokens[c]!.tag ?? '') && ['where', 'who', 'which'].includes(tokens[c]!.normal));
  if (at < 0 || tokens[at]!.pos !== 'VERB' || !(DESCRIBING.test(syn.fullRelation(at)) || relativeWord)) return undefined;
  for (let depth = 0; depth < 4 && at >= 0; depth++) {
    const up = syn.head(at);
    if (up < 0) return undefined;
    const host = byHead.get(up);
    if (host) return host.nominal ? undefined : host;
    // Through the thing described to the verb acting on it; never through another verb's own clause.
    if (tokens[up]!.pos === 'VERB' || !SCENE.test(syn.fullRelation(up)) && !['nmod', 'compound'].includes(syn.relation(up))) return undefined;
    at = up;
  }
  return undefined;
}

/**
 * "fired on a checkpoint outside the town of X, in the Y district, wounding two guards", "raided a village …, wounding
 * a herder and a civilian and setting the granary on fire": a closing participle of the same type as an act told
 * before it in its sentence is that act's adjunct even where the parse hangs it on no act at all (a word of the object's
 * phrase, an adjective read as the main verb). Only a participle after a comma (or after "and" when an adjunct of the act
 * was folded before it) with no subject or marker of its own ("after", "when" tell another act), whose nearest act before
 * it is that act or one of its folded adjuncts: an act of another kind between them ("arrested three men who had attacked
 * a post, wounding …") may be the one it closes. A participle the parse hangs on an act was judged above, and stays.
 */
function misattachedParticipleHost(doc: ArticleDoc, syn: SyntaxView, adjunct: TriggerMatch, triggers: readonly TriggerMatch[],
  folded: ReadonlySet<TriggerMatch>, hostOfFolded: ReadonlyMap<TriggerMatch, TriggerMatch>): TriggerMatch | undefined {
  const tokens = doc.tokens;
  const at = adjunct.head;
  if (folded.has(adjunct) || adjunct.nominal || tokens[at]!.tag !== 'VBG' || triggers.some((t) => t.head === syn.head(at))) return undefined;
  if (syn.subjectOf(at)?.via === 'own' || syn.markerOf(at) !== null || whenClause(syn, doc, at)) return undefined;
  // Hung on a verb with a subject of its own ("…, and the rebels fled, killing a guard"): it closes that clause, not the act.
  const governor = syn.head(at);
  if (governor >= 0 && tokens[governor]!.pos === 'VERB' && syn.children(governor).some((c) => syn.relation(c).startsWith('nsubj'))) return undefined;
  const nearest = triggers.filter((t) => t.head < at).at(-1);
  if (!nearest) return undefined;
  const afterFolded = hostOfFolded.has(nearest);
  if (tokens[at - 1]?.text !== ',' && !(tokens[at - 1]?.normal === 'and' && afterFolded)) return undefined;
  const host = afterFolded ? hostOfFolded.get(nearest)! : folded.has(nearest) ? undefined : nearest;
  return host && !host.nominal && host.rule.event === adjunct.rule.event ? host : undefined;
}

/**
 * "blocked the highway, waving flags and chanting slogans": a verb coordinated with a closing participle that is
 * no trigger itself ("waving") is a participle adjunct of the act that participle hangs on, as it would be alone.
 * Returns that first participle, when the conjunct has no subject of its own.
 */
function untriggeredParticiple(doc: ArticleDoc, syn: SyntaxView, trigger: number, byHead: ReadonlyMap<number, TriggerMatch>): number | undefined {
  if (syn.relation(trigger) !== 'conj' || syn.subjectOf(trigger)?.via === 'own') return undefined;
  const first = syn.head(trigger);
  if (first < 0 || byHead.has(first) || syn.relation(first) !== 'advcl' || doc.tokens[first]!.tag !== 'VBG') return undefined;
  return syn.subjectOf(first)?.via === 'own' ? undefined : first;
}

/** Words that open the condition of a forecast ("if the road stays closed", "unless the port reopens"). */
const CONDITION_MARKERS = new Set(['if', 'unless']);
/** Personal pronouns that, as the subject of what is warned of, may stand for the one who warns or a party ("warned that it would respond"). */
const PARTY_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/**
 * "traders warned that petrol stations could run dry", "cattle prices could double, farmers warn": a warning verb
 * (role-words.json forecastWarnings) whose content clause, after it or (as the parse reads a quote) above it, holds no
 * act and has no party as its subject foresees a harm; it threatens no one (PLOVER THREATEN is a threat to act).
 * A warning with no content clause ("warned Kyiv against escalation") or with an act in it stays a threat.
 */
function forecastOnly(doc: ArticleDoc, syn: SyntaxView, warning: TriggerMatch, triggers: readonly TriggerMatch[]): boolean {
  const tokens = doc.tokens;
  const head = warning.head;
  if (warning.nominal || tokens[head]!.dep === undefined || !ROLE_WORDS.forecastWarnings.has(tokens[head]!.lemma)) return false;
  const after = syn.children(head).find((c) => c > head && syn.fullRelation(c) === 'ccomp');
  const up = syn.head(head);
  const above = up >= 0 && up < head && ['parataxis', 'ccomp'].includes(syn.relation(head)) && ['VERB', 'NOUN'].includes(tokens[up]!.pos) ? up : undefined;
  const content = after ?? above;
  if (content === undefined) return false;
  const [first, last] = syn.subtreeRange(content);
  // Left out: the warning itself (when the content is above it), and the condition the harm hangs on ("if the road stays
  // closed …, fuel could run short"), an act of others that the forecast follows from, not one the warning threatens.
  const outside = [content === above ? syn.subtreeRange(head) : undefined,
    ...syn.children(content).filter((c) => CONDITION_MARKERS.has((syn.markerOf(c) ?? '').toLowerCase())).map((c) => syn.subtreeRange(c))]
    .filter((r): r is [number, number] => r !== undefined);
  if (triggers.some((t) => t !== warning && t.head >= first && t.head <= last && !outside.some(([a, b]) => t.head >= a && t.head <= b))) return false;
  // What the forecast is about: the content verb's subject, or the noun the parse makes the root of a quoted clause.
  const about = tokens[content]!.pos === 'NOUN' ? content : syn.subjectOf(content)?.token;
  if (about === undefined) return false;
  const s = tokens[about]!;
  if (PARTY_PRONOUNS.has(s.normal)) return false;
  // A state, or a body of a sector (an army, a government, a company, rebels), may be the one to act ("warned that the
  // company could bring in other crews"); civilians, and things that "could run short", only bear the harm.
  return !doc.actors.some((a) => a.span.start <= s.start && s.end <= a.span.end && (a.actorKind === 'country' || (a.sector !== null && !BEARER_SECTORS.has(a.sector))));
}

/** Sectors of those who bear a foreseen harm rather than act in it. */
const BEARER_SECTORS = new Set(['CVL']);

/**
 * "marched through the city, carrying placards calling for higher pay": a participle describing the object of a closing
 * participle that is no trigger itself ("carrying") tells what the act's people did with what they held, part of the act
 * the carrying participle hangs on. Returns that participle (or the closing participle it is a conjunct of), when none
 * has a subject of its own.
 */
function carrierOf(doc: ArticleDoc, syn: SyntaxView, trigger: number, byHead: ReadonlyMap<number, TriggerMatch>): number | undefined {
  if (doc.tokens[trigger]!.tag !== 'VBG' || syn.subjectOf(trigger)?.via === 'own') return undefined;
  const held = syn.head(trigger);
  if (held < 0 || held > trigger) return undefined;
  // The parse may hang the describing participle on the carrying one rather than on what it carries ("holding banners
  // calling for …" with "calling" an adverbial clause of "holding").
  const onCarrier = syn.relation(trigger) === 'advcl' && doc.tokens[held]!.tag === 'VBG' && syn.objectsOf(held).length > 0;
  if (!onCarrier && (syn.relation(trigger) !== 'acl' || doc.tokens[held]!.pos !== 'NOUN' || syn.relation(held) !== 'obj')) return undefined;
  const carrier = onCarrier ? held : syn.head(held);
  if (carrier < 0 || byHead.has(carrier) || doc.tokens[carrier]!.tag !== 'VBG' || syn.subjectOf(carrier)?.via === 'own') return undefined;
  if (syn.relation(carrier) === 'advcl') return carrier;
  // "…, singing and waving placards calling for permanent contracts": a carrying participle coordinated with a closing one that
  // is no trigger either hangs, as that one does, on the act (as untriggeredParticiple reads a conjunct).
  return syn.relation(carrier) === 'conj' ? untriggeredParticiple(doc, syn, carrier, byHead) : undefined;
}

/**
 * The "leaving"/"left" participle adjunct a trigger describes the outcome of ("…, leaving two
 * soldiers wounded"): the trigger hangs under it directly or through the people it names.
 */
function leavingOf(syn: SyntaxView, doc: ArticleDoc, trigger: number): number | undefined {
  let up = syn.head(trigger);
  if (up >= 0 && doc.tokens[up]!.pos === 'NOUN') up = syn.head(up);
  return up >= 0 && doc.tokens[up]!.lemma === 'leave' && doc.tokens[up]!.pos === 'VERB' && syn.relation(up) === 'advcl' ? up : undefined;
}

/**
 * The thing a relative clause describes when the clause tells what that thing did ("fired a
 * missile that struck a hospital": the missile): the relative pronoun is the clause's subject, the
 * noun is its governor's object, and it is no party.
 */
function weaponOf(doc: ArticleDoc, syn: SyntaxView, clause: number): number | undefined {
  const noun = describedObject(syn, doc.tokens, clause);
  if (noun === undefined) return undefined;
  // "killed a man who had fought for X": a clause about a person or party tells another act of theirs.
  const at = doc.tokens[noun]!;
  const party = at.pos === 'PROPN' || loadPersonNouns().sectorOf(at.normal) !== undefined ||
    doc.actors.some((m) => m.span.start <= at.start && at.end <= m.span.end);
  return party ? undefined : noun;
}

/** The governing verb's object a relative clause describes, its relative pronoun the clause's subject. */
function describedObject(syn: SyntaxView, tokens: ArticleDoc['tokens'], clause: number): number | undefined {
  // The parser sometimes hangs such a clause on the verb as its complement ("fired a missile that
  // struck …" as "fired … that struck"): a "that" subject straight after the verb's object is still a
  // relative pronoun, since a complement clause's "that" is a marker, never a subject.
  if (syn.relation(clause) === 'ccomp') {
    const subject = syn.subjectsOf(clause)[0];
    const object = syn.objectsOf(syn.head(clause)).at(-1);
    const relative = subject !== undefined && subject < clause && tokens[subject]!.tag === 'WDT';
    return relative && object !== undefined && syn.subtreeRange(object)[1] === subject - 1 ? object : undefined;
  }
  if (syn.relation(clause) !== 'acl') return undefined;
  const subject = syn.subjectOf(clause);
  const noun = syn.head(clause);
  return subject?.via === 'modified-noun' && subject.token === noun && syn.relation(noun) === 'obj' ? noun : undefined;
}

/** Whether a time expression of the dates stage lies in the clause under `clause` ("after shelling it on Monday"). */
function ownTime(doc: ArticleDoc, syn: SyntaxView, clause: number, besideClauses = false): boolean {
  const [from, to] = syn.subtreeRange(clause);
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[to]!.end;
  // With `besideClauses`, a time inside an adverbial clause of its own ("when rebels ambushed them on Monday") is that
  // clause's, not the verb's.
  const clauses = besideClauses ? syn.children(clause).filter((c) => syn.relation(c) === 'advcl').map((c) => syn.subtreeRange(c)) : [];
  const inClause = (t: { span: { start: number; end: number } }) => clauses.some(([a, b]) => t.span.start >= doc.tokens[a]!.start && t.span.end <= doc.tokens[b]!.end);
  return doc.times.some((t) => t.span.start >= start && t.span.end <= end && !inClause(t));
}

/**
 * Two coercive measures of different kinds coordinated under one subject are two acts ("shut down
 * the internet and imposed a curfew", "arrested the leader and banned his party"): each is a measure
 * of its own (PLOVER COERCE's modes), not a detail of the other. Detaining people and seizing what
 * they had is one raid told twice (arrest and seize stay one act).
 */
function distinctMeasures(host: TriggerRule, adjunct: TriggerRule): boolean {
  if (host.event !== 'COERCE' || !host.mode || !adjunct.mode || host.mode === adjunct.mode) return false;
  return !(ONE_RAID_MODES.has(host.mode) && ONE_RAID_MODES.has(adjunct.mode));
}

/** COERCE modes of one raid: people detained and goods seized in it. */
const ONE_RAID_MODES = new Set(['arrest', 'seize']);

/** Whether a clause has an oblique of its own headed by a name ("wounded in Gao"): the name of where it happened. */
function namedPlaceOf(doc: ArticleDoc, syn: SyntaxView, clause: number): boolean {
  return syn.children(clause).some((c) => syn.relation(c) === 'obl' && doc.tokens[c]!.pos === 'PROPN');
}

/** Whether a verb tells an act without its doer: a passive with no "by" agent, or a verb whose subject undergoes it ("died"). */
function namesNoDoer(doc: ArticleDoc, syn: SyntaxView, v: number): boolean {
  return (syn.isPassive(v) && syn.agentOf(v) === null) || ROLE_WORDS.undergoerVerbs.has(doc.tokens[v]!.lemma);
}

/**
 * Whether the act of clause `v` is aimed at a party of the kind `doer` names (same code and sector): "Police killed two
 * men when they attacked a police station" — the police do not attack their own station, so "they" are the men.
 */
export function aimedAtOwnKind(doc: ArticleDoc, syn: SyntaxView, v: number, doer: number): boolean {
  const mentionAt = (t: number) => actorAt(doc, t);
  const own = mentionAt(doer);
  if (!own || own.sector === null) return false;
  const targets = [...syn.objectsOf(v), ...syn.obliquesOf(v).map((o) => o.token)];
  return targets.some((t) => {
    const other = mentionAt(t);
    return other !== undefined && other !== own && other.sector === own.sector && other.code === own.code;
  });
}

/** Sectors of parties that act by force: a pronoun after such an object may take it up rather than the subject. */
const ARMED_KINDS: ReadonlySet<string> = new Set([...ARMED_SECTORS, 'CRM']);

/**
 * "Soldiers killed three rebels when they ambushed a convoy": a pronoun subject of the clause may take up the main
 * verb's armed object as well as its subject, so it is no sign that the clause tells the main verb's act again.
 */
export function pronounMayTakeUpObject(doc: ArticleDoc, syn: SyntaxView, clause: number, host: number): boolean {
  const pronoun = syn.children(clause).some((c) => syn.relation(c) === 'nsubj' && doc.tokens[c]!.pos === 'PRON');
  if (!pronoun) return false;
  return syn.objectsOf(host).some((o) => ARMED_KINDS.has(actorAt(doc, o)?.sector ?? ''));
}

/** The actor mention covering token `t`, if any. */
function actorAt(doc: ArticleDoc, t: number): ArticleDoc['actors'][number] | undefined {
  return doc.actors.find((a) => a.span.start <= doc.tokens[t]!.start && doc.tokens[t]!.end <= a.span.end);
}

/** Subject pronouns that take up a party told before (a closed class). */
const TAKE_UP_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we']);

/** Whether a clause's verb has no subject of its own or a pronoun one ("when they fired on the crowd"). */
function pronounOrNoSubject(doc: ArticleDoc, syn: SyntaxView, v: number): boolean {
  const own = syn.children(v).filter((c) => syn.relation(c) === 'nsubj');
  return own.every((c) => doc.tokens[c]!.pos === 'PRON' && TAKE_UP_PRONOUNS.has(doc.tokens[c]!.normal));
}

/** Whether a clause is introduced by "when" or "as" (a conjunction, or the adverb "when" as UD parses it). */
function whenClause(syn: SyntaxView, doc: ArticleDoc, clause: number): boolean {
  return syn.children(clause).some((c) => ['when', 'as'].includes(doc.tokens[c]!.normal) && (syn.relation(c) === 'mark' || syn.relation(c) === 'advmod'));
}

/**
 * Whether a verb `token` is told inside the content of the statement whose verb (or noun) is `top`: up its clausal complements
 * ("to push Israel to pull …"), a purpose infinitive or a condition ("if they lifted …") of the content, a conjunct of the content
 * with no subject of its own, an infinitive the parse hangs on the statement verb as its conjunct ("calls on X, as host, to
 * help"), and a present participle describing a thing of the content ("adopt a rule letting …", "warned that anyone urging a
 * boycott would be prosecuted"). A clause with a subject and a time marker of its own ("after troops fired") tells an act of its
 * own; a relative clause or a past participle describes a thing that may have been done ("release the men sentenced on Monday").
 * Another trigger on the way stops the walk unless it is itself a statement (its content is the outer content too) or an act
 * already read as the content (`content`: "adopt a rule letting …" under "adopt").
 */
function withinContent(doc: ArticleDoc, syn: SyntaxView, token: number, top: number, triggers: ReadonlyMap<number, TriggerMatch>,
  content: ReadonlySet<TriggerMatch>): boolean {
  const tokens = doc.tokens;
  let at = token;
  for (let depth = 0; depth < 5; depth++) {
    const head = syn.head(at);
    if (head < 0) return false;
    const relation = syn.fullRelation(at);
    const ownSubject = syn.subjectOf(at)?.via === 'own';
    const verb = tokens[at]!.pos === 'VERB' || tokens[at]!.tag?.startsWith('VB') === true;
    let step: boolean;
    if (relation === 'xcomp' || relation === 'ccomp') step = true;
    else if (relation === 'advcl') step = syn.isInfinitive(at) || CONDITION_MARKERS.has((syn.markerOf(at) ?? '').toLowerCase());
    else if (relation === 'conj') step = !ownSubject && (head !== top || (syn.isInfinitive(at) && depth === 0));
    else if (relation === 'acl') step = verb && tokens[at]!.tag === 'VBG' && !ownSubject;
    // A thing of the content: the noun a describing participle hangs on, placed in the content clause. The statement's own
    // subject is no content ("workers occupying the plant demanded …": the occupation is an act of theirs).
    else step = !verb && depth > 0 && (['obj', 'obl', 'nmod'].includes(relation) || (['nsubj', 'nsubj:pass'].includes(relation) && head !== top));
    if (!step) return false;
    if (head === top) return true;
    const between = triggers.get(head);
    if (between && !content.has(between) && !(MATRIX_TYPES.has(between.rule.event) && !between.nominal) && relation !== 'conj') return false;
    at = head;
  }
  return false;
}

/** Whether `token` is a conjunct of `first` (directly or down a chain of conjuncts) with no subject of its own. */
function conjunctOf(syn: SyntaxView, token: number, first: number): boolean {
  let at = token;
  for (let depth = 0; depth < 4 && syn.relation(at) === 'conj' && syn.subjectOf(at)?.via !== 'own'; depth++) {
    at = syn.head(at);
    if (at === first) return true;
  }
  return false;
}

/** Whether `token` hangs under `top` through content relations only, with no other trigger between. */
function hangsUnder(syn: SyntaxView, token: number, top: number, triggers: ReadonlyMap<number, TriggerMatch>): boolean {
  let at = token;
  for (let depth = 0; depth < 4; depth++) {
    const head = syn.head(at);
    // A conjunct of the content is content too ("called on X to spare civilians and allow convoys in", "to free the
    // hostages and withdraw"); a verb coordinated with the statement itself ("urged calm and released funds") or
    // with a subject of its own is an act of its own.
    const conjunct = syn.relation(at) === 'conj' && head !== top && syn.subjectOf(at)?.via !== 'own';
    if (!CONTENT_PATH.has(syn.relation(at)) && !conjunct) return false;
    if (head < 0) return false;
    if (head === top) return true;
    if (triggers.has(head) && !conjunct) return false;
    at = head;
  }
  return false;
}

/** The matrix rule with the mode its complement gives it ("urged … to release" → REQUEST-yield). */
export function matrixWithComplement(doc: ArticleDoc, matrix: TriggerMatch, complement: TriggerMatch | undefined): TriggerMatch {
  const rule = matrix.rule;
  if (!complement) {
    // "vowed to hunt down the attackers": a promise whose infinitive no rule reads, of a hostile intent (role-words.json hostileIntents).
    if (rule.event === 'AGREE' && ROLE_WORDS.promiseVerbs.has(doc.tokens[matrix.head]!.lemma) && hostileIntent(doc, matrix.head)) {
      return { ...matrix, rule: withType(rule, 'THREATEN', 'violence') };
    }
    return matrix;
  }
  // "vowed to fight on", "swore to retaliate": a promise of violence is a threat ("agreed to hold joint exercises" is not).
  if (rule.event === 'AGREE' && HOSTILE.has(complement.rule.event) && ROLE_WORDS.promiseVerbs.has(doc.tokens[matrix.head]!.lemma)
    && !(complement.rule.event === 'MOBILIZE' && protectivePurpose(doc, complement.head))) {
    return { ...matrix, rule: withType(rule, 'THREATEN', threatMode(complement.rule)) };
  }
  if (rule.mode) return matrix;
  const mode = rule.event === 'THREATEN' ? threatMode(complement.rule) : rule.event === 'REQUEST' || rule.event === 'REJECT' ? requestMode(complement.rule) : undefined;
  return mode ? { ...matrix, rule: withType(rule, rule.event, mode) } : matrix;
}

/**
 * Whether forces are sent for someone's protection: the moving verb has a purpose infinitive among
 * role-words.json protectivePurposes ("send troops to defend the government"). A promise of such
 * forces is a promise of help (AGREE), not a threat. Needs the parse.
 */
function protectivePurpose(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  // The protected must be a government or an army (role-words protectivePurposes.parties), the object's head or its "of"
  // noun ("the border of its ally"): forces sent to protect a people or secure a place are a threat to someone else.
  const party = (n: number) => ROLE_WORDS.protectedParties.has(doc.tokens[n]!.lemma) || ROLE_WORDS.protectedParties.has(doc.tokens[n]!.normal);
  const protectsParty = (c: number) => syn.children(c).some((o) => syn.relation(o) === 'obj'
    && (party(o) || syn.nominalModifiersOf(o).some((m) => m.prep === 'of' && party(m.token))));
  return syn.children(head).some((c) => ['advcl', 'xcomp'].includes(syn.relation(c)) && syn.isInfinitive(c) && ROLE_WORDS.protectivePurposes.has(doc.tokens[c]!.lemma) && protectsParty(c));
}

/**
 * Whether a verb's infinitive complement is a verb of hostile intent done to a party ("vowed to
 * pursue the killers", "swore to retaliate"), or its passive clause is one ("vowed that the killers would be
 * hunted down"): its object (or the clause's subject), if it has one, is an actor mention or a
 * noun of those who fight or are hunted (role-words hostileIntents.targets). Reforms pursued or
 * poverty eliminated threaten no one. Needs the parse.
 */
function hostileIntent(doc: ArticleDoc, head: number): boolean {
  if (doc.tokens[head]!.dep === undefined) return false;
  const syn = syntaxOf(doc);
  const party = (n: number) => {
    const t = doc.tokens[n]!;
    return ROLE_WORDS.hostileTargets.has(t.lemma) || ROLE_WORDS.hostileTargets.has(t.normal) || doc.actors.some((a) => a.span.start <= t.start && t.end <= a.span.end);
  };
  return syn.children(head).some((c) => {
    if (!ROLE_WORDS.hostileIntents.has(doc.tokens[c]!.lemma)) return false;
    // "promised that those behind the ambush would be crushed": the same intent told of its targets, as a passive clause whose
    // subject is the party it is done to ("pledged that reforms would be pursued" threatens no one).
    if (syn.relation(c) === 'ccomp' && syn.isPassive(c)) {
      const subject = syn.subjectOf(c);
      return subject !== null && syn.conjuncts(subject.token).some(party);
    }
    if (syn.relation(c) !== 'xcomp') return false;
    const objects = syn.children(c).filter((o) => syn.fullRelation(o) === 'obj');
    return objects.length === 0 || objects.some((o) => syn.conjuncts(o).some(party));
  });
}
