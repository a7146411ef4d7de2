// The repository run log (run_log.csv on the state branch) against the fake
// GitHub: the RunLog contract, the local file's exact text for the same rows,
// and what the compare-and-set buys: concurrent appends both land, a human's
// commit meanwhile is kept, and a 5xx after the write was applied does not
// write the rows twice.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitHubRepoRunLog } from '../../packages/core/src/adapters/github';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import { RUN_LOG_COLUMNS } from '../../packages/core/src/model';
import { useFakeGitHub } from '../fakes/github-fixture';
import { type FakeGitHub, fakeGitHubOptions } from '../fakes/github-server';
import { collect, describeRunLogContract, runLogRow } from './run-log.contract';

const newFake = useFakeGitHub();
const BRANCH = 'autopilot-state';
const CONTENTS = '/repos/{owner}/{repo}/contents/{path}' as const;

const logOn = (fake: FakeGitHub) => new GitHubRepoRunLog({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 } });

describeRunLogContract('GitHubRepoRunLog (fake GitHub contents API)', async () => {
  const fake = await newFake();
  return { log: logOn(fake), cleanup: () => fake.close() };
});

describe('GitHubRepoRunLog', () => {
  it('writes the same text as the local run_log.csv for the same rows', async () => {
    const fake = await newFake();
    const dir = await mkdtemp(join(tmpdir(), 'repo-run-log-'));
    const rows = [runLogRow({ item_id: 'a', trace_id: 'x,"y"\nz' }), runLogRow({ item_id: 'b', error_codes: ['E1'] })];
    const local = new CsvRunLog({ stateDir: dir });
    await local.append(rows.slice(0, 1));
    await local.append(rows.slice(1));
    const repo = logOn(fake);
    await repo.append(rows.slice(0, 1));
    await repo.append(rows.slice(1));
    expect(fake.fileText('run_log.csv', BRANCH)).toBe(await readFile(join(dir, 'run_log.csv'), 'utf8'));
    await rm(dir, { recursive: true, force: true });
  });

  it('two appends at once (two runs) both land, once each', async () => {
    const fake = await newFake();
    await logOn(fake).append([runLogRow({ item_id: 'seed' })]);
    const [one, two] = [logOn(fake), logOn(fake)];
    await Promise.all([one.append([runLogRow({ item_id: 'one' })]), two.append([runLogRow({ item_id: 'two' })])]);
    const ids = (await collect(one.read())).map((r) => r.item_id);
    expect(ids.sort()).toEqual(['one', 'seed', 'two']);
  });

  it("keeps a human's commit made between our read and our write, appending on top", async () => {
    const fake = await newFake();
    const log = logOn(fake);
    await log.append([runLogRow({ item_id: 'first' })]);
    const text = fake.fileText('run_log.csv', BRANCH) ?? '';
    let edited = false;
    fake.beforeApply = (request) => {
      if (request.method !== 'PUT' || edited) return;
      edited = true;
      fake.commitFile('run_log.csv', text.replace(',first,', ',first-corrected,'), BRANCH);
    };
    await log.append([runLogRow({ item_id: 'second' })]);
    fake.beforeApply = undefined;
    expect((await collect(log.read())).map((r) => r.item_id)).toEqual(['first-corrected', 'second']);
  });

  it('a 5xx after the write was applied does not duplicate the rows', async () => {
    const fake = await newFake();
    const log = logOn(fake);
    await log.append([runLogRow({ item_id: 'a' })]);
    fake.failAfterApply('PUT', CONTENTS, 500);
    await log.append([runLogRow({ item_id: 'b' })]);
    expect((await collect(log.read())).map((r) => r.item_id)).toEqual(['a', 'b']);
    expect(fake.exchanges.filter((x) => x.method === 'PUT' && x.status === 500)).toHaveLength(1);
  });

  it('an unclosed quote costs one record, reported with the file and line; later rows and appends are kept', async () => {
    const fake = await newFake();
    const header = RUN_LOG_COLUMNS.join(',');
    const good = (id: string) => `2025-03-01T10:00:00.000Z,run-1,trace-1,review,${id},drafted,PASS,,1,10,1,1,0.01,\n`;
    fake.commitFile(
      'run_log.csv',
      `${header}\n${good('a')}"unclosed,1\n${good('b')}2025-03-01T10:00:00.000Z,"torn`,
      BRANCH,
    );
    const logger = createMemoryLogger();
    const log = new GitHubRepoRunLog({ ...fakeGitHubOptions(fake), file: { backoffMs: 1 }, logger });
    await log.append([runLogRow({ item_id: 'c' })]);
    expect((await collect(log.read())).map((r) => r.item_id)).toEqual(['a', 'b', 'c']);
    expect(logger.events.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^acme\/blog:run_log\.csv@autopilot-state line 3: a quote opened on this line is never closed/,
      ),
      expect.stringMatching(/line 5: .*row skipped/),
    ]);
  });

  it('appends in the column order of a file a human reordered', async () => {
    const fake = await newFake();
    const columns =
      'item_id,at,run_id,trace_id,mode,outcome,gate,error_codes,attempts,duration_ms,tokens_in,tokens_out,cost_usd,article_id';
    fake.commitFile('run_log.csv', `${columns}\n`, BRANCH);
    const log = logOn(fake);
    await log.append([runLogRow({ item_id: 'x' })]);
    expect(fake.fileText('run_log.csv', BRANCH)?.split('\n')[1]).toMatch(/^x,2025-03-01T10:00:00.000Z,run-1,/);
    expect((await collect(log.read()))[0]?.item_id).toBe('x');
  });
});
