// The kill-switch rule: publishing needs both repository variables set by a
// human. Anything else runs as review, and says why.
import type { Mode } from '../model';

export interface Switches {
  WF_ENABLED?: string;
  ALLOW_PUBLISH?: string;
}

export function effectiveMode(requested: Mode, switches: Switches): { mode: Mode; downgraded?: string } {
  if (requested === 'review') return { mode: 'review' };
  const reasons: string[] = [];
  if (switches.WF_ENABLED?.trim().toLowerCase() !== 'true') {
    reasons.push(`WF_ENABLED is "${switches.WF_ENABLED ?? ''}" (needs "true")`);
  }
  if (switches.ALLOW_PUBLISH?.trim() !== 'human_enabled') {
    reasons.push(`ALLOW_PUBLISH is "${switches.ALLOW_PUBLISH ?? ''}" (needs "human_enabled")`);
  }
  if (reasons.length === 0) return { mode: 'publish' };
  return { mode: 'review', downgraded: `publish refused, running as review: ${reasons.join('; ')}` };
}
