// The kill-switch variables WF_ENABLED and ALLOW_PUBLISH: each must exist as
// a repository variable with a value the pipeline knows (an unset or
// mistyped switch reads as "off" in a way nobody chose).
import { SWITCHES, type SwitchName } from '../../domain/variables';
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass } from './types';

/**
 * What to suggest when a switch is missing or wrong: a new install starts
 * safe (drafts only); a human turns live publishing on, never the doctor.
 */
const SUGGESTED: Record<string, string> = { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' };

/** Judge the answer to GET /repos/{owner}/{repo}/actions/variables/{name}. */
export function evaluateSwitch(name: SwitchName, o: HttpObservation, repository: string): CheckResult {
  const id = `variables.${name}`;
  const allowed = SWITCHES[name].values;
  const title = `variable ${name} is ${allowed.join(' or ')}`;
  const setIt = (value: string) =>
    `repository Settings → Secrets and variables → Actions → Variables: set ${name} to ${value} ` +
    `(or \`gh variable set ${name} --body ${value} --repo ${repository}\`)`;
  const first = SUGGESTED[name] ?? (allowed[0] as string);
  if (!isAnswer(o)) return fail(id, title, `no answer from GitHub: ${o.error}`, 'check the network and run again');
  if (o.status === 200) {
    const value = (o.body as { value?: unknown } | undefined)?.value;
    const text = typeof value === 'string' ? value.trim() : '';
    if ((allowed as readonly string[]).includes(text)) return pass(id, title, `${name}=${text}`);
    return fail(
      id,
      title,
      `${name} holds a value the pipeline does not know (${JSON.stringify(text).slice(0, 40)}); allowed: ${allowed.join(', ')}`,
      setIt(first),
    );
  }
  if (o.status === 404) {
    return fail(id, title, `${name} does not exist in ${repository}`, `${setIt(first)} (${SWITCHES[name].meaning})`);
  }
  if (o.status === 403) {
    return fail(
      id,
      title,
      `GitHub refused to read ${name}: ${messageOf(o)}`,
      'give the token the repository permission Variables (see github.variables-write)',
    );
  }
  return fail(id, title, `unexpected answer (HTTP ${o.status}: ${messageOf(o)})`, 'run the doctor again');
}
