// The notifiers a run reports through: the state folder's notifications file
// (local runs), Slack and a generic webhook when configured.
import { FileNotifier } from '../adapters/local/notify-file';
import { MultiNotifier } from '../adapters/notify/multi-notifier';
import { SlackNotifier } from '../adapters/notify/slack-notifier';
import { WebhookNotifier } from '../adapters/notify/webhook-notifier';
import type { Config } from '../config';
import type { Notifier } from '../ports';
import type { WiringContext } from './data-plane';

export function buildNotifier(config: Config, ctx: WiringContext, includeFile: boolean): Notifier {
  const targets: Notifier[] = [];
  if (includeFile) targets.push(new FileNotifier({ stateDir: ctx.paths.root, redact: ctx.redact }));
  if (config.slackWebhookUrl)
    targets.push(
      new SlackNotifier({
        webhookUrl: config.slackWebhookUrl,
        redact: ctx.redact,
        timeoutMs: config.requestTimeout * 1000,
      }),
    );
  if (config.notifyWebhookUrl) {
    targets.push(
      new WebhookNotifier({
        url: config.notifyWebhookUrl,
        redact: ctx.redact,
        timeoutMs: config.requestTimeout * 1000,
      }),
    );
  }
  return new MultiNotifier(targets, ctx.redact);
}
