import { describe, expect, it } from 'vitest';
import { effectiveMode } from '../../../packages/core/src/domain/publish-guard';

describe('effectiveMode (the kill-switch)', () => {
  it.each([
    [{ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' }, 'publish', undefined],
    [{ WF_ENABLED: 'TRUE', ALLOW_PUBLISH: 'human_enabled' }, 'publish', undefined],
    [{ WF_ENABLED: 'false', ALLOW_PUBLISH: 'human_enabled' }, 'review', 'WF_ENABLED is "false"'],
    [{ WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_disabled' }, 'review', 'ALLOW_PUBLISH is "human_disabled"'],
    [{ WF_ENABLED: 'true' }, 'review', 'ALLOW_PUBLISH is ""'],
    [{}, 'review', 'WF_ENABLED is ""'],
    [{ WF_ENABLED: 'true', ALLOW_PUBLISH: 'enabled' }, 'review', 'needs "human_enabled"'],
  ])('publish with %j runs as %s', (switches, mode, reason) => {
    const result = effectiveMode('publish', switches);
    expect(result.mode).toBe(mode);
    if (reason) expect(result.downgraded).toContain(reason);
    else expect(result.downgraded).toBeUndefined();
  });

  it('never turns review into publish', () => {
    expect(effectiveMode('review', { WF_ENABLED: 'true', ALLOW_PUBLISH: 'human_enabled' })).toEqual({ mode: 'review' });
  });
});
