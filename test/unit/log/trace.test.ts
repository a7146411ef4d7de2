import { describe, expect, it } from 'vitest';
import { newTraceId } from '../../../packages/core/src/log/trace';

describe('newTraceId', () => {
  it('is the run id and attempt in GitHub Actions', () => {
    expect(newTraceId({ GITHUB_RUN_ID: '987654321', GITHUB_RUN_ATTEMPT: '2' })).toBe('987654321-2');
    expect(newTraceId({ GITHUB_RUN_ID: '987654321' })).toBe('987654321-1');
  });

  it('is a short fresh random id locally', () => {
    expect(newTraceId({}, () => '0123abcd-4567-89ef-0000-111122223333')).toBe('local-0123abcd4567');
    const a = newTraceId({});
    const b = newTraceId({});
    expect(a).toMatch(/^local-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
