import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileNotifier } from '../../packages/core/src/adapters/local/notify-file';
import { SlackNotifier, WebhookNotifier } from '../../packages/core/src/adapters/notify';
import { startWebhookReceiver } from '../fakes/webhook-receiver';
import { describeNotifierContract, redactCanary } from './notifier.contract';

const noWait = async () => {};

describeNotifierContract('FileNotifier', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'notify-contract-'));
  // A regular file where the state folder should be: mkdir fails, like a read-only disk.
  const blocker = join(dir, 'not-a-dir');
  await writeFile(blocker, '');
  const file = join(dir, 'state', 'notifications.jsonl');
  return {
    notifier: new FileNotifier({ stateDir: join(dir, 'state'), redact: redactCanary }),
    received: async () =>
      (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((line) => line.trim() !== ''),
    downNotifier: new FileNotifier({ stateDir: join(blocker, 'state'), redact: redactCanary }),
    close: () => rm(dir, { recursive: true, force: true }),
  };
});

describeNotifierContract('SlackNotifier on a Slack-like receiver', async () => {
  const receiver = await startWebhookReceiver({ slack: true });
  const down = await startWebhookReceiver({ slack: true });
  const downUrl = down.url;
  await down.close();
  return {
    notifier: new SlackNotifier({ webhookUrl: receiver.url, redact: redactCanary, sleep: noWait }),
    received: async () => receiver.delivered().map((post) => post.raw),
    downNotifier: new SlackNotifier({ webhookUrl: downUrl, redact: redactCanary, sleep: noWait, maxRetries: 1 }),
    close: () => receiver.close(),
  };
});

describeNotifierContract('WebhookNotifier on a JSON receiver', async () => {
  const receiver = await startWebhookReceiver();
  const down = await startWebhookReceiver();
  const downUrl = down.url;
  await down.close();
  return {
    notifier: new WebhookNotifier({ url: receiver.url, redact: redactCanary, sleep: noWait }),
    received: async () => receiver.delivered().map((post) => post.raw),
    downNotifier: new WebhookNotifier({ url: downUrl, redact: redactCanary, sleep: noWait, maxRetries: 1 }),
    close: () => receiver.close(),
  };
});
