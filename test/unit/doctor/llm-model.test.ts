import { describe, expect, it } from 'vitest';
import { evaluateLlm } from '../../../packages/core/src/services/doctor/llm-model';
import { answer } from './helpers';

const asked = (status: number, body: unknown) => ({ kind: 'asked' as const, answer: answer(status, body) });

describe('llm.model', () => {
  it('passes a completion from the model', () => {
    expect(evaluateLlm('m', asked(200, { model: 'm-2026', choices: [{}] }))).toMatchObject({
      status: 'pass',
      detail: 'a one-line completion came back from m-2026',
    });
  });

  it('skips when no LLM is configured (ready content only) and fails a missing model', () => {
    expect(evaluateLlm(undefined, { kind: 'not-configured' }).status).toBe('skip');
    expect(evaluateLlm(undefined, { kind: 'missing-model' }).status).toBe('fail');
  });

  it('tells an unknown model, a wrong URL, a refused key and quota apart', () => {
    const err = (message: string, code: string | null) => ({ error: { message, type: 'x', param: null, code } });
    expect(evaluateLlm('gpt-x', asked(404, err('The model `gpt-x` does not exist', 'model_not_found'))).fix).toContain(
      'LLM_MODEL',
    );
    expect(evaluateLlm('m', asked(404, err('Unknown request URL', 'unknown_url'))).fix).toContain('LLM_BASE_URL');
    expect(evaluateLlm('m', asked(401, err('Incorrect API key', 'invalid_api_key'))).fix).toContain('LLM_API_KEY');
    expect(evaluateLlm('m', asked(429, err('quota', 'insufficient_quota'))).fix).toContain('billing');
  });
});
