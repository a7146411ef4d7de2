// `autopilot incident list [--since T]`: open incidents and those resolved
// lately, one line per key; `autopilot incident open|update|resolve --key K
// [--title T --body B --severity S]`. On the local incidents/ folder, or
// GitHub with --github-token and --repository.
import { buildControlPlane, type Incident, incidentRequestFrom, runIncident, UserError } from '@autopilot/core';
import { escapeForTerminal } from '@autopilot/core/util/terminal';
import { timeFlag } from '../args';
import { type CliContext, requireStateFolder } from '../context';

/** How far back `incident list` shows resolved incidents without --since. */
export const RECENTLY_RESOLVED_DAYS = 7;

/**
 * The newest incident of each key that is open, or was closed at or after
 * `since` (and not after `until`): open ones first, then by most recent activity.
 */
export function incidentsByKey(incidents: readonly Incident[], since: Date, until?: Date): Incident[] {
  const newest = new Map<string, Incident>();
  for (const incident of incidents) {
    const seen = newest.get(incident.key);
    if (!seen || Date.parse(incident.updated_at) > Date.parse(seen.updated_at)) newest.set(incident.key, incident);
  }
  const closedIn = (at: number) => at >= since.getTime() && (!until || at <= until.getTime());
  const recent = (i: Incident) => i.state === 'open' || closedIn(Date.parse(i.closed_at ?? i.updated_at));
  return [...newest.values()]
    .filter(recent)
    .sort(
      (a, b) =>
        Number(b.state === 'open') - Number(a.state === 'open') || Date.parse(b.updated_at) - Date.parse(a.updated_at),
    );
}

function where(ctx: CliContext): 'github' | 'local' {
  return ctx.config.githubToken && ctx.config.repository ? 'github' : 'local';
}

async function list(ctx: CliContext): Promise<number> {
  const place = where(ctx);
  if (place === 'local') requireStateFolder(ctx);
  const since = timeFlag('since', ctx.args.flags.since);
  const until = timeFlag('until', ctx.args.flags.until);
  const from = since ?? new Date(ctx.now().getTime() - RECENTLY_RESOLVED_DAYS * 86_400_000);
  const control = buildControlPlane(ctx.config, ctx.wiring, place);
  const incidents = incidentsByKey(await control.incidents.list('all'), from, until);
  const safe = (text: string) => escapeForTerminal(text);
  ctx.say(
    incidents.length === 0
      ? `No incident open or resolved since ${from.toISOString()}.`
      : [
          `${'key'.padEnd(20)} ${'state'.padEnd(8)} ${'severity'.padEnd(9)} ${'updated'.padEnd(20)} title`,
          ...incidents.map((i) =>
            [
              safe(i.key).padEnd(20),
              (i.state === 'open' ? 'open' : 'resolved').padEnd(8),
              safe(i.severity).padEnd(9),
              safe(i.updated_at).slice(0, 19).padEnd(20),
              `${safe(i.title)}${i.url ? `  ${safe(i.url)}` : ''}`,
            ].join(' '),
          ),
        ].join('\n'),
  );
  ctx.result(incidents);
  return 0;
}

export async function incidentCommand(ctx: CliContext, rest: string[]): Promise<number> {
  const [action] = rest;
  if (action === 'list') return list(ctx);
  if (action !== 'open' && action !== 'update' && action !== 'resolve') {
    throw new UserError(`incident needs list, open, update or resolve (got "${action ?? ''}")`);
  }
  const control = buildControlPlane(ctx.config, ctx.wiring, where(ctx));
  const request = incidentRequestFrom(
    { ...ctx.config, incidentAction: action },
    { now: ctx.now(), runId: ctx.runId, traceId: ctx.traceId },
  );
  const outcome = await runIncident(
    { incidents: control.incidents, notifier: control.notifier, redact: ctx.redact, log: ctx.log },
    request,
  );
  ctx.say(
    `${request.key}: ${outcome.action}${outcome.incident ? ` (${outcome.incident.state}, ${outcome.incident.url ?? outcome.incident.id})` : ''}`,
  );
  ctx.result(outcome);
  return 0;
}
