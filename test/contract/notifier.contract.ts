// The Notifier contract, shared by the file, Slack and webhook notifiers:
// it delivers, a secret never reaches the target, a long log is bounded, and
// a target that is down is reported — never thrown.
import { afterEach, describe, expect, it } from 'vitest';
import type { Notification, Notifier } from '../../packages/core/src/ports';

/** A secret value the notifier is told to redact. */
export const CANARY = 'sk-canary-7f3a9c1e5b2d4680';
export const redactCanary = (text: string) => text.split(CANARY).join('***');

export interface NotifierHarness {
  /** A notifier on a live target, built with `redactCanary`. */
  notifier: Notifier;
  /** What the target received so far, one raw text per notification (request bodies, file lines). */
  received(): Promise<string[]>;
  /** A notifier (built with `redactCanary`) whose target is down or unreachable. */
  downNotifier: Notifier;
  close?: () => Promise<void>;
}

const message = (overrides: Partial<Notification> = {}): Notification => ({
  run_id: 'run-42',
  trace_id: 'trace-abc',
  task: 'executor',
  status: 'success',
  title: 'Executor finished: 3 published',
  outputs_uri: 'https://example.com/runs/42',
  log_excerpt: 'line one\nline two',
  ...overrides,
});

export function describeNotifierContract(name: string, factory: () => Promise<NotifierHarness>): void {
  describe(`Notifier contract: ${name}`, () => {
    let harness: NotifierHarness | undefined;
    const open = async () => {
      harness = await factory();
      return harness;
    };
    afterEach(async () => {
      await harness?.close?.();
      harness = undefined;
    });

    it('delivers the message with its run id, title and log', async () => {
      const { notifier, received } = await open();
      const result = await notifier.notify(message());
      expect(result).toEqual({ delivered: true });
      const got = await received();
      expect(got).toHaveLength(1);
      expect(got[0]).toContain('run-42');
      expect(got[0]).toContain('Executor finished: 3 published');
      expect(got[0]).toContain('line two');
    });

    it('never lets a secret reach the target, in any field', async () => {
      const { notifier, received } = await open();
      const leaky = message({
        title: `failed with token ${CANARY}`,
        status: `failure ${CANARY}`,
        outputs_uri: `https://example.com/?t=${CANARY}`,
        log_excerpt: `starting\nAuthorization: Bearer ${CANARY}\ndone`,
      });
      expect((await notifier.notify(leaky)).delivered).toBe(true);
      const got = (await received()).join('\n');
      expect(got).not.toContain(CANARY);
      expect(got).toContain('***');
    });

    it('bounds a long log excerpt and keeps its last lines', async () => {
      const { notifier, received } = await open();
      const lines = Array.from({ length: 2_000 }, (_, i) => `log line ${i}`);
      expect((await notifier.notify(message({ log_excerpt: lines.join('\n') }))).delivered).toBe(true);
      const [got] = await received();
      expect(got).toContain('log line 1999');
      expect(got).not.toMatch(/log line 5(?!\d)/);
      expect(got?.length ?? 0).toBeLessThan(8_000);
    });

    it('reports a target that is down without throwing, and without the secret', async () => {
      const { downNotifier } = await open();
      const result = await downNotifier.notify(message({ title: `oops ${CANARY}` }));
      expect(result.delivered).toBe(false);
      expect(result.error).toMatch(/\S/);
      expect(result.error).not.toContain(CANARY);
    });
  });
}
