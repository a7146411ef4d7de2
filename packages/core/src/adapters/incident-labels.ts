// How an incident is marked wherever it lives (an issue on GitHub, a file in
// the state folder): its labels, its severity label, and the hidden key
// marker at the end of its body. Apart from the adapters so GitHub's does not
// load the state folder's (and its file schema) at start.
import { incidentMarker } from '../domain/incident';
import type { Severity } from '../model';

export const INCIDENT_LABEL = 'incident';
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const MARKER = /<!-- autopilot-incident:(.+?) -->/;

/** `incident`, `severity:<s>`, then the caller's labels, without repeats. */
export function incidentLabels(severity: Severity, extra: readonly string[] = []): string[] {
  return [...new Set([INCIDENT_LABEL, `severity:${severity}`, ...extra])];
}

/** The severity a label set carries; 'medium' when none (a human may have removed it). */
export function severityFromLabels(labels: readonly string[]): Severity {
  const found = labels.map((l) => /^severity:(.+)$/.exec(l)?.[1]).find((s) => SEVERITIES.includes(s as Severity));
  return (found as Severity | undefined) ?? 'medium';
}

/** The text with the key's marker at its end (once). */
export function withMarker(text: string, key: string): string {
  const marker = incidentMarker(key);
  return text.includes(marker) ? text : `${text.trimEnd()}\n\n${marker}`;
}

/** The key of the marker in a body; undefined when there is none. */
export function markerKey(body: string | null | undefined): string | undefined {
  return MARKER.exec(body ?? '')?.[1];
}
