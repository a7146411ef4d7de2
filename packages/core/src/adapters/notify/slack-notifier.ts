// Slack incoming webhook: POST {text, blocks} as JSON. Slack answers 200 "ok",
// or a plain-text error code (400 invalid_payload, 403 action_prohibited,
// 404 channel_not_found / no_service, 410 channel_is_archived, 429 with
// Retry-After, 500 rollup_error); 429 and 5xx are retried.
import { errorMessage } from '../../errors';
import type { Notification, Notifier } from '../../ports';
import { lastLines, type NotificationPayload, preparePayload, type Redact } from './message';
import { type DeliveryOptions, postJson } from './post-json';

export interface SlackNotifierOptions extends DeliveryOptions {
  /** The incoming webhook URL: a secret (it is all it takes to post). */
  webhookUrl: string;
  redact: Redact;
}

const SLACK_SECTION_MAX = 3_000;

const STATUS_EMOJI: Record<string, string> = {
  success: ':white_check_mark:',
  ok: ':white_check_mark:',
  published: ':white_check_mark:',
  failure: ':x:',
  failed: ':x:',
  error: ':x:',
  warning: ':warning:',
  paused: ':double_vertical_bar:',
};

export class SlackNotifier implements Notifier {
  constructor(private readonly options: SlackNotifierOptions) {}

  async notify(message: Notification): Promise<{ delivered: boolean; error?: string }> {
    try {
      const body = slackMessage(preparePayload(message, this.options.redact));
      const result = await postJson('Slack', this.options.webhookUrl, body, {}, this.options.redact, this.options);
      return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
    } catch (error) {
      return { delivered: false, error: this.options.redact(`Slack: ${errorMessage(error)}`) };
    }
  }
}

/** The Slack message: `text` is the fallback shown in notifications, `blocks` the layout. */
export function slackMessage(payload: NotificationPayload): { text: string; blocks: unknown[] } {
  const emoji = STATUS_EMOJI[payload.status.toLowerCase()] ?? ':information_source:';
  const headline = `${emoji} *${escapeMrkdwn(payload.task)}* ${escapeMrkdwn(payload.status)}: ${escapeMrkdwn(payload.title)}`;
  const facts = [`run ${escapeMrkdwn(payload.run_id)}`];
  if (payload.trace_id) facts.push(`trace ${escapeMrkdwn(payload.trace_id)}`);
  if (/^https?:\/\//.test(payload.outputs_uri)) facts.push(`<${payload.outputs_uri.replace(/[<>|]/g, '')}|outputs>`);
  else if (payload.outputs_uri) facts.push(`outputs ${escapeMrkdwn(payload.outputs_uri)}`);

  const blocks: unknown[] = [
    { type: 'section', text: { type: 'mrkdwn', text: headline } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · ') }] },
  ];
  if (payload.log_excerpt.trim()) {
    // Triple backticks inside the excerpt would end the code block early; escaping
    // can grow the text, and a section's text may not exceed 3,000 characters.
    const log = lastLines(escapeMrkdwn(payload.log_excerpt.replace(/```/g, "'''")), SLACK_SECTION_MAX - 10);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `\`\`\`${log}\`\`\`` } });
  }
  // The fallback text is read as mrkdwn too, so it is escaped like the blocks.
  const text = escapeMrkdwn(`${payload.task} ${payload.status}: ${payload.title} (run ${payload.run_id})`);
  return { text, blocks };
}

/** Slack's mrkdwn control characters (&, <, >) must be escaped in text we did not write. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
