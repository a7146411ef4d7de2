// The hosts' signal wiring: the first SIGINT/SIGTERM aborts the run's signal,
// a repeat goes to onRepeat, and dispose stops listening.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { abortOnSignals } from '../../../packages/core/src/host/signals';
import { createMemoryLogger } from '../../../packages/core/src/log/memory-logger';

describe('abortOnSignals', () => {
  it('aborts on the first signal, hands a repeat to onRepeat, and stops listening when disposed', () => {
    const source = new EventEmitter();
    const log = createMemoryLogger();
    const repeats: string[] = [];
    const cancel = abortOnSignals({ log, source, onRepeat: (s) => repeats.push(s) });
    expect(cancel.signal.aborted).toBe(false);
    expect(source.listenerCount('SIGINT')).toBe(1);
    expect(source.listenerCount('SIGTERM')).toBe(1);

    source.emit('SIGINT', 'SIGINT');
    expect(cancel.signal.aborted).toBe(true);
    expect(cancel.received()).toBe('SIGINT');
    expect(log.events.map((e) => e.message)).toEqual([
      'SIGINT received: finishing the items in flight, claiming no more',
    ]);
    expect(repeats).toEqual([]);

    source.emit('SIGTERM', 'SIGTERM');
    expect(repeats).toEqual(['SIGTERM']);
    expect(cancel.received()).toBe('SIGINT');

    cancel.dispose();
    expect(source.listenerCount('SIGINT')).toBe(0);
    expect(source.listenerCount('SIGTERM')).toBe(0);
  });

  it('without onRepeat, a repeated signal is only logged', () => {
    const source = new EventEmitter();
    const log = createMemoryLogger();
    const cancel = abortOnSignals({ log, source, signals: ['SIGTERM'] });
    source.emit('SIGTERM', 'SIGTERM');
    source.emit('SIGTERM', 'SIGTERM');
    expect(cancel.signal.aborted).toBe(true);
    expect(log.events.at(-1)?.message).toBe('SIGTERM received again: still finishing the items in flight');
    cancel.dispose();
  });
});
