// Where a command may write a file a person asked for (`--out`): never over
// a file the state folder keeps (queue.csv, run_log.csv, runs.jsonl, …: an
// export there would replace the queue with run-log rows), and a missing
// folder, a file standing where a folder is needed, or a folder where the
// file should go are the user's to fix (exit 2), not "unexpected errors".
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type StatePaths, UserError } from '@autopilot/core';

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** The real path `out` would be written at (its folder's links resolved), or a UserError saying why it cannot be. */
export async function checkOutFile(flag: string, out: string, paths: StatePaths): Promise<string> {
  const target = resolve(out);
  const folder = dirname(target);
  let realFolder: string;
  try {
    realFolder = await realpath(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UserError(`--${flag} "${out}": the folder ${folder} does not exist; create it first`);
    if (code === 'ENOTDIR') {
      throw new UserError(`--${flag} "${out}": part of ${folder} is a file, not a folder; choose another path`);
    }
    throw new UserError(`--${flag} "${out}": cannot use ${folder} (${code ?? (error as Error).message})`);
  }
  if (!(await stat(realFolder)).isDirectory()) {
    throw new UserError(`--${flag} "${out}": ${folder} is a file, not a folder; choose another path`);
  }
  // A link at the target is followed when written: check where it leads.
  let real = join(realFolder, basename(target));
  real = await realpath(real).catch(() => real);
  const existing = await stat(real).catch(() => undefined);
  if (existing?.isDirectory())
    throw new UserError(`--${flag} "${out}" is a folder; give a file path, e.g. ${join(out, 'history.csv')}`);
  const owner = await stateOwner(real, paths);
  if (owner !== undefined) {
    throw new UserError(
      `--${flag} "${out}" would overwrite ${owner} of the state folder ${paths.root}, which autopilot keeps; ` +
        'write it somewhere else (another name in the state folder is fine)',
    );
  }
  return real;
}

/**
 * The state-folder file or folder `real` belongs to, if any: every path
 * StatePaths names (queue.csv, run_log.csv, runs.jsonl, variables.json,
 * decision_log.json, local_heartbeat.json, incidents/, site/, report/, …),
 * their lock folders (`queue.csv.lock`) and temp files (`.queue.csv.….tmp`).
 */
async function stateOwner(real: string, paths: StatePaths): Promise<string | undefined> {
  const root = await realpath(paths.root).catch(() => paths.root);
  if (!inside(root, real)) return undefined;
  const rel = relative(root, real);
  if (rel === '') return 'the folder itself';
  const first = rel.split(sep)[0] as string;
  const owned = Object.entries(paths)
    .filter(([key]) => key !== 'root')
    .map(([, path]) => relative(paths.root, path).split(sep)[0] as string);
  const base = first.replace(/\.lock$/, '');
  if (owned.includes(first) || owned.includes(base)) return first;
  if (/^\..*\.tmp$/.test(first)) return 'a temporary file';
  return undefined;
}

/** A write error on a path the user gave, as a message naming it (exit 2). */
export function outFileError(flag: string, out: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && ['ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return new UserError(`--${flag} "${out}": cannot write there (${code}); choose another path`);
  }
  return error;
}

/**
 * The real path of a folder a command will write files into (`report
 * --out DIR`; created if missing): never the state folder itself or a folder
 * it owns (`site/`, `incidents/`, …) other than `allowed` (the report's own
 * folder), and never a path through a file.
 */
export async function checkOutFolder(flag: string, out: string, paths: StatePaths, allowed?: string): Promise<string> {
  const target = resolve(out);
  // The nearest part of the path that exists decides: it must be a folder.
  let existing = target;
  let found = await stat(existing).catch(() => undefined);
  while (!found && dirname(existing) !== existing) {
    existing = dirname(existing);
    found = await stat(existing).catch(() => undefined);
  }
  if (found && !found.isDirectory()) {
    throw new UserError(
      existing === target
        ? `--${flag} "${out}" is a file, not a folder; give a folder path`
        : `--${flag} "${out}": ${existing} is a file, not a folder; choose another path`,
    );
  }
  const real = join(await realpath(existing).catch(() => existing), relative(existing, target));
  const stateRoot = await realpath(paths.root).catch(() => paths.root);
  const realAllowed = allowed === undefined ? undefined : await realpath(allowed).catch(() => resolve(allowed));
  // A folder of files written whole (index.html, data.json): only a folder of its own, never one autopilot keeps.
  const owner = relative(stateRoot, real) === '' ? 'the folder itself' : await stateOwner(real, paths);
  if (owner !== undefined && !(realAllowed !== undefined && inside(realAllowed, real))) {
    throw new UserError(
      `--${flag} "${out}" would write into ${owner} of the state folder ${paths.root}, which autopilot keeps; ` +
        `write it somewhere else${allowed ? ` (or under ${allowed})` : ''}`,
    );
  }
  return real;
}
