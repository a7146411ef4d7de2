// `announceTrace`: readable text names the run's trace id once, on top, and
// JSON lines carry it on each line.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../packages/core/src/log/logger';

const at = new Date('2025-03-04T12:00:01.234Z');

function capture(format: 'text' | 'json', options: { level?: 'warn'; announceTrace?: boolean } = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    format,
    traceId: 'local-abc123',
    write: (l) => lines.push(l),
    now: () => at,
    announceTrace: true,
    ...options,
  });
  return { logger, lines };
}

describe('announceTrace', () => {
  it('writes the trace id once in text, shared by child loggers', () => {
    const { logger, lines } = capture('text');
    logger.child({ item_id: 'x' }).info('claimed');
    logger.info('done', { count: 1 });
    expect(lines).toEqual([
      '12:00:01 INFO  trace_id local-abc123',
      '12:00:01 INFO  claimed item_id=x',
      '12:00:01 INFO  done count=1',
    ]);
  });

  it('waits for a line that is actually written', () => {
    const { logger, lines } = capture('text', { level: 'warn' });
    logger.info('dropped');
    expect(lines).toEqual([]);
    logger.warn('kept');
    expect(lines).toEqual(['12:00:01 INFO  trace_id local-abc123', '12:00:01 WARN  kept']);
  });

  it('is off unless asked', () => {
    const { logger, lines } = capture('text', { announceTrace: false });
    logger.info('hello');
    expect(lines).toEqual(['12:00:01 INFO  hello']);
  });

  it('adds no line in JSON, where every line has trace_id', () => {
    const { logger, lines } = capture('json');
    logger.info('a');
    logger.child({ item_id: 'i' }).error('b');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { ts: at.toISOString(), level: 'info', msg: 'a', trace_id: 'local-abc123' },
      { ts: at.toISOString(), level: 'error', msg: 'b', trace_id: 'local-abc123', item_id: 'i' },
    ]);
  });
});
