import { describe, expect, it } from 'vitest';
import { MultiNotifier } from '../../../packages/core/src/adapters/notify';
import type { Notification, Notifier } from '../../../packages/core/src/ports';

const message: Notification = { run_id: 'r', task: 't', status: 's', title: 'x', log_excerpt: '' };

function recording(result: { delivered: boolean; error?: string }): Notifier & { got: Notification[] } {
  const got: Notification[] = [];
  return {
    got,
    notify: async (m) => {
      got.push(m);
      return result;
    },
  };
}

describe('MultiNotifier', () => {
  it('notifies every target and is delivered when all are', async () => {
    const a = recording({ delivered: true });
    const b = recording({ delivered: true });
    expect(await new MultiNotifier([a, b]).notify(message)).toEqual({ delivered: true });
    expect(a.got).toEqual([message]);
    expect(b.got).toEqual([message]);
  });

  it('lists the failures, still trying every target', async () => {
    const ok = recording({ delivered: true });
    const failed = recording({ delivered: false, error: 'Slack answered 404 no_service' });
    const result = await new MultiNotifier([failed, ok]).notify(message);
    expect(result).toEqual({
      delivered: false,
      error: '1 of 2 notification targets failed: Slack answered 404 no_service',
    });
    expect(ok.got).toHaveLength(1);
  });

  it('never throws when a member does, and redacts what it threw', async () => {
    const thrower: Notifier = {
      notify: async () => {
        throw new Error('crashed with hunter2');
      },
    };
    const result = await new MultiNotifier([thrower], (t) => t.replace('hunter2', '***')).notify(message);
    expect(result).toEqual({ delivered: false, error: '1 of 1 notification targets failed: crashed with ***' });
  });

  it('is delivered with no targets at all', async () => {
    expect(await new MultiNotifier([]).notify(message)).toEqual({ delivered: true });
  });
});
