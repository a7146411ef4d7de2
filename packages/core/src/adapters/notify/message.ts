// What every notifier does to a message before it leaves the process:
// redact every text field, then bound the log excerpt to its last lines.
// Redaction comes first so a secret cut in half by the bound cannot slip out.
import type { Notification } from '../../ports';

/** The longest log excerpt we send: enough to see what happened, small enough for Slack's 3,000-char blocks. */
export const LOG_EXCERPT_MAX = 2_000;

export type Redact = (text: string) => string;

/** The payload of the JSON webhook and the notifications file, in its documented field order. */
export interface NotificationPayload {
  run_id: string;
  task: string;
  status: string;
  outputs_uri: string;
  log_excerpt: string;
  trace_id: string;
  title: string;
}

export function preparePayload(message: Notification, redact: Redact, max = LOG_EXCERPT_MAX): NotificationPayload {
  const clean = (text: string | undefined) => redact(text ?? '');
  return {
    run_id: clean(message.run_id),
    task: clean(message.task),
    status: clean(message.status),
    outputs_uri: clean(message.outputs_uri),
    log_excerpt: lastLines(clean(message.log_excerpt), max),
    trace_id: clean(message.trace_id),
    title: clean(message.title),
  };
}

/** The end of `text` within `max` characters, cut at a line start when one is near, marked when cut. */
export function lastLines(text: string, max = LOG_EXCERPT_MAX): string {
  if (text.length <= max) return text;
  const marker = '…\n';
  let tail = text.slice(text.length - (max - marker.length));
  const newline = tail.indexOf('\n');
  // Drop the partial first line unless that would throw most of the excerpt away.
  if (newline !== -1 && newline < tail.length / 2) tail = tail.slice(newline + 1);
  return marker + tail;
}
