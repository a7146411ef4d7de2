import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileNotifier } from '../../../packages/core/src/adapters/local/notify-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-notifier-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('FileNotifier', () => {
  it('appends one redacted JSON line per notification to notifications.jsonl', async () => {
    const notifier = new FileNotifier({
      stateDir: join(dir, '.autopilot'),
      redact: (t) => t.split('hunter2').join('***'),
      now: () => new Date('2030-05-01T10:00:00Z'),
    });
    await notifier.notify({
      run_id: 'r1',
      task: 'executor',
      status: 'success',
      title: 'one',
      log_excerpt: 'pw hunter2',
    });
    await notifier.notify({ run_id: 'r2', task: 'supervisor', status: 'failure', title: 'two', log_excerpt: '' });
    expect(notifier.path).toBe(join(dir, '.autopilot', 'notifications.jsonl'));
    const lines = (await readFile(notifier.path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      at: '2030-05-01T10:00:00.000Z',
      run_id: 'r1',
      task: 'executor',
      status: 'success',
      outputs_uri: '',
      log_excerpt: 'pw ***',
      trace_id: '',
      title: 'one',
    });
    expect(JSON.parse(lines[1] ?? '').run_id).toBe('r2');
  });

  it('keeps every line whole under concurrent notifications', async () => {
    const notifier = new FileNotifier({ stateDir: dir });
    const log = 'x'.repeat(1_500);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        notifier.notify({ run_id: `r${i}`, task: 't', status: 's', title: 't', log_excerpt: log }),
      ),
    );
    const lines = (await readFile(notifier.path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(40);
    expect(new Set(lines.map((line) => JSON.parse(line).run_id)).size).toBe(40);
  });
});
