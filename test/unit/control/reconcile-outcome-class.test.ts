// Which outcome is a content block and which a system failure (issue 9:
// system failures drive review_only/pause_and_review; content blocks — the
// gate, a reviewer, a duplicate id — are the rails working). A row parked
// BLOCKED by an item error that is not about the content (a refused request,
// a Shopify userError, a store that changed under us) is a system failure.
// And the reason shown for a row needing a human is its current one.
import { describe, expect, it } from 'vitest';
import { gitHubError } from '../../../packages/core/src/adapters/github/errors';
import { exchangeClientCredentials } from '../../../packages/core/src/adapters/shopify/access-token';
import { RULE_CODES } from '../../../packages/core/src/domain/content';
import { toBlocked, toRetry } from '../../../packages/core/src/domain/queue';
import {
  CONTENT_BLOCK_CODES,
  classifyOutcome,
  decisionMetrics,
  evaluationWords,
  isContentBlock,
  itemsNeedingHuman,
  recommend,
  summarizeRunLog,
} from '../../../packages/core/src/domain/reconcile';
import { ServiceError } from '../../../packages/core/src/errors';
import { ITEM_ERROR_CODES, RETRIED_ITEM_CODES, serviceItemCode } from '../../../packages/core/src/item-codes';
import type { Outcome, RunLogRow } from '../../../packages/core/src/model';
import { queueRow, runLogRow } from './fakes';

const FROM = new Date('2025-03-01T00:00:00Z');
const TO = new Date('2025-03-02T00:00:00Z');

const outcome = (o: Outcome, error_codes: string[] = [], gate: RunLogRow['gate'] = ''): RunLogRow =>
  runLogRow({ outcome: o, error_codes, gate });

describe('classifyOutcome', () => {
  it.each([
    ['a gate BLOCK', outcome('blocked', ['UNSAFE_HTML'], 'BLOCK')],
    ['a RETRY rule left after the fix passes', outcome('blocked', ['BODY_TOO_SHORT', 'KEYWORD_MISSING'], 'RETRY')],
    ['a reviewer’s rejection', outcome('blocked', ['REJECTED'])],
    ['a duplicate id', outcome('blocked', ['DUPLICATE_ID'])],
    ['a code-less row the gate stopped (an older run log)', outcome('blocked', [], 'BLOCK')],
    ['a refusal by the model (the topic needs a human)', outcome('blocked', ['LLM_REFUSED'])],
    ['a content_path that names no file', outcome('blocked', ['CONTENT_NOT_FOUND'])],
    ['an UPDATE row naming an article the store does not have', outcome('blocked', ['UPDATE_NO_ARTICLE'])],
  ])('%s is a content block', (_name, row) => {
    expect(classifyOutcome(row)).toBe('content_block');
  });

  it.each([
    ['a model server refusing the request', outcome('blocked', ['LLM_REQUEST_REJECTED'])],
    ['a Shopify userError', outcome('blocked', ['SHOPIFY_UPLOAD_FAILED'])],
    ['an article owned by another item', outcome('blocked', ['SITE_NOT_OWNED'])],
    ['rule codes with one system code among them', outcome('blocked', ['BODY_TOO_SHORT', 'SHOPIFY_UNAVAILABLE'])],
    ['a code-less, verdict-less block (nothing says it was the content)', outcome('blocked', [])],
    ['a failed item', outcome('failed', ['SHOPIFY_UNAVAILABLE'])],
    ['a queue row that could not be written', outcome('failed', ['QUEUE_WRITE_FAILED'])],
    ['an item to retry', outcome('retry', ['LLM_TIMEOUT'])],
  ])('%s is a system failure', (_name, row) => {
    expect(classifyOutcome(row)).toBe('system_failure');
  });

  it('passes and skips are neither', () => {
    expect(classifyOutcome(outcome('published'))).toBe('passed');
    expect(classifyOutcome(outcome('drafted'))).toBe('passed');
    expect(classifyOutcome(outcome('skipped', ['TIME_BUDGET']))).toBe('skipped');
  });

  it('content codes are the rule codes, REJECTED, DUPLICATE_ID and the row-input codes: no service code is one', () => {
    const rowInput = [
      'NO_CONTENT',
      'CONTENT_NOT_FOUND',
      'CONTENT_PATH_OUTSIDE',
      'FRONT_MATTER_INVALID',
      'LLM_REFUSED',
      'SHOPIFY_TAKEN',
      'SITE_HANDLE_TAKEN',
      'UPDATE_NO_ARTICLE',
    ];
    expect([...CONTENT_BLOCK_CODES].sort()).toEqual([...RULE_CODES, 'REJECTED', 'DUPLICATE_ID', ...rowInput].sort());
    const itemCodes = ITEM_ERROR_CODES.filter((c) => c !== 'REJECTED' && !rowInput.includes(c));
    expect(itemCodes.filter((code) => isContentBlock({ error_codes: [code], gate: '' }))).toEqual([]);
    for (const code of rowInput) expect(isContentBlock({ error_codes: [code], gate: '' }), code).toBe(true);
  });
});

describe('reconcile counts a block by a system error as a system failure', () => {
  const log = (...rows: Array<[string, Outcome, string[]]>) =>
    rows.map(([item, o, codes], i) =>
      runLogRow({
        at: new Date(FROM.getTime() + (i + 1) * 60_000).toISOString(),
        run_id: `r${i}`,
        item_id: item,
        outcome: o,
        error_codes: codes,
      }),
    );

  it('LLM_REQUEST_REJECTED and a Shopify userError raise the failure rate, not the block rate', () => {
    const m = summarizeRunLog(
      log(
        ['a', 'blocked', ['LLM_REQUEST_REJECTED']],
        ['b', 'blocked', ['SHOPIFY_UPLOAD_FAILED']],
        ['c', 'drafted', []],
        ['d', 'drafted', []],
      ),
      { from: FROM, to: TO },
    );
    expect(m.counts.blocked).toBe(2);
    expect(m.systemBlocks).toBe(2);
    expect(m.failureRate).toBe(0.5);
    expect(m.blockRate).toBe(0);
    expect(m.openBlocks).toBe(0);
    expect(m.trend).toEqual([
      expect.objectContaining({ day: '2025-03-01', processed: 4, passed: 2, failed: 2, blocked: 0 }),
    ]);
    const r = recommend(m);
    expect(r).toMatchObject({ decision: 'pause_and_review', code: 'system_failures_pause' });
    expect(r.reason).toContain('2 items blocked by a system error, not the content');
    const entry = { decision: r.decision, code: r.code, reason: r.reason, at: TO.toISOString(), by: 'reconcile' };
    expect(evaluationWords({ ...entry, metrics: decisionMetrics(m) }).numbers).toContain(
      'System failure rate 50% (2 items blocked by a system error, not the content).',
    );
  });

  it('a gate block next to them stays a content block, and only it can be recovered', () => {
    const m = summarizeRunLog(
      log(
        ['a', 'blocked', ['PLACEHOLDER']],
        ['b', 'blocked', ['SITE_NOT_OWNED']],
        ['a', 'drafted', []],
        ['b', 'drafted', []],
        ['c', 'drafted', []],
      ),
      { from: FROM, to: TO },
    );
    expect(m.recovered).toBe(1);
    expect(m.openBlocks).toBe(0);
    expect(m.systemBlocks).toBe(1);
    expect(m.failureRate).toBe(0.2);
    expect(recommend(m)).toMatchObject({ decision: 'review_only', code: 'system_failures_review' });
  });
});

describe('an outcome whose queue row could not be written', () => {
  it('counts as a system failure of its own, not as a copy of the outcome row before it', () => {
    const at = '2025-03-01T10:00:00Z';
    const published = runLogRow({
      at,
      run_id: 'r1',
      item_id: 'a',
      outcome: 'published',
      cost_usd: 0.5,
      tokens_in: 10,
      attempts: 2,
    });
    // What the executor appends after the row write failed: the outcome's fields, failed, plus the code.
    const unwritten = { ...published, outcome: 'failed' as const, error_codes: ['QUEUE_WRITE_FAILED'] };
    const m = summarizeRunLog([published, unwritten, { ...unwritten }, { ...published }], { from: FROM, to: TO });
    expect(m.duplicates).toBe(2);
    expect(m.processed).toBe(2);
    expect(m.counts).toMatchObject({ published: 1, failed: 1 });
    expect(m.failureRate).toBe(0.5);
    expect(m.topErrorCodes).toEqual([{ code: 'QUEUE_WRITE_FAILED', count: 1 }]);
    // The item's usage counted once.
    expect([m.costUsd, m.tokensIn, m.retries]).toEqual([0.5, 10, 1]);
    expect(m.trend[0]).toMatchObject({ processed: 2, passed: 1, failed: 1, cost_usd: 0.5 });
  });
});

describe('a service failure reaching an item has its service’s code', () => {
  it('names Shopify, Google Sheets and GitHub as their adapters do; anything else is UNEXPECTED', () => {
    expect(serviceItemCode('shopify')).toBe('SHOPIFY_UNAVAILABLE');
    expect(serviceItemCode('Google Sheets')).toBe('SHEETS_UNAVAILABLE');
    expect(serviceItemCode('GitHub')).toBe('GITHUB_UNAVAILABLE');
    expect(serviceItemCode('state lock')).toBe('UNEXPECTED');
    expect(
      serviceItemCode(gitHubError(Object.assign(new Error('boom'), { status: 502 }), 'read queue.csv').service),
    ).toBe('GITHUB_UNAVAILABLE');
    for (const code of ['SHOPIFY_UNAVAILABLE', 'SHEETS_UNAVAILABLE', 'GITHUB_UNAVAILABLE'] as const) {
      expect(ITEM_ERROR_CODES).toContain(code);
      expect(RETRIED_ITEM_CODES).toContain(code);
    }
  });
});

describe('a failed Shopify token exchange is SHOPIFY_UNAVAILABLE', () => {
  const exchange = (fetch: typeof globalThis.fetch) =>
    exchangeClientCredentials({
      tokenUrl: 'https://demo.myshopify.com/admin/oauth/access_token',
      storeDomain: 'demo.myshopify.com',
      clientId: 'id',
      clientSecret: 'secret',
      fetch,
    }).catch((error: unknown) => error);

  it.each([
    ['a 503', async () => new Response('down', { status: 503 })],
    ['no answer', async () => Promise.reject(new TypeError('fetch failed'))],
    ['an answer without a token', async () => Response.json({})],
  ])('%s', async (_name, fetch) => {
    const error = await exchange(fetch as typeof globalThis.fetch);
    expect(error).toBeInstanceOf(ServiceError);
    expect(serviceItemCode((error as ServiceError).service)).toBe('SHOPIFY_UNAVAILABLE');
  });
});

describe('the reason shown for a row that needs a human is its current one', () => {
  const now = new Date('2025-03-02T12:00:00Z');
  const stamp = { now, runId: 'r2' };

  it('a row retried, then blocked, shows why it is blocked, not the earlier error', () => {
    const retried = toRetry(queueRow({ row: 1, status: 'IN_PROGRESS' }), {
      ...stamp,
      error: 'SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing after 7 attempt(s): HTTP 503',
      nextAttemptAt: now,
    });
    const blocked = toBlocked(retried, { ...stamp, reason: 'the model refused: no', codes: ['LLM_REFUSED'] });
    expect(blocked).toMatchObject({ status: 'BLOCKED', notes: '[LLM_REFUSED] the model refused: no', last_error: '' });
    expect(itemsNeedingHuman([blocked], now).map((i) => i.reason)).toEqual(['[LLM_REFUSED] the model refused: no']);
  });

  it('a BLOCKED row with a stale last_error (written before this fix) shows its notes first', () => {
    const row = queueRow({
      row: 1,
      status: 'BLOCKED',
      notes: '[PLACEHOLDER] blocked by the gate — placeholder "TODO" left in the article',
      last_error: 'LLM_TIMEOUT: an older attempt',
    });
    expect(itemsNeedingHuman([row], now)[0]?.reason).toBe(
      '[PLACEHOLDER] blocked by the gate — placeholder "TODO" left in the article',
    );
  });

  it('a FAILED row shows its last error first (its notes may be an older block’s)', () => {
    const row = queueRow({
      row: 1,
      status: 'FAILED',
      notes: '[PLACEHOLDER] an older block, fixed since',
      last_error: 'SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing',
    });
    expect(itemsNeedingHuman([row], now)[0]?.reason).toBe('SHOPIFY_UNAVAILABLE: shopify: ArticleCreate still failing');
  });
});
