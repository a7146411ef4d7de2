// The heartbeat as a file (default <stateDir>/local_heartbeat.json): the
// local runner writes it, heartbeat-check reads it. Parsing and validation
// are the domain's (parseHeartbeat), so every source reports alike.
import { join } from 'node:path';
import { parseHeartbeat } from '../../domain/heartbeat';
import { UserError } from '../../errors';
import type { Heartbeat } from '../../model';
import type { HeartbeatRead, HeartbeatSink, HeartbeatSource } from '../../ports';
import { writeFileAtomic } from './atomic-write';
import { formatJson, readTextIfExists } from './json-file';

/** The heartbeat as written everywhere: fixed key order, optional keys only when set. */
export function formatHeartbeat(heartbeat: Heartbeat): string {
  const { timestamp, iso, owner, mode, expires_at, released } = heartbeat;
  return formatJson({
    timestamp,
    iso,
    owner,
    mode,
    ...(expires_at !== undefined ? { expires_at } : {}),
    ...(released !== undefined ? { released } : {}),
  });
}

export class FileHeartbeat implements HeartbeatSource, HeartbeatSink {
  readonly path: string;

  /** `path` wins; else `<stateDir>/local_heartbeat.json`. */
  constructor(options: { stateDir?: string; path?: string }) {
    const path =
      options.path ?? (options.stateDir !== undefined ? join(options.stateDir, 'local_heartbeat.json') : undefined);
    if (!path) throw new UserError('FileHeartbeat needs a path or a stateDir');
    this.path = path;
  }

  async read(): Promise<HeartbeatRead> {
    const source = `file ${this.path}`;
    let text: string | undefined;
    try {
      text = await readTextIfExists(this.path);
    } catch (error) {
      return { ok: false, reason: 'unreachable', detail: `cannot read the file (${(error as Error).message})`, source };
    }
    if (text === undefined) return { ok: false, reason: 'missing', detail: 'the file does not exist', source };
    return parseHeartbeat(text, source);
  }

  async write(heartbeat: Heartbeat): Promise<void> {
    await writeFileAtomic(this.path, formatHeartbeat(heartbeat));
  }
}
