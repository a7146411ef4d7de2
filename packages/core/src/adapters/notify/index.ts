export { LOG_EXCERPT_MAX, lastLines, type NotificationPayload, preparePayload, type Redact } from './message';
export { MultiNotifier } from './multi-notifier';
export { type DeliveryOptions, type DeliveryResult, postJson } from './post-json';
export { SlackNotifier, type SlackNotifierOptions, slackMessage } from './slack-notifier';
export { WebhookNotifier, type WebhookNotifierOptions } from './webhook-notifier';
