// A generic JSON webhook (an email relay, a chat bridge, a Zap): POST the
// notification as `{run_id, task, status, outputs_uri, log_excerpt, trace_id, title}`.
// Any 2xx is delivered; 429/5xx are retried.
import { errorMessage } from '../../errors';
import type { Notification, Notifier } from '../../ports';
import { preparePayload, type Redact } from './message';
import { type DeliveryOptions, postJson } from './post-json';

export interface WebhookNotifierOptions extends DeliveryOptions {
  url: string;
  redact: Redact;
  /** Extra request headers, e.g. an Authorization the relay expects. */
  headers?: Record<string, string>;
}

export class WebhookNotifier implements Notifier {
  constructor(private readonly options: WebhookNotifierOptions) {}

  async notify(message: Notification): Promise<{ delivered: boolean; error?: string }> {
    try {
      const payload = preparePayload(message, this.options.redact);
      const { url, headers = {}, redact } = this.options;
      const result = await postJson('webhook', url, payload, headers, redact, this.options);
      return result.delivered ? { delivered: true } : { delivered: false, error: result.error };
    } catch (error) {
      return { delivered: false, error: this.options.redact(`webhook: ${errorMessage(error)}`) };
    }
  }
}
