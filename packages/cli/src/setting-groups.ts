// Settings the CLI's commands share beyond the inputs of the action they run:
// where the state lives, the data plane (Sheets, or the queue on the state
// branch) and GitHub. Kept by name; a key the settings catalogue does not
// (yet) have is left out, so each group lists only real flags.
import { SETTINGS, type Setting } from '@autopilot/core';

const ALL: ReadonlyMap<string, Setting<unknown>> = new Map(
  (Object.values(SETTINGS) as Setting<unknown>[]).map((s) => [s.key, s]),
);

/** The setting with this key (`max-items`), if the catalogue has it. */
export function settingByKey(key: string): Setting<unknown> | undefined {
  return ALL.get(key);
}

const known = (keys: readonly string[]) => keys.filter((k) => ALL.has(k));
const prefixed = (...prefixes: string[]) => [...ALL.keys()].filter((k) => prefixes.some((p) => k.startsWith(p)));

const github = known(['github-token', 'repository', 'github-api-url', 'request-timeout']);

export const SETTING_GROUPS = {
  /** Every command: where the state folder is and how it logs. */
  common: known(['state', 'log-format']),
  github,
  /** Where the queue and run log are: the state folder, Google Sheets, or the state branch on GitHub. */
  dataPlane: known(['queue-backend', 'state-branch', ...prefixed('sheets-', 'google-'), ...github, 'content-root']),
  /** Where the local runner's heartbeat goes (heartbeat write, local). */
  heartbeatWriter: known([
    'heartbeat-file',
    'heartbeat-push',
    'heartbeat-source',
    'max-age-minutes',
    'owner',
    ...github,
  ]),
} as const;

/** The union of the lists, in first-seen order, known keys only, with the common ones first. */
export function settingKeys(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(known([...SETTING_GROUPS.common, ...lists.flat()]))];
}
