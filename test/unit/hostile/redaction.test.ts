// Issue 10 "Printing": a receiver that answers 500 quoting the request line
// showed the Slack path and the webhook's `token=` query on stderr, because
// only the whole URL was redacted. Canary secrets: no secret part of a
// webhook URL may reach stdout, stderr or a file, whatever a server says back.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvQueueStore } from '../../../packages/core/src/adapters/local/queue-csv-store';
import { postJson } from '../../../packages/core/src/adapters/notify/post-json';
import { cellText } from '../../../packages/core/src/domain/queue/transitions';
import { createRedactor, secretUrlParts } from '../../../packages/core/src/util/redact';
import { redactingQueueStore } from '../../../packages/core/src/wiring/redacting-queue';
import { startWebhookReceiver, type WebhookReceiver } from '../../fakes/webhook-receiver';
import { runMain } from '../cli/run-main';

// Shapes no token pattern knows: only the URL-part redaction can catch them.
const SLACK_PATH_PARTS = ['TCANARY01', 'BCANARY02', 'canaryPathSecret7f3e9a'];
const QUERY_TOKEN = 'canary-query-4b1d8e';

function leaks(text: string): string[] {
  return [...SLACK_PATH_PARTS, QUERY_TOKEN, SLACK_PATH_PARTS.join('/')].filter((part) => text.includes(part));
}

describe('secret URLs are redacted by their parts', () => {
  it('the path segments after the host and the query values, not plain words', () => {
    const url = `https://hooks.example.com/services/${SLACK_PATH_PARTS.join('/')}?token=${QUERY_TOKEN}&v=2`;
    expect(secretUrlParts(url)).toEqual(expect.arrayContaining([...SLACK_PATH_PARTS, QUERY_TOKEN]));
    expect(secretUrlParts(url)).not.toContain('services');
    const redact = createRedactor({ secrets: [url] });
    const quoted = redact(
      `500 Internal Server Error: POST /services/${SLACK_PATH_PARTS.join('/')}?token=${QUERY_TOKEN}&v=2 HTTP/1.1 ` +
        `(segment ${SLACK_PATH_PARTS[2]}, token ${QUERY_TOKEN}, encoded ${encodeURIComponent(QUERY_TOKEN)})`,
    );
    expect(leaks(quoted)).toEqual([]);
    expect(quoted).toContain('500 Internal Server Error: POST ***');
    expect(redact('the services are fine')).toBe('the services are fine');
  });

  describe('against a receiver that quotes the request line', () => {
    let receiver: WebhookReceiver;
    let dir: string;
    beforeEach(async () => {
      receiver = await startWebhookReceiver();
      dir = await mkdtemp(join(tmpdir(), 'hostile-redact-'));
    });
    afterEach(async () => {
      await receiver.close();
      await rm(dir, { recursive: true, force: true });
    });

    const secretUrl = () => `${receiver.url}/${SLACK_PATH_PARTS.join('/')}?token=${QUERY_TOKEN}`;

    it('postJson: the delivery error carries no secret part', async () => {
      receiver.failNext(1, { status: 500, body: 'proxy error', echoRequest: true });
      const url = secretUrl();
      const result = await postJson('webhook', url, { text: 'hi' }, {}, createRedactor({ secrets: [url] }), {
        maxRetries: 0,
      });
      expect(result.delivered).toBe(false);
      expect(receiver.posts[0]?.path).toContain(QUERY_TOKEN); // the receiver did quote it back
      expect(result.error).toContain('500');
      expect(leaks(result.error ?? '')).toEqual([]);
    });

    it('the CLI: a failed notification is reported on stderr, and no secret part reaches stdout, stderr or a file', async () => {
      // One row with no content and no generator: it fails, so the executor notifies.
      await writeFile(join(dir, 'queue.csv'), 'id,title,status\nc1,Canary row,PENDING\n');
      receiver.failNext(10, { status: 500, body: 'upstream failed', echoRequest: true });
      const run = await runMain(['executor', '--state', dir, '--mode', 'review', '--notify-webhook-url', secretUrl()]);
      expect(receiver.posts.length).toBeGreaterThan(0);
      expect(run.stderr).toMatch(/notification not delivered: .*500/);
      const files = await Promise.all(
        (await readdir(dir, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
      );
      expect(leaks([run.stdout, run.stderr, ...files].join('\n'))).toEqual([]);
    });
  });

  it('what we write into the queue (a server reply in last_error) is redacted; human cells are left as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostile-queue-redact-'));
    try {
      const url = `https://hooks.example.com/services/${SLACK_PATH_PARTS.join('/')}?token=${QUERY_TOKEN}`;
      // A human pasted a path part into notes: not ours to rewrite.
      await writeFile(join(dir, 'queue.csv'), `id,title,notes,last_error\nq1,Tea,see ${SLACK_PATH_PARTS[0]},\n`);
      const store = redactingQueueStore(new CsvQueueStore({ stateDir: dir }), createRedactor({ secrets: [url] }));
      await store.transact((rows) => ({
        update: rows.map((row) => ({ ...row, last_error: `webhook answered 500: POST ${new URL(url).pathname}` })),
        append: [{ id: 'q2', title: `token ${QUERY_TOKEN}` }],
        result: null,
      }));
      const [first, second] = await store.list();
      expect(first?.notes).toBe(`see ${SLACK_PATH_PARTS[0]}`);
      expect(leaks(first?.last_error ?? '')).toEqual([]);
      expect(first?.last_error).toContain('webhook answered 500');
      expect(second?.title).toBe('token ***');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('a secret cut off by a shortened cell', () => {
  const SECRET = 'canary-cut-7f3a9c2e5b1d8046';
  const redact = createRedactor({ secrets: [SECRET] });

  it('masks the part of a secret left at the end of a text cut at 500 characters', () => {
    // The server's reply quotes the token right where the queue cell is cut.
    const message = `${'x'.repeat(488)} token=${SECRET} and more`;
    const cell = redact(cellText(message));
    expect(cell.endsWith('…')).toBe(true);
    // No piece of the secret as long as a short word survives.
    for (let i = 0; i + 6 <= SECRET.length; i++) expect(cell).not.toContain(SECRET.slice(i, i + 6));
    expect(cell).toContain('token=***…');
  });

  it('leaves a cut text alone when it ends in no secret, and a whole text that merely ends like one', () => {
    const plain = cellText(`${'y'.repeat(600)}`);
    expect(redact(plain)).toBe(plain);
    expect(redact('ends with canary-cut')).toBe('ends with canary-cut');
  });
});
