// What a doctor check says: passed, failed (with the fix), or skipped (not
// used by this configuration, or not checkable because an earlier check
// failed). `detail` says what was actually proved, never more.

export type CheckStatus = 'pass' | 'fail' | 'skip';

export interface CheckResult {
  /** Stable id, e.g. `github.variables-write`: named in the RUNBOOK. */
  id: string;
  /** What is checked, in a few words. */
  title: string;
  status: CheckStatus;
  /** What the check observed: for a pass, what it proved; for a fail, what went wrong. */
  detail: string;
  /** For a failure: what to change, concretely. */
  fix?: string;
}

/** One HTTP answer as a probe saw it, or the reason there was none. */
export type HttpObservation =
  | { status: number; headers: Record<string, string>; body: unknown; text: string }
  | { error: string };

export function pass(id: string, title: string, detail: string): CheckResult {
  return { id, title, status: 'pass', detail };
}

export function fail(id: string, title: string, detail: string, fix: string): CheckResult {
  return { id, title, status: 'fail', detail, fix };
}

export function skip(id: string, title: string, detail: string): CheckResult {
  return { id, title, status: 'skip', detail };
}

export function isAnswer(o: HttpObservation): o is Extract<HttpObservation, { status: number }> {
  return 'status' in o;
}

/** The `message` of a JSON error body (GitHub's, Google's `error.message`, OpenAI's), else a short excerpt of the text. */
export function messageOf(o: HttpObservation): string {
  if (!isAnswer(o)) return o.error;
  const body = o.body as { message?: unknown; error?: unknown; errors?: unknown } | undefined;
  const error = body?.error as { message?: unknown } | string | undefined;
  const text =
    typeof body?.message === 'string'
      ? body.message
      : typeof error === 'object' && typeof error?.message === 'string'
        ? error.message
        : typeof error === 'string'
          ? error
          : typeof body?.errors === 'string'
            ? body.errors
            : o.text;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || '(empty body)';
}
