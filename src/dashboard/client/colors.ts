/**
 * Colours for PLOVER event types, one hue family per quad class so the class reads at a glance:
 * blues for verbal cooperation, greens for material cooperation, ambers for verbal conflict,
 * reds for material conflict. Quad classes are those of resources/ontology/plover.json
 * (PLOVER manual, openeventdata/PLOVER), served by /api/event-types.
 */
export const TYPE_COLORS: Readonly<Record<string, string>> = {
  AGREE: '#6baed6', CONSULT: '#2f6fb3', SUPPORT: '#9cc9e6', CONCEDE: '#0b4a8b',
  COOPERATE: '#41ab5d', AID: '#8fd18f', RETREAT: '#1b7a3a',
  REQUEST: '#f7b267', ACCUSE: '#e8822a', REJECT: '#c96a12', THREATEN: '#9c4a09',
  PROTEST: '#f08a7a', SANCTION: '#d9473a', MOBILIZE: '#b0302a', COERCE: '#8c1d24', ASSAULT: '#5c0d1a',
};

export const QUAD_COLORS: Readonly<Record<number, string>> = { 1: '#6baed6', 2: '#41ab5d', 3: '#e8822a', 4: '#b0302a' };

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#8a94a3';
}

/**
 * A colour for a mix of cooperation and conflict: blue when all cooperative, red when all
 * conflictual, purple-grey in between (share = conflict events / all events).
 */
export function balanceColor(conflictShare: number): string {
  const coop = [43, 123, 185];
  const conflict = [200, 64, 47];
  const mid = [138, 107, 179];
  const [a, b, t] = conflictShare < 0.5 ? [coop, mid, conflictShare * 2] : [mid, conflict, (conflictShare - 0.5) * 2];
  const mix = a.map((v, i) => Math.round(v + (b[i]! - v) * t));
  return `rgb(${mix.join(',')})`;
}
