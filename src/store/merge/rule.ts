/** The verdict of one merging rule on two mentions: whether they may be one event, how strongly, and why. */
export interface RuleResult {
  readonly ok: boolean;
  /** 0–1: how strongly this rule says "same event". */
  readonly score: number;
  readonly reason: string;
}

export const RuleResult = {
  pass(score: number, reason: string): RuleResult {
    return { ok: true, score, reason };
  },
  fail(reason: string): RuleResult {
    return { ok: false, score: 0, reason };
  },
};
