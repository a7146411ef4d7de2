// The `autopilot` CLI end to end, as a user runs it: real processes from
// source on a temporary copy of the example queue (examples/queue.csv and
// examples/content). The steps build on each other, in order: init → review
// → publish refused → approve → publish with and without require-approval.
import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_STATUSES } from '../../packages/core/src/model';
import {
  type CsvRecord,
  cliOk,
  parseCsv,
  readArticles,
  readJsonLines,
  readQueue,
  removeScratchDir,
  runCli,
  STACK_LINE,
} from './helpers';

/** The example queue's rows that fail a rule on purpose, and the rule (their notes say so). */
const FAILING = {
  'pu-erh-introduction': 'BODY_TOO_SHORT',
  'tea-gift-guide': 'PLACEHOLDER',
  'steeping-timer-guide': 'UNSAFE_HTML',
  'caffeine-in-tea': 'KEYWORD_MISSING',
  'iced-tea-summer-menu': 'TITLE_MISSING',
  'japanese-tea-ceremony-history': 'TITLE_TOO_LONG',
  'rooibos-guide': 'SUMMARY_TOO_LONG',
  'tea-glossary': 'BODY_TOO_LONG',
  'tea-tasting-journal': 'NO_HEADINGS',
  'herbal-tisanes-faq': 'BANNED_PHRASE',
  'green-tea-guest-post': 'DUPLICATE_TITLE',
  'hojicha-roasted-green-tea': 'META_TITLE_TOO_LONG',
  'jasmine-pearls': 'META_DESCRIPTION_LENGTH',
  'masala-chai-spice-blend': 'IMAGE_ALT_MISSING',
  'gyokuro-shade-grown': 'NO_INTERNAL_LINK',
  'genmaicha-rice-tea': 'BROKEN_LINK',
  'tea-oxidation-chemistry': 'READING_LEVEL',
  'earl-grey-bergamot': 'NEAR_DUPLICATE',
  'earl-grey-newsletter': 'NEAR_DUPLICATE',
} as const;
/** Rows in the example queue: the passing ones and one per failing rule (two for NEAR_DUPLICATE, which names a pair). */
const ROWS = 27;
const PASSING = [
  'green-tea-brewing-guide',
  'oolong-tea-for-beginners',
  'gaiwan-vs-teapot',
  'storing-loose-leaf-tea',
  'warming-winter-teas',
  'water-for-better-tea',
  'whisking-matcha-at-home',
  'black-tea-with-milk',
];
/** publish_at in 2030: drafted in review, never published before then. */
const FUTURE = 'warming-winter-teas';
const APPROVED = 'green-tea-brewing-guide';
const BAD_ROW_ID = 'bad-priority-row';

let base: string;
let state: string;
let originalCampaigns: Map<string, string>;

const byId = (records: CsvRecord[]) => new Map(records.map((r) => [r.id ?? '', r]));
const statusOf = (records: CsvRecord[], id: string) => byId(records).get(id)?.status;

async function runLogRows() {
  return parseCsv(await readFile(join(state, 'run_log.csv'), 'utf8')).records;
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'autopilot-e2e-cli-'));
  state = join(base, 'state');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
  await removeScratchDir();
});

describe('autopilot CLI, end to end on a copy of the example queue', () => {
  it('answers bad usage with exit code 2 and a message naming the problem, never a stack trace', async () => {
    const [maxItems, unknownFlag, unknownCommand, approveWithoutId] = await Promise.all([
      runCli(['executor', '--mode', 'review', '--max-items', 'abc', '--state', state]),
      runCli(['executor', '--bogus', '--state', state]),
      runCli(['frobnicate', '--state', state]),
      runCli(['queue', 'approve', '--state', state]),
    ]);
    for (const run of [maxItems, unknownFlag, unknownCommand, approveWithoutId]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^autopilot: /);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
    expect(maxItems.stderr).toContain('max-items');
    expect(maxItems.stderr).toContain('"abc"');
    expect(maxItems.stderr).toContain('expected a whole number');
    expect(unknownFlag.stderr).toContain('executor does not take --bogus');
    expect(unknownCommand.stderr).toContain('unknown command "frobnicate"');
    expect(unknownCommand.stderr).toContain('executor');
    expect(approveWithoutId.stderr).toContain('queue approve needs --id');
    // Bad usage changes nothing: the state folder was not even created.
    await expect(stat(state)).rejects.toThrow();
  });

  it('init copies the example queue, its content and the closed switches', async () => {
    const run = await cliOk(['init', '--state', state]);
    expect(run.stdout).toContain(`Initialised ${state}`);
    const { header, records } = await readQueue(state);
    expect(header).toContain('campaign');
    expect(records.map((r) => r.id)).toEqual(expect.arrayContaining([...PASSING, ...Object.keys(FAILING)]));
    expect(records).toHaveLength(ROWS);
    expect((await stat(join(state, 'content', 'green-tea-brewing-guide.md'))).isFile()).toBe(true);
    expect(JSON.parse(await readFile(join(state, 'variables.json'), 'utf8'))).toEqual({
      WF_ENABLED: 'true',
      ALLOW_PUBLISH: 'human_disabled',
    });
    originalCampaigns = new Map(records.map((r) => [r.id ?? '', r.campaign ?? '']));
    expect(originalCampaigns.get('green-tea-brewing-guide')).toBe('spring-green-2025');

    // A row a human got wrong (priority P9): it must be reported and left alone.
    const badRow: CsvRecord = Object.fromEntries(header.map((h) => [h, '']));
    Object.assign(badRow, {
      id: BAD_ROW_ID,
      title: 'A row with a typo in its priority',
      content_path: 'content/gaiwan-vs-teapot.md',
      priority: 'P9',
      status: 'PENDING',
      campaign: 'typo-campaign',
    });
    await appendFile(join(state, 'queue.csv'), stringify([header.map((h) => badRow[h] ?? '')]));
  });

  it('review drafts the passing items, blocks the failing ones with their rule codes and reports the bad row', async () => {
    const before = byId((await readQueue(state)).records).get(BAD_ROW_ID);
    const run = await cliOk(['executor', '--mode', 'review', '--max-items', '50', '--state', state]);
    expect(run.stdout).toContain(`Processed ${ROWS}: 0 published, 8 drafted, 19 blocked`);
    // The bad row is named with its row number, field, value and what is allowed.
    const report = `${run.stdout}\n${run.stderr}`;
    expect(report).toContain(`row ${ROWS + 1} (id "${BAD_ROW_ID}"): priority "P9" is not valid; expected P0, P1 or P2`);

    const list = await cliOk(['queue', 'list', '--json', '--state', state]);
    const rows = JSON.parse(list.stdout) as CsvRecord[];
    for (const id of PASSING) expect(statusOf(rows, id), id).toBe('AWAITING_APPROVAL');
    for (const [id, code] of Object.entries(FAILING)) {
      const row = byId(rows).get(id);
      expect(row?.status, id).toBe('BLOCKED');
      expect(row?.notes, id).toContain(`[${code}]`);
    }
    // Drafted in review even though its publish_at is in 2030.
    expect(statusOf(rows, FUTURE)).toBe('AWAITING_APPROVAL');
    expect(byId(rows).get(FUTURE)?.article_id).not.toBe('');
    // The bad row is untouched, every cell of it.
    expect(byId((await readQueue(state)).records).get(BAD_ROW_ID)).toEqual(before);

    // The local site: one draft per passing item, each listed with a DRAFT marker.
    const articles = await readArticles(state);
    expect(articles.map((a) => a.item_id).sort()).toEqual([...PASSING].sort());
    expect(articles.every((a) => a.status === 'draft')).toBe(true);
    const index = await readFile(join(state, 'site', 'index.html'), 'utf8');
    for (const a of articles) {
      const line = index.split('\n').find((l) => l.includes(`articles/${a.handle}.html`));
      expect(line, a.handle).toContain('DRAFT');
    }
    const page = await readFile(join(state, 'site', 'articles', `${articles[0]?.handle}.html`), 'utf8');
    expect(page).toContain('DRAFT');

    // One run-log row per outcome; the bad row has none.
    const log = await runLogRows();
    expect(log).toHaveLength(ROWS);
    expect(new Set(log.map((r) => r.item_id)).size).toBe(ROWS);
    expect(log.filter((r) => r.outcome === 'drafted')).toHaveLength(8);
    for (const [id, code] of Object.entries(FAILING)) {
      const row = log.find((r) => r.item_id === id);
      expect(row?.outcome).toBe('blocked');
      expect(row?.error_codes).toContain(code);
    }
    expect(log.some((r) => r.item_id === BAD_ROW_ID)).toBe(false);
  });

  it('downgrades publish to review, and says so, while the switches are closed', async () => {
    const run = await cliOk(['executor', '--mode', 'publish', '--max-items', '20', '--state', state]);
    expect(run.stdout).toContain('publish refused, running as review');
    expect(run.stdout).toContain('ALLOW_PUBLISH is "human_disabled"');
    expect((await readArticles(state)).every((a) => a.status === 'draft')).toBe(true);
    const { records } = await readQueue(state);
    expect(records.filter((r) => r.status === 'PUBLISHED')).toHaveLength(0);
  });

  it('publishes a human-approved draft by updating it, and only that one with --require-approval', async () => {
    await cliOk(['vars', 'set', 'ALLOW_PUBLISH', 'human_enabled', '--state', state]);
    const approve = await cliOk(['queue', 'approve', '--id', APPROVED, '--approver', 'dana', '--state', state]);
    expect(approve.stdout).toContain(`${APPROVED}: APPROVED`);
    const draft = (await readArticles(state)).find((a) => a.item_id === APPROVED);

    const run = await cliOk([
      'executor',
      '--mode',
      'publish',
      '--require-approval',
      '--max-items',
      '20',
      '--json',
      '--state',
      state,
    ]);
    const result = JSON.parse(run.stdout) as { mode: string; counts: Record<string, number> };
    expect(result.mode).toBe('publish');
    expect(result.counts).toMatchObject({ processed: 1, published: 1 });

    const { records } = await readQueue(state);
    expect(statusOf(records, APPROVED)).toBe('PUBLISHED');
    for (const id of PASSING.filter((i) => i !== APPROVED)) expect(statusOf(records, id), id).toBe('AWAITING_APPROVAL');
    const articles = await readArticles(state);
    expect(articles).toHaveLength(PASSING.length);
    const live = articles.find((a) => a.item_id === APPROVED);
    expect(live).toMatchObject({ id: draft?.id, handle: draft?.handle, status: 'published' });
    expect(byId(records).get(APPROVED)?.article_id).toBe(draft?.id);
  });

  it('publishes PENDING items and unapproved drafts live, but not before publish_at', async () => {
    // A human fixes a blocked article and asks for a retry.
    await appendFile(
      join(state, 'content', 'caffeine-in-tea.md'),
      '\n\nTea also carries theanine, an amino acid many drinkers find calming next to the caffeine.\n',
    );
    await cliOk(['queue', 'retry', '--id', 'caffeine-in-tea', '--state', state]);
    expect(statusOf((await readQueue(state)).records, 'caffeine-in-tea')).toBe('PENDING');

    // require-approval is on by default: a team that wants a full autopilot turns it off explicitly.
    const run = await cliOk([
      'executor',
      '--mode',
      'publish',
      '--require-approval',
      'false',
      '--max-items',
      '20',
      '--json',
      '--state',
      state,
    ]);
    const result = JSON.parse(run.stdout) as {
      items: Array<{ item_id: string; outcome: string; message: string }>;
      require_approval: boolean;
    };
    expect(result.require_approval).toBe(false);
    expect(run.stdout).not.toContain('published approved draft');
    expect(result.items.map((i) => i.item_id)).not.toContain(FUTURE);
    expect(result.items.every((i) => i.outcome === 'published')).toBe(true);

    const { header, records } = await readQueue(state);
    expect(statusOf(records, 'caffeine-in-tea')).toBe('PUBLISHED');
    for (const id of PASSING.filter((i) => i !== FUTURE)) expect(statusOf(records, id), id).toBe('PUBLISHED');
    expect(statusOf(records, FUTURE)).toBe('AWAITING_APPROVAL');
    for (const id of Object.keys(FAILING).filter((i) => i !== 'caffeine-in-tea'))
      expect(statusOf(records, id), id).toBe('BLOCKED');

    // Published rows and published articles are the same items, each exactly once.
    const articles = await readArticles(state);
    expect(new Set(articles.map((a) => a.item_id)).size).toBe(articles.length);
    const publishedArticles = articles.filter((a) => a.status === 'published').map((a) => a.item_id);
    const publishedRows = records.filter((r) => r.status === 'PUBLISHED').map((r) => r.id);
    expect(publishedArticles.sort()).toEqual(publishedRows.sort());
    expect(articles.find((a) => a.item_id === FUTURE)?.status).toBe('draft');
    const index = await readFile(join(state, 'site', 'index.html'), 'utf8');
    expect(index.match(/class="badge published"/g)).toHaveLength(publishedRows.length);

    // Unknown columns and their values survived every rewrite of queue.csv.
    expect(header).toContain('campaign');
    for (const [id, campaign] of originalCampaigns) expect(byId(records).get(id)?.campaign, id).toBe(campaign);
    expect(byId(records).get(BAD_ROW_ID)).toMatchObject({
      priority: 'P9',
      status: 'PENDING',
      campaign: 'typo-campaign',
    });
    for (const r of records) expect(ITEM_STATUSES as readonly string[], r.id).toContain(r.status);

    // The run log: 27 review outcomes, 1 approved publish, 7 publishes now.
    const log = await runLogRows();
    expect(log).toHaveLength(ROWS + 8);
    expect(
      log
        .filter((r) => r.outcome === 'published')
        .map((r) => r.item_id)
        .sort(),
    ).toEqual(publishedRows.sort());
    // runs.jsonl: one line per run, replaced by its completed record when the run ends.
    const runs = await readJsonLines<{ run_id: string; mode: string; status: string; conclusion?: string }>(
      join(state, 'runs.jsonl'),
    );
    const completed = runs.filter((r) => r.status === 'completed');
    expect(completed).toHaveLength(4);
    expect(new Set(runs.map((r) => r.run_id)).size).toBe(4);
    expect(completed.map((r) => r.mode)).toEqual(['review', 'review', 'publish', 'publish']);
    expect(completed.every((r) => r.conclusion === 'success')).toBe(true);
  });

  it('queue add --request splits one line of topics into rows', async () => {
    const run = await cliOk([
      'queue',
      'add',
      '--request',
      'Iced tea at home, Cold brew; Tea and cheese',
      '--json',
      '--state',
      state,
    ]);
    const added = JSON.parse(run.stdout) as CsvRecord[];
    expect(added.map((r) => r.title)).toEqual(['Iced tea at home', 'Cold brew', 'Tea and cheese']);
    const list = await cliOk(['queue', 'list', '--status', 'pending', '--json', '--state', state]);
    const pending = JSON.parse(list.stdout) as CsvRecord[];
    for (const row of added) expect(pending.map((r) => r.id)).toContain(row.id);
    const { records } = await readQueue(state);
    expect(records).toHaveLength(ROWS + 4);
    expect(new Set(records.map((r) => r.id)).size).toBe(ROWS + 4);
  });

  it('queue add keeps an explicit --id and inline --content (flags before the command name too)', async () => {
    const run = await cliOk([
      '--state',
      state,
      'queue',
      'add',
      '--title',
      'Matcha latte at home',
      '--id',
      'matcha-latte-2026',
      '--priority',
      'p1',
      '--content',
      '# Matcha latte at home\n\nWhisk, pour, sip.',
      '--json',
    ]);
    const [added] = JSON.parse(run.stdout) as CsvRecord[];
    expect(added?.id).toBe('matcha-latte-2026');
    const row = byId((await readQueue(state)).records).get('matcha-latte-2026');
    expect(row?.priority).toBe('P1');
    expect(row?.content).toContain('Whisk, pour, sip.');
  });

  it('queue add refuses a bad priority, publish_at or taken id, naming the flag, and writes nothing', async () => {
    const before = (await readQueue(state)).records.length;
    const cases: Array<[string[], RegExp]> = [
      [['--priority', 'P9'], /--priority "P9" is not valid; expected P0, P1 or P2/],
      [['--publish-at', 'next tuesday'], /--publish-at "next tuesday" is not valid; expected an ISO 8601 time/],
      [['--id', 'matcha-latte-2026'], /--id "matcha-latte-2026" is already in the queue/],
    ];
    for (const [flags, message] of cases) {
      const run = await runCli(['queue', 'add', '--title', 'Another tea', ...flags, '--state', state]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
    }
    expect((await readQueue(state)).records).toHaveLength(before);
  });

  it('start runs the whole cycle on a fresh folder and prints where the site is', async () => {
    const fresh = join(base, 'fresh');
    const run = await cliOk(['start', '--state', fresh]);
    const site = join(fresh, 'site', 'index.html');
    expect(run.stdout).toContain(`Initialised ${fresh}`);
    expect(run.stdout).toMatch(/Run \S+ \(review\)/);
    expect(run.stdout).toContain(site);
    const index = await readFile(site, 'utf8');
    expect(index).toContain('DRAFT');
    expect((await readArticles(fresh)).length).toBeGreaterThan(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
