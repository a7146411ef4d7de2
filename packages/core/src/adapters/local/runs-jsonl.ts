// The executor's runs, locally: one JSON line per run in
// <stateDir>/runs.jsonl. A run is recorded when it starts (in_progress, so
// the local supervisor sees it) and its line is replaced when it ends
// (completed, with its conclusion and counts): under the file's lock, the
// whole file is rewritten atomically, so a reader never sees half a line and
// a run killed mid-way keeps its in_progress line. Older files with several
// lines per run still read: the last line of a run wins.
import { join } from 'node:path';
import { z } from 'zod';
import { MODES, OUTCOMES, type RunRecord } from '../../model';
import type { Logger, RunHistory } from '../../ports';
import { writeFileAtomic } from './atomic-write';
import { withFileLock } from './file-lock';
import { readTextIfExists } from './json-file';

const countsSchema = z.partialRecord(z.enum([...OUTCOMES, 'processed']), z.number());

export const runRecordSchema = z.object({
  run_id: z.string().min(1),
  mode: z.enum([...MODES, 'unknown']),
  status: z.enum(['queued', 'in_progress', 'completed']),
  conclusion: z.enum(['success', 'failure', 'cancelled', 'skipped', 'timed_out', 'neutral']).optional(),
  started_at: z.string(),
  finished_at: z.string().optional(),
  url: z.string().optional(),
  counts: countsSchema.optional(),
});

export class JsonlRunHistory implements RunHistory {
  readonly path: string;
  private readonly log: Logger | undefined;

  constructor(options: { stateDir: string; log?: Logger }) {
    this.path = join(options.stateDir, 'runs.jsonl');
    this.log = options.log;
  }

  async record(run: RunRecord): Promise<void> {
    const line = JSON.stringify(runRecordSchema.parse(run));
    await withFileLock(this.path, {}, async (assertHeld) => {
      const lines = ((await readTextIfExists(this.path)) ?? '').split('\n').filter((text) => text.trim() !== '');
      // The run's earlier line(s) give way to this one, at the first one's place; other lines stay as they are.
      const at = lines.findIndex((text) => lineRunId(text) === run.run_id);
      const kept = lines.flatMap((text, index) =>
        index === at ? [line] : lineRunId(text) === run.run_id ? [] : [text],
      );
      if (at < 0) kept.push(line);
      assertHeld();
      await writeFileAtomic(this.path, `${kept.join('\n')}\n`);
    });
  }

  /** Newest first by started_at; runs started at the same moment by the order they were recorded. */
  async recent(limit: number): Promise<RunRecord[]> {
    if (limit <= 0) return [];
    const latest = new Map<string, { run: RunRecord; line: number }>();
    const lines = ((await readTextIfExists(this.path)) ?? '').split('\n');
    lines.forEach((text, index) => {
      if (!text.trim()) return;
      const run = this.parseLine(text, index + 1);
      // Supersede the content, but keep the run's first position: a run does not move when it finishes.
      if (run) latest.set(run.run_id, { run, line: latest.get(run.run_id)?.line ?? index });
    });
    const time = (run: RunRecord) => {
      const ms = Date.parse(run.started_at);
      return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
    };
    return [...latest.values()]
      .sort((a, b) => time(b.run) - time(a.run) || b.line - a.line)
      .slice(0, limit)
      .map((entry) => entry.run);
  }

  /** A broken line is reported and skipped: one bad line must not hide the others. */
  private parseLine(text: string, line: number): RunRecord | undefined {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      this.log?.warn(`${this.path} line ${line} is not valid JSON and was skipped (${(error as Error).message})`);
      return undefined;
    }
    const parsed = runRecordSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.log?.warn(
        `${this.path} line ${line} was skipped: field "${issue?.path.join('.') ?? '?'}" ${issue?.message ?? 'is invalid'}`,
      );
      return undefined;
    }
    return parsed.data as RunRecord;
  }
}

/** The run_id of a line, without validating it (a broken line belongs to no run and is kept). */
function lineRunId(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { run_id?: unknown };
    return typeof value?.run_id === 'string' ? value.run_id : undefined;
  } catch {
    return undefined;
  }
}
