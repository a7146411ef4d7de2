// `autopilot report [--out DIR]`: the static dashboard; `autopilot export
// [--status S] [--since T] [--until T] [--out FILE]`: the run history as CSV,
// streamed whatever the size of the log.
import { createWriteStream } from 'node:fs';
import { relative, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { buildControlPlane, buildDataPlane, type Config, OUTCOMES, type Outcome, UserError } from '@autopilot/core';
import { exportRunHistoryCsv, exportRunHistoryJson, writeReport } from '@autopilot/core/report/index';
import { timeFlag } from '../args';
import type { CliContext } from '../context';
import { checkOutFile, checkOutFolder, outFileError } from '../out-path';

/**
 * Where the runs, incidents and decision log come from: GitHub (workflow
 * runs, issues, the decision-log file at decision-log-path) when a token and
 * a repository are configured, as for `incident`; the state folder otherwise.
 */
export function reportControlPlane(config: Config): 'github' | 'local' {
  return config.githubToken && config.repository ? 'github' : 'local';
}

/** The report from the given control plane; the queue and run log always come from the data plane (CSV or Sheets). */
export async function buildReportFrom(
  ctx: CliContext,
  where: 'github' | 'local',
  outDir = ctx.args.flags.out ?? ctx.paths.report,
) {
  const control = buildControlPlane(ctx.config, ctx.wiring, where);
  const data = await buildDataPlane(ctx.config, ctx.wiring);
  const [queueRows, runs, decisionLog, incidents] = await Promise.all([
    data.queue.list(),
    control.runs.recent(50),
    control.decisions.read(),
    control.incidents.list('all'),
  ]);
  // The local site's article URLs are relative to the state folder: link them from where the page is.
  const siteBase = relative(resolve(outDir), ctx.paths.root) || '.';
  return writeReport(outDir, {
    queueRows,
    runLog: data.runLog.read(),
    runs,
    decisionLog,
    incidents,
    now: ctx.now(),
    siteBase,
  });
}

/** The local cycle's report (`start`): always the state folder, like the rest of that cycle. */
export async function buildLocalReport(ctx: CliContext, outDir = ctx.args.flags.out ?? ctx.paths.report) {
  return buildReportFrom(ctx, 'local', outDir);
}

export async function reportCommand(ctx: CliContext): Promise<number> {
  // An explicit --out never lands on the state folder's own files (site/index.html, …).
  if (ctx.args.flags.out !== undefined) await checkOutFolder('out', ctx.args.flags.out, ctx.paths, ctx.paths.report);
  const where = reportControlPlane(ctx.config);
  const written = await buildReportFrom(ctx, where);
  const source = where === 'github' ? ` (runs, incidents and decision from GitHub ${ctx.config.repository})` : '';
  ctx.say(`report written: ${written.htmlPath}${source}`);
  ctx.result({ html: written.htmlPath, data: written.dataPath, control_plane: where });
  return 0;
}

export async function exportCommand(ctx: CliContext): Promise<number> {
  const status = ctx.args.flags.status
    ?.split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const s of status ?? []) {
    if (!(OUTCOMES as readonly string[]).includes(s)) {
      throw new UserError(`--status "${s}" is not valid; expected outcomes among ${OUTCOMES.join(', ')}`);
    }
  }
  const since = timeFlag('since', ctx.args.flags.since);
  const until = timeFlag('until', ctx.args.flags.until);
  const filters = { status: status as Outcome[] | undefined, since, until };
  const out = ctx.args.flags.out;
  // Checked before anything is read: a bad --out changes nothing.
  const target = out === undefined ? undefined : await checkOutFile('out', out, ctx.paths);
  const data = await buildDataPlane(ctx.config, ctx.wiring);
  if (target !== undefined && out !== undefined) {
    const stream = createWriteStream(target);
    const opened = new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    try {
      await opened;
      const { rows } = await exportRunHistoryCsv(data.runLog.read(since), stream, filters, { end: true });
      await finished(stream);
      ctx.io.stderr(`${rows} rows written to ${out}`);
      ctx.result({ out: target, rows });
    } catch (error) {
      stream.destroy();
      throw outFileError('out', out, error);
    }
    return 0;
  }
  // --json: the same rows as one JSON array, streamed (a log of any size).
  if (ctx.json) await exportRunHistoryJson(data.runLog.read(since), process.stdout, filters);
  else await exportRunHistoryCsv(data.runLog.read(since), process.stdout, filters);
  return 0;
}
