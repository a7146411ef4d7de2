// The LLM: one tiny chat completion with the configured model proves the
// base URL, the key and the model together (listing models would not: many
// OpenAI-compatible servers have no GET /models/{id}).
import { type CheckResult, fail, type HttpObservation, isAnswer, messageOf, pass, skip } from './types';

export type LlmObservation =
  | { kind: 'not-configured' }
  | { kind: 'missing-model' }
  | { kind: 'asked'; answer: HttpObservation };

export function evaluateLlm(model: string | undefined, o: LlmObservation): CheckResult {
  const id = 'llm.model';
  const title = model ? `LLM answers with model "${model}"` : 'LLM answers with the configured model';
  if (o.kind === 'not-configured') {
    return skip(
      id,
      title,
      'LLM_BASE_URL is not set: the executor publishes ready content only (rows with content or content_path)',
    );
  }
  if (o.kind === 'missing-model')
    return fail(
      id,
      title,
      'LLM_MODEL is not set',
      'set the LLM_MODEL variable to a model your provider serves (the doctor checks the model by that setting)',
    );
  const a = o.answer;
  if (!isAnswer(a)) return fail(id, title, `no answer from the LLM: ${a.error}`, 'check LLM_BASE_URL and the network');
  const body = a.body as { choices?: unknown[]; model?: unknown } | undefined;
  if (a.status === 200 && Array.isArray(body?.choices)) {
    return pass(
      id,
      title,
      `a one-line completion came back${typeof body?.model === 'string' ? ` from ${body.model}` : ''}`,
    );
  }
  const code = ((a.body as { error?: { code?: unknown } } | undefined)?.error?.code ?? '') as string;
  if (a.status === 401 || a.status === 403) {
    return fail(
      id,
      title,
      `the LLM refused the key (${a.status}: ${messageOf(a)})`,
      'store a valid key as the LLM_API_KEY secret',
    );
  }
  if (a.status === 404 && (code === 'model_not_found' || /model/i.test(messageOf(a)))) {
    return fail(
      id,
      title,
      `the server does not know model "${model}" (404: ${messageOf(a)})`,
      'set LLM_MODEL to a model the key can use (your provider’s model list)',
    );
  }
  if (a.status === 404) {
    return fail(
      id,
      title,
      `no chat completions endpoint there (404: ${messageOf(a)})`,
      'check LLM_BASE_URL: it usually ends in /v1',
    );
  }
  if (a.status === 429) {
    return fail(
      id,
      title,
      `the LLM refused for quota or rate (429: ${messageOf(a)})`,
      'check the account’s plan and billing, then run again',
    );
  }
  return fail(id, title, `unexpected answer (HTTP ${a.status}: ${messageOf(a)})`, 'run the doctor again');
}
