import { describe, expect, it } from 'vitest';
import { evaluateSwitch } from '../../../packages/core/src/services/doctor/switches';
import { answer } from './helpers';

describe('variables.WF_ENABLED / variables.ALLOW_PUBLISH', () => {
  it('passes a known value', () => {
    expect(evaluateSwitch('WF_ENABLED', answer(200, { name: 'WF_ENABLED', value: 'false' }), 'a/b')).toMatchObject({
      status: 'pass',
      detail: 'WF_ENABLED=false',
    });
  });

  it('fails a missing switch with the command that sets it, starting safe', () => {
    const r = evaluateSwitch('ALLOW_PUBLISH', answer(404, { message: 'Not Found' }), 'a/b');
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('ALLOW_PUBLISH does not exist in a/b');
    expect(r.fix).toContain('gh variable set ALLOW_PUBLISH --body human_disabled --repo a/b');
  });

  it('fails a value the pipeline does not know, quoting it', () => {
    const r = evaluateSwitch('ALLOW_PUBLISH', answer(200, { value: 'enabled' }), 'a/b');
    expect(r.detail).toContain('"enabled"');
    expect(r.detail).toContain('human_enabled, human_disabled');
  });

  it('a refused read points at the token’s Variables permission', () => {
    expect(
      evaluateSwitch('WF_ENABLED', answer(403, { message: 'Resource not accessible by integration' }), 'a/b').fix,
    ).toContain('Variables');
  });
});
