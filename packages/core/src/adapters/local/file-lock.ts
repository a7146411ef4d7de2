// An exclusive cross-process lock on a file of the state folder.
//
// Why proper-lockfile rather than our own pid file: it takes the lock with
// mkdir (atomic on every local file system, no O_EXCL pitfalls), keeps it
// fresh by touching its mtime while held, and treats a lock whose mtime is
// older than `staleMs` as abandoned — so a holder killed with SIGKILL (no
// exit handler runs) blocks others only until the lock goes stale. A pid
// check would not work across containers or machines sharing a folder.
// We run the retry loop ourselves so the wait is bounded by time, not by a
// count of attempts.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { ServiceError } from '../../errors';

export interface FileLockOptions {
  /** How long to wait for the lock before failing (default 30 s). */
  timeoutMs?: number;
  /** A lock not refreshed for this long is taken over (default 10 s, at least 2 s). */
  staleMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Handed to the critical section: throws when the lock was lost (e.g. the process stalled past `staleMs`). */
export type AssertLockHeld = () => void;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withFileLock<T>(
  target: string,
  options: FileLockOptions,
  critical: (assertHeld: AssertLockHeld) => Promise<T>,
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = Math.max(options.staleMs ?? 10_000, 2_000);
  const sleep = options.sleep ?? defaultSleep;
  const lockPath = `${target}.lock`;
  await mkdir(dirname(target), { recursive: true });

  let compromised: Error | undefined;
  const deadline = Date.now() + timeoutMs;
  let release: (() => Promise<void>) | undefined;
  while (!release) {
    try {
      release = await lockfile.lock(target, {
        lockfilePath: lockPath,
        realpath: false,
        stale: staleMs,
        update: Math.max(1_000, Math.floor(staleMs / 2)),
        retries: 0,
        onCompromised: (error) => {
          compromised = error;
        },
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (Date.now() >= deadline) {
        throw new ServiceError(
          'state lock',
          `could not lock ${target} within ${Math.round(timeoutMs / 1000)} s: another autopilot process holds ${lockPath}. ` +
            `If none is running, the lock is taken over once it is ${Math.round(staleMs / 1000)} s old.`,
          undefined,
          true,
        );
      }
      // Jitter so waiting processes do not retry in lock-step.
      await sleep(20 + Math.floor(Math.random() * 80));
    }
  }

  const assertHeld: AssertLockHeld = () => {
    if (compromised) {
      throw new ServiceError('state lock', `lost the lock on ${target} (${compromised.message}); nothing written`);
    }
  };
  try {
    return await critical(assertHeld);
  } finally {
    await release().catch(() => {
      // Already released or taken over as stale: nothing left to undo.
    });
  }
}
