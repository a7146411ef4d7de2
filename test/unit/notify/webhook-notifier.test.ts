import { afterEach, describe, expect, it } from 'vitest';
import { WebhookNotifier } from '../../../packages/core/src/adapters/notify';
import { startWebhookReceiver, type WebhookReceiver } from '../../fakes/webhook-receiver';

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const message = {
  run_id: 'run-9',
  trace_id: 'trace-9',
  task: 'executor',
  status: 'success',
  title: '2 drafted, 1 blocked',
  outputs_uri: 'file:///state/site/index.html',
  log_excerpt: 'ok',
};

describe('WebhookNotifier', () => {
  it('posts the documented payload with extra headers', async () => {
    receiver = await startWebhookReceiver();
    const notifier = new WebhookNotifier({
      url: receiver.url,
      redact: (t) => t,
      headers: { authorization: 'Token relay' },
    });
    expect(await notifier.notify(message)).toEqual({ delivered: true });
    const [post] = receiver.posts;
    expect(post?.json).toEqual({
      run_id: 'run-9',
      task: 'executor',
      status: 'success',
      outputs_uri: 'file:///state/site/index.html',
      log_excerpt: 'ok',
      trace_id: 'trace-9',
      title: '2 drafted, 1 blocked',
    });
    expect(post?.headers.authorization).toBe('Token relay');
    expect(post?.headers['content-type']).toBe('application/json');
  });

  it('retries 503 and delivers', async () => {
    receiver = await startWebhookReceiver();
    const waits: number[] = [];
    const notifier = new WebhookNotifier({
      url: receiver.url,
      redact: (t) => t,
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 1,
    });
    receiver.failNext(2, { status: 503, body: 'busy' });
    expect(await notifier.notify(message)).toEqual({ delivered: true });
    expect(waits).toEqual([500, 1_000]);
    expect(receiver.delivered()).toHaveLength(1);
  });

  it('fills missing optional fields with empty text', async () => {
    receiver = await startWebhookReceiver();
    const notifier = new WebhookNotifier({ url: receiver.url, redact: (t) => t });
    await notifier.notify({ run_id: 'r', task: 't', status: 's', title: 'x', log_excerpt: '' });
    expect(receiver.posts[0]?.json).toMatchObject({ trace_id: '', outputs_uri: '' });
  });
});
