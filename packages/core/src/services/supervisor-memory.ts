// Where the supervisor remembers what it last notified (to notify on change
// and repeat at most every interval): a JSON file locally, a repository
// variable on GitHub (runners keep no files between runs), or memory.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type NoticeState, SUPERVISOR_CODES } from '../domain/supervisor';
import type { VariableStore } from '../ports';

export interface SupervisorMemory {
  load(): Promise<NoticeState | undefined>;
  save(state: NoticeState): Promise<void>;
  /** The repository variable it lives in, if any: the supervisor reads it with the switches, in one request. */
  variable?: string;
}

/** Anything unreadable is forgotten (the worst case is one extra notification). */
export function parseNoticeState(text: string | undefined): NoticeState | undefined {
  if (!text?.trim()) return undefined;
  try {
    const raw = JSON.parse(text) as Partial<NoticeState>;
    const codes: readonly string[] = SUPERVISOR_CODES;
    if (typeof raw.code !== 'string' || !codes.includes(raw.code)) return undefined;
    if (!Array.isArray(raw.incidents) || typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at)))
      return undefined;
    return { code: raw.code, incidents: raw.incidents.filter((k) => typeof k === 'string'), at: raw.at };
  } catch {
    return undefined;
  }
}

export function jsonFileMemory(path: string): SupervisorMemory {
  return {
    async load() {
      try {
        return parseNoticeState(await readFile(path, 'utf8'));
      } catch {
        return undefined;
      }
    },
    async save(state) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
      await rename(tmp, path);
    },
  };
}

export const DEFAULT_MEMORY_VARIABLE = 'AUTOPILOT_SUPERVISOR_NOTICE';

export function variableMemory(vars: VariableStore, name = DEFAULT_MEMORY_VARIABLE): SupervisorMemory {
  if (name === 'WF_ENABLED' || name === 'ALLOW_PUBLISH') {
    throw new Error(`the supervisor's memory cannot live in ${name}, a kill-switch variable`);
  }
  return {
    variable: name,
    load: async () => parseNoticeState(await vars.get(name)),
    save: (state) => vars.set(name, JSON.stringify(state)),
  };
}

export function inMemoryMemory(initial?: NoticeState): SupervisorMemory & { state?: NoticeState } {
  const memory = {
    state: initial,
    load: async () => memory.state,
    save: async (state: NoticeState) => {
      memory.state = state;
    },
  };
  return memory;
}
