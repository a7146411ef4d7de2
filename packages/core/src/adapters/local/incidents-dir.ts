// Incidents, locally: one JSON file per incident under <stateDir>/incidents/,
// holding the incident and its comments. The key lives in the same hidden
// marker as on GitHub, so both trackers find incidents the same way. The
// label and marker helpers here serve the GitHub tracker too.
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UserError } from '../../errors';
import type { Incident } from '../../model';
import type { Clock, IncidentTracker, OpenIncident } from '../../ports';
import { incidentLabels, markerKey, SEVERITIES, withMarker } from '../incident-labels';
import { withFileLock } from './file-lock';
import { parseJsonText, readTextIfExists, writeJsonFile } from './json-file';

export {
  INCIDENT_LABEL,
  incidentLabels,
  markerKey,
  severityFromLabels,
  withMarker,
} from '../incident-labels';

const fileSchema = z.object({
  id: z.string(),
  key: z.string(),
  state: z.enum(['open', 'closed']),
  title: z.string(),
  body: z.string(),
  severity: z.enum(SEVERITIES),
  labels: z.array(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  closed_at: z.string().optional(),
  comments: z.array(z.object({ at: z.string(), body: z.string() })),
});
type IncidentFile = z.infer<typeof fileSchema>;

export interface DirIncidentTrackerOptions {
  stateDir: string;
  now?: Clock;
  /** Applied to every title, body and comment written. */
  redact?: (text: string) => string;
}

export class DirIncidentTracker implements IncidentTracker {
  readonly dir: string;
  private readonly now: Clock;
  private readonly redact: (text: string) => string;

  constructor(options: DirIncidentTrackerOptions) {
    this.dir = join(options.stateDir, 'incidents');
    this.now = options.now ?? (() => new Date());
    this.redact = options.redact ?? ((text) => text);
  }

  async find(key: string): Promise<Incident | undefined> {
    const matching = (await this.readAll()).filter((file) => markerKey(file.body) === key);
    return matching.at(-1) && toIncident(matching.at(-1) as IncidentFile);
  }

  async list(state: 'open' | 'closed' | 'all'): Promise<Incident[]> {
    const files = await this.readAll();
    return files
      .filter((file) => state === 'all' || file.state === state)
      .reverse()
      .map(toIncident);
  }

  async open(input: OpenIncident): Promise<Incident> {
    await mkdir(this.dir, { recursive: true });
    const at = this.now().toISOString();
    for (;;) {
      const id = String(Math.max(0, ...(await this.ids())) + 1);
      const file: IncidentFile = {
        id,
        key: input.key,
        state: 'open',
        title: this.redact(input.title),
        body: withMarker(this.redact(input.body), input.key),
        severity: input.severity,
        labels: incidentLabels(input.severity, input.labels),
        created_at: at,
        updated_at: at,
        comments: [],
      };
      if (await this.createExclusive(id, file)) return toIncident(file);
      // Another process took this id meanwhile: take the next one.
    }
  }

  async comment(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, (file, at) => {
      file.comments.push({ at, body: this.redact(body) });
    });
  }

  async reopen(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, (file, at) => {
      file.state = 'open';
      delete file.closed_at;
      file.comments.push({ at, body: this.redact(body) });
    });
  }

  async close(incident: Incident, body: string): Promise<Incident> {
    return this.change(incident, (file, at) => {
      file.comments.push({ at, body: this.redact(body) });
      file.state = 'closed';
      file.closed_at = at;
    });
  }

  private path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  private async change(incident: Incident, edit: (file: IncidentFile, at: string) => void): Promise<Incident> {
    const path = this.path(incident.id);
    return withFileLock(path, {}, async () => {
      const file = await this.readFile(path);
      if (!file) throw new UserError(`incident ${incident.id} (${incident.key}) not found: ${path} does not exist`);
      const at = this.now().toISOString();
      edit(file, at);
      file.updated_at = at;
      await writeJsonFile(path, file);
      return toIncident(file);
    });
  }

  /**
   * Create the file only if the id is free: write a temp file, then hard-link
   * it to the final name — link fails when the name exists, and a reader
   * never sees a half-written file (unlike open with 'wx' and then write).
   */
  private async createExclusive(id: string, file: IncidentFile): Promise<boolean> {
    const temp = join(this.dir, `.${id}.${randomBytes(4).toString('hex')}.tmp`);
    await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`);
    try {
      await link(temp, this.path(id));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      await rm(temp, { force: true });
    }
  }

  private async ids(): Promise<number[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return names
      .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
      .filter((id) => id !== undefined)
      .map(Number);
  }

  /** Every incident, oldest first (by id, which grows with time). */
  private async readAll(): Promise<IncidentFile[]> {
    const ids = (await this.ids()).sort((a, b) => a - b);
    const files = await Promise.all(ids.map((id) => this.readFile(this.path(String(id)))));
    return files.filter((file) => file !== undefined);
  }

  private async readFile(path: string): Promise<IncidentFile | undefined> {
    const text = await readTextIfExists(path);
    if (text === undefined) return undefined;
    const parsed = fileSchema.safeParse(parseJsonText(text, path, 'an incident object'));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(`${path}: field "${issue?.path.join('.')}" ${issue?.message}; fix or delete the file`);
    }
    return parsed.data;
  }
}

function toIncident(file: IncidentFile): Incident {
  const incident: Incident = {
    key: file.key,
    id: file.id,
    state: file.state,
    title: file.title,
    severity: file.severity,
    labels: file.labels,
    created_at: file.created_at,
    updated_at: file.updated_at,
  };
  if (file.closed_at) incident.closed_at = file.closed_at;
  const last = file.comments.at(-1);
  if (last) incident.last_comment_at = last.at;
  return incident;
}
