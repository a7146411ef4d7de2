// After the disable's variable writes: what the rest of the tick says
// depends on what they did. Only writes read back at their safe value count
// as done. All done: the instability incident says what was set. Any refused
// or unconfirmed: the critical `disable-failed` incident takes its place (the
// instability incident's title says publishing is disabled), naming each
// write, what GitHub answered, and what to fix. Pure: the outcomes are data.
import { unstableBody } from './decide';
import { healthWindow } from './health';
import { noticeText, shouldNotify } from './notify';
import {
  DEFAULT_SUPERVISOR_POLICY,
  type Decision,
  type Effect,
  INCIDENT_KEYS,
  type SupervisorPolicy,
  type SupervisorSnapshot,
} from './types';

export interface SwitchWrite {
  name: string;
  value: string;
  /** True only when the variable was read back with the value. */
  done: boolean;
  /** Why not: GitHub's answer, or what was read back. */
  error?: string;
  /** The HTTP status GitHub answered, when it did. */
  status?: number;
}

const FIX_PERMISSION =
  'Give the token the supervisor uses permission to write repository variables: `Variables: write` for a fine-grained PAT, or `actions_variables: write` for a GitHub App (`permission-actions-variables: write` with actions/create-github-app-token). GITHUB_TOKEN can never write variables.';

function refusedText(writes: readonly SwitchWrite[]): string {
  const lines = writes.map((w) =>
    w.done
      ? `- ${w.name}=${w.value}: set (read back)`
      : `- ${w.name}=${w.value}: FAILED — ${w.error ?? 'unknown error'}`,
  );
  return lines.join('\n');
}

/** One failed write in a line: the variable, and GitHub's status (its full answer is in the incident). */
export function shortFailure(w: SwitchWrite): string {
  if (w.status === undefined) return `${w.name}=${w.value}: ${w.error ?? 'unknown error'}`;
  const why = w.status === 403 || w.status === 401 ? ' — the token may not write variables' : '';
  return `${w.name}=${w.value}: HTTP ${w.status}${why}`;
}

export function disableFailedBody(s: SupervisorSnapshot, p: SupervisorPolicy, writes: readonly SwitchWrite[]): string {
  const health = healthWindow(s.runs, p.healthWindow);
  const failed = writes.filter((w) => !w.done);
  const forbidden = failed.some((w) => w.status === 403 || w.status === 401);
  const fix = forbidden
    ? FIX_PERMISSION
    : 'GitHub did not confirm the write; check https://www.githubstatus.com and the token.';
  const still = writes.every((w) => !w.done)
    ? 'Publishing was NOT switched off: the switches are as they were.'
    : 'Publishing was only partly switched off.';
  return [
    `${health.failures} of the last ${health.judged} completed runs of the publish workflow failed (threshold ${p.failureThreshold}). The supervisor tried to disable publishing, and the disable FAILED.`,
    '',
    'Variable writes:',
    refusedText(writes),
    '',
    still,
    `Fix: ${fix} Until then, switch publishing off by hand: \`gh variable set WF_ENABLED --body false\` and \`gh variable set ALLOW_PUBLISH --body human_disabled\` (or Settings → Secrets and variables → Actions → Variables). See RUNBOOK.md, disable-failed.`,
  ].join('\n');
}

/** The decision's remaining effects (all but the variable writes), given what the writes did. */
export function settleDisable(
  decision: Decision,
  snapshot: SupervisorSnapshot,
  writes: readonly SwitchWrite[],
  policy: Partial<SupervisorPolicy> = {},
): Decision {
  const p = { ...DEFAULT_SUPERVISOR_POLICY, ...policy };
  const wasOpen = new Set(snapshot.openIncidents.filter((i) => i.state === 'open').map((i) => i.key));
  const open = new Set(decision.incidents);
  const rest = decision.effects.filter((e) => e.type !== 'set_variable' && e.type !== 'notify');
  const failed = writes.filter((w) => !w.done);
  let effects: Effect[];
  let reason = decision.reason;
  if (failed.length === 0) {
    const set = writes.map((w) => `${w.name}=${w.value}`).join(' and ');
    const switches =
      writes.length > 0
        ? `The supervisor set ${set} (read back to check).`
        : 'WF_ENABLED and ALLOW_PUBLISH were already off (false, human_disabled).';
    effects = rest.map((e) =>
      e.type === 'open_incident' && e.key === INCIDENT_KEYS.unstable
        ? { ...e, body: unstableBody(snapshot, p, switches) }
        : e,
    );
    if (writes.length > 0) reason = `${reason}; publishing disabled: ${set} set and read back`;
    if (
      wasOpen.has(INCIDENT_KEYS.disableFailed) &&
      !rest.some((e) => e.type === 'resolve_incident' && e.key === INCIDENT_KEYS.disableFailed)
    ) {
      effects.push({
        type: 'resolve_incident',
        key: INCIDENT_KEYS.disableFailed,
        body: `Resolved: the disable succeeded: ${switches}`,
      });
      open.delete(INCIDENT_KEYS.disableFailed);
    }
  } else {
    // Its title says publishing is disabled, which is not true: the critical incident says what is.
    effects = rest.filter((e) => !(e.type === 'open_incident' && e.key === INCIDENT_KEYS.unstable));
    if (!wasOpen.has(INCIDENT_KEYS.unstable)) open.delete(INCIDENT_KEYS.unstable);
    const firstIncident = effects.findIndex((e) => e.type === 'open_incident' || e.type === 'resolve_incident');
    const failedIncident: Effect = {
      type: 'open_incident',
      key: INCIDENT_KEYS.disableFailed,
      severity: 'critical',
      title: 'Disable FAILED: publishing was not switched off',
      body: disableFailedBody(snapshot, p, writes),
    };
    effects.splice(firstIncident === -1 ? effects.length : firstIncident, 0, failedIncident);
    open.add(INCIDENT_KEYS.disableFailed);
    reason = `${reason}; the disable FAILED: ${failed.map(shortFailure).join('; ')} (see incident ${INCIDENT_KEYS.disableFailed})`;
  }
  const incidents = [...open].sort();
  if (shouldNotify(snapshot.lastNotice, { code: decision.code, incidents }, snapshot.now, p.repeatIntervalHours)) {
    effects.push({ type: 'notify', text: noticeText(decision.code, reason, incidents) });
  }
  return { ...decision, reason, effects, incidents };
}
