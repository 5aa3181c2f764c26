import { readFileSync } from 'node:fs';
import { resourcePath } from '../../syntax/resource-path.js';

/**
 * resources/events/recap-words.json, read once for the stage: the words that tell an act retold from
 * a new one (index.ts definiteHeads), the weapon modes an "after" participle opens its host act with
 * (fold-complements.ts), and the nouns of regions and sectors of armed men the in-document merge reads
 * (merge-mentions.ts).
 */
interface RecapWordsFile {
  readonly newActWords: string[];
  readonly meansModes: string[];
  readonly genericActNouns: string[];
  readonly meansMarkers: string[];
  readonly regionNouns: string[];
  readonly unnamedArmedSectors: string[];
  readonly actRoleNouns: string[];
  readonly claimVerbs: string[];
  readonly claimObjects: string[];
  readonly tollNouns: string[];
  readonly sceneNouns: string[];
  readonly otherStoryWords: string[];
}

const data = JSON.parse(readFileSync(resourcePath('events/recap-words.json'), 'utf8')) as RecapWordsFile;

export const RECAP_WORDS = {
  /** "separately", "elsewhere": words opening another story in the article. */
  otherStoryWords: new Set(data.otherStoryWords) as ReadonlySet<string>,
  /** "again", "a second raid", "also": a clause telling a new act of a kind already told. */
  newActWords: new Set(data.newActWords) as ReadonlySet<string>,
  /** ASSAULT modes naming the weapon an attack was opened with. */
  meansModes: new Set(data.meansModes) as ReadonlySet<string>,
  /** Nouns naming any act of their type whatever its mode ("the protest"). */
  genericActNouns: new Set(data.genericActNouns) as ReadonlySet<string>,
  /** The markers of a participle that tells how the host act was opened ("after"). */
  meansMarkers: new Set(data.meansMarkers) as ReadonlySet<string>,
  /** Nouns after a place name that tell it is a region ("Kaduna state"). */
  regionNouns: new Set(data.regionNouns) as ReadonlySet<string>,
  /** Sectors a story gives the same armed men under different names (REB, UAF, INS). */
  unnamedArmedSectors: new Set(data.unnamedArmedSectors) as ReadonlySet<string>,
  /** Nouns naming people by an act they did ("the assailants"): as a definite subject, the doers of an act already told. */
  actRoleNouns: new Set(data.actRoleNouns) as ReadonlySet<string>,
  /** Verbs of a claim of responsibility ("claimed"), by lemma. */
  claimVerbs: new Set(data.claimVerbs) as ReadonlySet<string>,
  /** What is claimed when it is no act noun ("responsibility", "credit"). */
  claimObjects: new Set(data.claimObjects) as ReadonlySet<string>,
  /** Nouns of a count of the dead an act noun hangs on ("the death toll from the attack"), by lemma. */
  tollNouns: new Set(data.tollNouns) as ReadonlySet<string>,
  /** Nouns naming a fight as a whole that a toll is told in ("killed in the exchange that followed"), besides act nouns. */
  sceneNouns: new Set(data.sceneNouns) as ReadonlySet<string>,
};
