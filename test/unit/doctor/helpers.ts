import type { HttpObservation } from '../../../packages/core/src/services/doctor/types';

/** An HTTP answer as a probe records it. */
export function answer(status: number, body?: unknown, headers: Record<string, string> = {}): HttpObservation {
  return { status, headers, body, text: body === undefined ? '' : JSON.stringify(body) };
}
