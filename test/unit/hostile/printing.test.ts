// Issue 10 "Printing": an id holding `\x1b]0;…\x07\x1b[2J` must not retitle
// or clear the terminal, and one holding a newline must not forge a log line
// (`12:00:00 ERROR forged: all rows deleted`) — in CLI tables, text logs,
// Actions log lines and markdown job summaries.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeRun } from '../../../packages/cli/src/commands/executor';
import { createActionLogger } from '../../../packages/core/src/host/action-logger';
import { executorSummary } from '../../../packages/core/src/host/summaries';
import { createLogger, formatTextLine } from '../../../packages/core/src/log/logger';
import type { ExecutorResult } from '../../../packages/core/src/services/executor';
import { escapeMarkdownText } from '../../../packages/core/src/util/markdown-text';
import { escapeForTerminal } from '../../../packages/core/src/util/terminal';

const HOSTILE_ID = 'a\x1b]0;owned\x07\x1b[2J\n12:00:00 ERROR forged: all rows deleted';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const AT = new Date('2026-11-22T12:00:00Z');

const result: ExecutorResult = {
  run_id: '42',
  requested_mode: 'review',
  mode: 'review',
  items: [
    {
      item_id: HOSTILE_ID,
      row: 2,
      title: '![x](https://tracker.example/p.png) <details>[Approve](https://phish.example)',
      outcome: 'failed',
      gate: '',
      codes: [],
      message: 'server said: \x1b[31mboom\nforged line',
      attempts: 1,
      duration_ms: 1,
      usage: { tokens_in: 0, tokens_out: 0, cost_usd: 0 },
      article_id: '',
      article_url: '',
    },
  ],
  problems: [{ row: 3, id: 'x', field: 'id', value: '', expected: '', message: 'row 3: [click](https://evil)\n# H' }],
  recovered: 0,
  rejected: 0,
  counts: { processed: 1, published: 0, scheduled: 0, drafted: 0, blocked: 0, failed: 1, retry: 0, skipped: 0 },
  conclusion: 'failure',
  started_at: AT.toISOString(),
  finished_at: AT.toISOString(),
  budget_spent: false,
} as ExecutorResult;

describe('printing untrusted text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('escapeForTerminal shows every control character as an escape', () => {
    expect(escapeForTerminal('a\x1b]0;t\x07\x1b[2J\r\n\t\x00\x7f\x9b\u202e')).toBe(
      'a\\x1b]0;t\\x07\\x1b[2J\\r\\n\\t\\x00\\u007f\\u009b\\u202e',
    );
    expect(escapeForTerminal('one\ntwo\x1b', { keepNewlines: true })).toBe('one\ntwo\\x1b');
    expect(escapeForTerminal('Crème — 茶 🚀')).toBe('Crème — 茶 🚀');
  });

  it('the run table: one line per item, no control character', () => {
    const text = describeRun(result);
    expect(text).not.toMatch(CONTROL_EXCEPT_NEWLINE);
    expect(text.split('\n').some((line) => line.startsWith('12:00:00 ERROR'))).toBe(false);
    expect(text).toContain('a\\x1b]0;owned\\x07\\x1b[2J\\n12:00:00 ERROR forged');
  });

  it('text log lines: message and field values cannot start a line or drive the terminal', () => {
    const line = formatTextLine(AT, 'info', `claimed ${HOSTILE_ID}`, { item_id: HOSTILE_ID, n: 1, plain: 'x\x1by' });
    expect(line).not.toMatch(CONTROL_EXCEPT_NEWLINE);
    expect(line).not.toContain('\n');
    const lines: string[] = [];
    const log = createLogger({ format: 'text', traceId: 't', write: (l) => lines.push(l), now: () => AT });
    log.warn(HOSTILE_ID, { error: 'x\ny' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(CONTROL_EXCEPT_NEWLINE);
    expect(lines[0]).not.toContain('\n');
    const json: string[] = [];
    createLogger({ format: 'json', traceId: 't', write: (l) => json.push(l) }).info(`${HOSTILE_ID}\x9b\u202e`);
    // JSON keeps the value, escaped: C0 by JSON itself, C1 and bidi marks as \u escapes.
    expect(JSON.parse(json[0] ?? '{}').msg).toBe(`${HOSTILE_ID}\x9b\u202e`);
    expect(json[0]).toContain('\\u009b\\u202e');
    expect(json[0]).not.toMatch(CONTROL_EXCEPT_NEWLINE);
    expect(json[0]).not.toContain('\n');
  });

  it('Actions log lines cannot start a workflow command', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const log = createActionLogger({ redact: (t) => t, format: 'text', traceId: 't' });
    log.info('item a\n::error::forged annotation\x1b[2J');
    const out = written.join('');
    expect(out.split(/\r?\n/).some((line) => line.startsWith('::error::'))).toBe(false);
    expect(out).not.toContain('\x1b');
  });

  it('markdown summaries show untrusted text as text: no image, link, HTML or extra line', () => {
    const md = executorSummary(result, { queue: 'queue.csv', publisher: 'site', generator: 'none' });
    expect(md).not.toContain('![x](https://tracker.example/p.png)');
    expect(md).not.toContain('[Approve](https://phish.example)');
    expect(md).not.toContain('<details>');
    expect(md).toContain('&lt;details&gt;');
    expect(md).not.toContain('[click](https://evil)');
    expect(md.split('\n')).not.toContain('# H');
    expect(md).not.toMatch(CONTROL_EXCEPT_NEWLINE);
    expect(escapeMarkdownText('a | b')).toBe('a \\| b');
  });
});
