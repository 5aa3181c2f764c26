import type { ActorMention } from '../../core/document.js';
import { firstTokenFrom } from '../../core/search.js';
import { acronymOf } from '../entities/02-find-names.js';
import { type ActorContext, textSpan } from './context.js';

/** "(RSF)" right after a name: the acronym the text defines for it. */
const DEFINED = /^\s*\((\p{Lu}[\p{Lu}\d&-]{1,9})\)/u;

/** An acronym as news writes one: two to ten capitals (digits and "&" after the first). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,9}$/u;

/**
 * Acronyms the article uses without defining, after spelling out a name whose capitalised words'
 * initials are exactly the acronym ("the Rapid Support Forces … the RSF"): the article's own name
 * outranks a dictionary's other reading of the letters. Returns each such later mention with the
 * name it stands for.
 */
function spelledOut(ctx: ActorContext, defined: ReadonlyMap<string, ActorMention>): Map<ActorMention, ActorMention> {
  const { doc } = ctx;
  const out = new Map<ActorMention, ActorMention>();
  // Most articles have no acronym at all: nothing to read then.
  if (!ctx.actors.some((a) => ACRONYM.test(a.text) && !defined.has(a.text))) return out;
  const names: { initials: string; actor: ActorMention }[] = [];
  for (const actor of [...ctx.actors].sort((a, b) => a.span.start - b.span.start)) {
    if (ACRONYM.test(actor.text)) {
      if (defined.has(actor.text)) continue;
      const name = names.find((n) => n.initials === actor.text);
      if (name && (name.actor.code !== actor.code || name.actor.sector !== actor.sector)) out.set(actor, name.actor);
      continue;
    }
    if (actor.code === null) continue;
    let initials = '';
    for (let k = firstTokenFrom(doc.tokens, actor.span.start); k >= 0 && k < doc.tokens.length && doc.tokens[k]!.end <= actor.span.end; k++) {
      if (/^\p{Lu}/u.test(doc.tokens[k]!.text)) initials += doc.tokens[k]!.text[0]!;
    }
    if (initials.length >= 2) names.push({ initials, actor });
  }
  return out;
}

/**
 * An acronym the article defines ("the paramilitary Rapid Support Forces (RSF)") means what the
 * text says wherever it stands, whatever a dictionary says of it (the built-in organisations read
 * "RSF" as the press-freedom group): each mention of it takes the reading of the name it stands
 * for, with that name as evidence. So does one the article uses after spelling out the name
 * (`spelledOut`). Runs after every other rule of the stage.
 */
export function bindDefinedAcronyms(ctx: ActorContext): void {
  const { doc } = ctx;
  const defined = new Map<string, ActorMention>();
  for (const actor of ctx.actors) {
    const m = DEFINED.exec(doc.text.slice(actor.span.end, actor.span.end + 16));
    if (!m || defined.has(m[1]!)) continue;
    const words = doc.tokens.filter((t) => t.start >= actor.span.start && t.end <= actor.span.end);
    if (acronymOf(m[1]!.replace(/[^\p{Lu}]/gu, ''), words)) defined.set(m[1]!, actor);
  }
  const spelled = spelledOut(ctx, defined);
  if (defined.size === 0 && spelled.size === 0) return;
  ctx.actors.forEach((actor, i) => {
    const name = defined.get(actor.text) ?? spelled.get(actor);
    if (!name || name === actor) return;
    const { dated: _dated, ...rest } = actor;
    ctx.actors[i] = {
      ...rest, code: name.code, sector: name.sector, actorKind: name.actorKind, name: name.name, via: 'acronym-defined',
      evidence: [textSpan(doc, name.span.start, name.span.end)], ...(name.dated ? { dated: name.dated } : {}),
    };
  });
}
