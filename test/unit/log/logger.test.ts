import { describe, expect, it } from 'vitest';
import { createLogger, formatTextLine } from '../../../packages/core/src/log/logger';

const at = new Date('2025-03-04T12:00:01.234Z');

function capture(options: Partial<Parameters<typeof createLogger>[0]> = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    format: 'json',
    traceId: '123-1',
    write: (l) => lines.push(l),
    now: () => at,
    ...options,
  });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes JSON lines with ts, level, msg, trace_id, item_id and fields', () => {
    const { logger, lines } = capture();
    logger.child({ item_id: 'post-1' }).info('published', { article_id: 'gid://1', attempts: 2 });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      ts: '2025-03-04T12:00:01.234Z',
      level: 'info',
      msg: 'published',
      trace_id: '123-1',
      item_id: 'post-1',
      article_id: 'gid://1',
      attempts: 2,
    });
  });

  it('does not let fields overwrite level or trace_id, and survives errors and cycles', () => {
    const { logger, lines } = capture();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    logger.warn('odd', { level: 'debug', trace_id: 'fake', err: new Error('boom'), cycle, big: 10n });
    const line = JSON.parse(lines[0] ?? '');
    expect(line).toMatchObject({ level: 'warn', trace_id: '123-1', err: { message: 'boom' }, big: '10' });
    expect(line.cycle.self).toBe('[Circular]');
  });

  it('writes readable text lines', () => {
    const { logger, lines } = capture({ format: 'text' });
    logger.info('claimed items', { count: 2, title: 'Spring sale', empty: '' });
    logger.error('failed');
    expect(lines).toEqual(['12:00:01 INFO  claimed items count=2 title="Spring sale"', '12:00:01 ERROR failed']);
    expect(formatTextLine(at, 'notice', 'n', { x: { a: 1 } })).toBe('12:00:01 NOTICE n x={"a":1}');
  });

  it('drops levels below the minimum', () => {
    const { logger, lines } = capture({ level: 'warn' });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((l) => JSON.parse(l).level)).toEqual(['warn', 'error']);
  });

  it('redacts every line, messages and fields, in both formats', () => {
    const secret = 'shpat_"quoted\\secret';
    const redact = (t: string) => t.split(secret).join('***');
    for (const format of ['json', 'text'] as const) {
      const { logger, lines } = capture({ format, redact });
      logger.info(`token ${secret}`, { header: `Bearer ${secret}`, nested: { token: secret } });
      expect(lines[0]).not.toContain('shpat_');
      expect(lines[0]).toContain('***');
    }
  });

  it('writes to stderr by default', () => {
    const written: string[] = [];
    const original = process.stderr.write;
    process.stderr.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stderr.write;
    try {
      createLogger({ format: 'text', traceId: 't', now: () => at }).info('hello');
    } finally {
      process.stderr.write = original;
    }
    expect(written).toEqual(['12:00:01 INFO  hello\n']);
  });
});
