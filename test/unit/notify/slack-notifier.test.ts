import { afterEach, describe, expect, it } from 'vitest';
import { SlackNotifier, slackMessage } from '../../../packages/core/src/adapters/notify';
import { startWebhookReceiver, type WebhookReceiver } from '../../fakes/webhook-receiver';

const message = {
  run_id: 'run-7',
  trace_id: 'tr-1',
  task: 'supervisor',
  status: 'failure',
  title: 'Publishing paused <2 failures> & incident opened',
  outputs_uri: 'https://github.com/o/r/actions/runs/7',
  log_excerpt: 'step 1\nstep 2 ```code```',
};
const identity = (text: string) => text;

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function setup(maxRetries = 3) {
  receiver = await startWebhookReceiver({ slack: true });
  const waits: number[] = [];
  const notifier = new SlackNotifier({
    webhookUrl: receiver.url,
    redact: identity,
    maxRetries,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0,
  });
  return { receiver, notifier, waits };
}

describe('slackMessage', () => {
  it('has a fallback text and blocks with escaped mrkdwn, a link and the log in a code block', () => {
    const body = slackMessage({ ...message, log_excerpt: message.log_excerpt });
    expect(body.text).toContain('supervisor failure');
    expect(body.text).toContain('&lt;2 failures&gt;');
    const json = JSON.stringify(body.blocks);
    expect(json).toContain(':x:');
    expect(json).toContain('&lt;2 failures&gt; &amp; incident');
    expect(json).toContain('<https://github.com/o/r/actions/runs/7|outputs>');
    expect(json).toContain("step 2 '''code'''");
    expect(json).toContain('```step 1');
  });

  it('omits the log block when there is no log', () => {
    expect(slackMessage({ ...message, log_excerpt: '' }).blocks).toHaveLength(2);
  });
});

describe('SlackNotifier', () => {
  it('posts JSON with text and blocks and accepts "ok"', async () => {
    const { receiver, notifier } = await setup();
    expect(await notifier.notify(message)).toEqual({ delivered: true });
    const [post] = receiver.posts;
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.json).toMatchObject({ text: expect.stringContaining('run-7'), blocks: expect.any(Array) });
  });

  it('retries 429 honouring Retry-After, then delivers', async () => {
    const { receiver, notifier, waits } = await setup();
    receiver.failNext(1, { status: 429, retryAfter: '2' });
    expect(await notifier.notify(message)).toEqual({ delivered: true });
    expect(waits).toEqual([2_000]);
    expect(receiver.posts).toHaveLength(2);
  });

  it("retries 500 a bounded number of times and reports Slack's error code", async () => {
    const { receiver, notifier, waits } = await setup(2);
    receiver.failNext(10, { status: 500 });
    const result = await notifier.notify(message);
    expect(result.delivered).toBe(false);
    expect(result.error).toContain('500 rollup_error');
    expect(receiver.posts).toHaveLength(3);
    expect(waits).toHaveLength(2);
  });

  it('does not retry a dead webhook (404 no_service) and never names the URL', async () => {
    const { receiver, notifier } = await setup();
    receiver.failNext(1, { status: 404 });
    const result = await notifier.notify(message);
    expect(result).toEqual({ delivered: false, error: 'Slack answered 404 no_service' });
    expect(receiver.posts).toHaveLength(1);
  });

  it('reports 400 invalid_payload without retrying', async () => {
    const { receiver, notifier } = await setup();
    receiver.failNext(1, { status: 400 });
    expect((await notifier.notify(message)).error).toContain('400 invalid_payload');
    expect(receiver.posts).toHaveLength(1);
  });

  it('never throws, even when fetch itself throws synchronously', async () => {
    const notifier = new SlackNotifier({
      webhookUrl: 'https://hooks.slack.com/services/T/B/SECRET',
      redact: (t) => t.replace('SECRET', '***'),
      maxRetries: 0,
      fetch: () => {
        throw new Error('boom at https://hooks.slack.com/services/T/B/SECRET');
      },
    });
    const result = await notifier.notify(message);
    expect(result.delivered).toBe(false);
    expect(result.error).not.toContain('SECRET');
  });
});
