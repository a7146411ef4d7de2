// Several notifiers as one: every target is tried (in parallel); delivered
// when all of them delivered, with the failures listed otherwise. A member
// that breaks the never-throw promise is caught here too.
import { errorMessage } from '../../errors';
import type { Notification, Notifier } from '../../ports';

export class MultiNotifier implements Notifier {
  constructor(
    private readonly notifiers: readonly Notifier[],
    /** Applied to the message of a member that threw (members redact their own errors). */
    private readonly redact: (text: string) => string = (text) => text,
  ) {}

  async notify(message: Notification): Promise<{ delivered: boolean; error?: string }> {
    const results = await Promise.all(
      this.notifiers.map(async (notifier) => {
        try {
          return await notifier.notify(message);
        } catch (error) {
          return { delivered: false, error: this.redact(errorMessage(error)) };
        }
      }),
    );
    const failures = results.filter((result) => !result.delivered).map((result) => result.error ?? 'not delivered');
    if (failures.length === 0) return { delivered: true };
    return {
      delivered: false,
      error: `${failures.length} of ${results.length} notification targets failed: ${failures.join('; ')}`,
    };
  }
}
