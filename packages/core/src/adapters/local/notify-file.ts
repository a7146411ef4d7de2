// The embedded default notifier: one JSON line per notification appended to
// <stateDir>/notifications.jsonl, redacted like any other target. One short
// append per line (O_APPEND), so concurrent writers do not interleave lines.
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../../errors';
import type { Notification, Notifier } from '../../ports';
import { preparePayload, type Redact } from '../notify/message';

export const NOTIFICATIONS_FILE = 'notifications.jsonl';

export interface FileNotifierOptions {
  stateDir: string;
  redact?: Redact;
  now?: () => Date;
}

export class FileNotifier implements Notifier {
  readonly path: string;

  constructor(private readonly options: FileNotifierOptions) {
    this.path = join(options.stateDir, NOTIFICATIONS_FILE);
  }

  async notify(message: Notification): Promise<{ delivered: boolean; error?: string }> {
    const redact = this.options.redact ?? ((text: string) => text);
    try {
      const at = (this.options.now ?? (() => new Date()))().toISOString();
      const line = JSON.stringify({ at, ...preparePayload(message, redact) });
      await mkdir(this.options.stateDir, { recursive: true });
      await appendFile(this.path, `${line}\n`, 'utf8');
      return { delivered: true };
    } catch (error) {
      return { delivered: false, error: redact(`notifications file ${this.path}: ${errorMessage(error)}`) };
    }
  }
}
