// Repository variables, locally: a flat JSON object of strings in
// <stateDir>/variables.json. Set is read-modify-write under a file lock and
// an atomic rename, so two processes never lose each other's change.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors';
import type { VariableStore } from '../../ports';
import { withFileLock } from './file-lock';
import { readJsonFile, writeJsonFile } from './json-file';

/** What `init` writes: the workflow on, publishing locked until a human enables it. */
export const DEFAULT_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  WF_ENABLED: 'true',
  ALLOW_PUBLISH: 'human_disabled',
});

export const variablesPath = (stateDir: string): string => join(stateDir, 'variables.json');

/** Write the default variables unless the file exists already. Returns whether it wrote. */
export async function initVariables(stateDir: string): Promise<boolean> {
  const path = variablesPath(stateDir);
  try {
    await access(path);
    return false;
  } catch {
    await writeJsonFile(path, DEFAULT_VARIABLES);
    return true;
  }
}

const EXPECTED = 'an object of text values, e.g. {"WF_ENABLED": "true", "ALLOW_PUBLISH": "human_disabled"}';

export class JsonVariableStore implements VariableStore {
  readonly path: string;

  constructor(options: { stateDir: string }) {
    this.path = variablesPath(options.stateDir);
  }

  async get(name: string): Promise<string | undefined> {
    return (await this.readAll())[name];
  }

  async set(name: string, value: string): Promise<void> {
    await withFileLock(this.path, {}, async () => {
      const all = await this.readAll();
      await writeJsonFile(this.path, { ...all, [name]: value });
    });
  }

  /** Every variable; an absent file is an empty store. */
  async readAll(): Promise<Record<string, string>> {
    const raw = await readJsonFile(this.path, EXPECTED);
    if (raw === undefined) return {};
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new UserError(`${this.path} is not a JSON object; expected ${EXPECTED}`);
    }
    const bad = Object.entries(raw).find(([, v]) => typeof v !== 'string');
    if (bad) {
      throw new UserError(
        `${this.path}: variable "${bad[0]}" is ${JSON.stringify(bad[1])}; expected text (quote it: "${String(bad[1])}")`,
      );
    }
    return raw as Record<string, string>;
  }
}
