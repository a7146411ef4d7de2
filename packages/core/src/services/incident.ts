// The incident service: one trigger for one key → at most one tracker call,
// decided by the pure lifecycle rules. Every text it posts is redacted, then
// made inert: the body is escaped markdown that mentions nobody and links no
// issue, the title mentions nobody (domain/incident-text.ts). Redaction comes
// first, on the texts as given: escaping can split a secret (`&` → `&amp;`)
// so that the redactor would no longer match it.
import {
  type IncidentAction,
  type IncidentPolicy,
  incidentKeyProblem,
  planIncident,
  renderIncidentBody,
} from '../domain/incident';
import { neutralizeReferences } from '../domain/incident-text';
import { UserError } from '../errors';
import type { Incident, Severity } from '../model';
import type { IncidentTracker, Logger, Notifier } from '../ports';

export type { IncidentAction, IncidentPolicy } from '../domain/incident';

export interface IncidentDeps {
  incidents: IncidentTracker;
  notifier?: Notifier;
  redact: (text: string) => string;
  log: Logger;
}

export interface IncidentRequest {
  action: 'open' | 'update' | 'resolve';
  key: string;
  title: string;
  /** What happened: text, shown as written (markdown in it is escaped, mentions and issue references made inert). */
  body: string;
  severity: Severity;
  labels?: string[];
  now: Date;
  policy?: Partial<IncidentPolicy>;
  runId?: string;
  runUrl?: string;
  traceId?: string;
}

export interface IncidentOutcome {
  action: IncidentAction;
  incident?: Incident;
  notified: boolean;
}

const VERB: Record<Exclude<IncidentAction, 'noop'>, string> = {
  create: 'opened',
  comment: 'still happening',
  reopen: 'reopened',
  close: 'resolved',
};

export async function runIncident(deps: IncidentDeps, request: IncidentRequest): Promise<IncidentOutcome> {
  const { redact } = deps;
  const keyProblem = incidentKeyProblem(request.key);
  if (keyProblem)
    throw new UserError(
      `key ${JSON.stringify(request.key)} ${keyProblem}; expected an incident key such as pipeline-unstable`,
    );
  const log = deps.log.child({ incident: request.key });
  const existing = await deps.incidents.find(request.key);
  const action = planIncident(existing, request.action, request.now, request.policy);
  if (action === 'noop') {
    const why = existing?.state === 'open' ? 'already open; repeat interval not reached' : 'nothing open to resolve';
    log.info(`incident ${request.key}: no change (${why})`);
    return { action, incident: existing, notified: false };
  }

  const title = neutralizeReferences(redact(request.title));
  const body = redact(
    renderIncidentBody({
      key: request.key,
      summary: redact(request.body),
      runUrl: request.runUrl && redact(request.runUrl),
      traceId: request.traceId && redact(request.traceId),
    }),
  );
  let incident: Incident;
  if (action === 'create') {
    incident = await deps.incidents.open({
      key: request.key,
      title,
      body,
      severity: request.severity,
      labels: request.labels,
    });
  } else if (!existing) {
    // planIncident only comments, reopens or closes an existing incident.
    throw new Error(`incident ${request.key}: ${action} planned without an incident`);
  } else if (action === 'comment') {
    incident = await deps.incidents.comment(existing, body);
  } else if (action === 'reopen') {
    incident = await deps.incidents.reopen(existing, body);
  } else {
    incident = await deps.incidents.close(existing, body);
  }
  const level = action === 'close' ? 'info' : 'notice';
  log[level](`incident ${request.key} ${VERB[action]}: ${title}`, { url: incident.url });

  let notified = false;
  if (deps.notifier) {
    const sent = await deps.notifier.notify({
      run_id: request.runId ?? '',
      trace_id: request.traceId,
      task: 'incident',
      status: VERB[action],
      title: redact(`[${request.severity}] ${request.title} (${VERB[action]})`),
      outputs_uri: incident.url ?? request.runUrl,
      log_excerpt: redact(request.body),
    });
    notified = sent.delivered;
    if (!sent.delivered) log.warn(`incident ${request.key}: notification not delivered: ${redact(sent.error ?? '')}`);
  }
  return { action, incident, notified };
}
