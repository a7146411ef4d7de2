import { describe, expect, it } from 'vitest';
import { LOG_EXCERPT_MAX, lastLines, preparePayload } from '../../../packages/core/src/adapters/notify/message';

const redact = (text: string) => text.split('hunter2').join('***');

describe('preparePayload', () => {
  it('redacts every text field and fills the optional ones with empty text', () => {
    const payload = preparePayload(
      {
        run_id: 'r hunter2',
        task: 'incident hunter2',
        status: 'open hunter2',
        title: 'hunter2 leaked',
        log_excerpt: 'pw=hunter2',
      },
      redact,
    );
    expect(payload).toEqual({
      run_id: 'r ***',
      task: 'incident ***',
      status: 'open ***',
      outputs_uri: '',
      log_excerpt: 'pw=***',
      trace_id: '',
      title: '*** leaked',
    });
  });

  it('redacts before bounding, so a secret at the cut cannot leak in part', () => {
    const log = `${'x'.repeat(50)}\nhunter2${'y'.repeat(20)}`;
    const payload = preparePayload({ run_id: 'r', task: 't', status: 's', title: 't', log_excerpt: log }, redact, 25);
    expect(payload.log_excerpt).not.toContain('er2');
    expect(payload.log_excerpt.length).toBeLessThanOrEqual(25);
  });
});

describe('lastLines', () => {
  it('keeps short text as it is', () => {
    expect(lastLines('a\nb', 10)).toBe('a\nb');
  });

  it('keeps the last whole lines within the bound and marks the cut', () => {
    const text = Array.from({ length: 500 }, (_, i) => `line ${i}`).join('\n');
    const out = lastLines(text);
    expect(out.length).toBeLessThanOrEqual(LOG_EXCERPT_MAX);
    expect(out.startsWith('…\nline ')).toBe(true);
    expect(out.endsWith('line 499')).toBe(true);
  });

  it('cuts inside one very long line rather than dropping everything', () => {
    const out = lastLines('z'.repeat(5_000), 100);
    expect(out).toBe(`…\n${'z'.repeat(98)}`);
  });
});
