// PASS when nothing was found; BLOCK when a finding needs a human whatever a
// rewrite does (banned phrase, unsafe HTML, duplicate title, no image — a
// model must not invent one —, a near-duplicate of another article); RETRY
// for what an auto-fix pass can mend (lengths, alt text, links, reading ease).
import type { GateVerdict } from '../../model';
import type { Finding } from '../../ports';

export const BLOCKING_CODES: ReadonlySet<string> = new Set([
  'BANNED_PHRASE',
  'UNSAFE_HTML',
  'DUPLICATE_TITLE',
  'IMAGE_MISSING',
  'NEAR_DUPLICATE',
]);

export function gate(findings: readonly Finding[]): { verdict: GateVerdict; blocking: string[]; fixable: string[] } {
  const codes = [...new Set(findings.map((f) => f.code))];
  const blocking = codes.filter((c) => BLOCKING_CODES.has(c));
  const fixable = codes.filter((c) => !BLOCKING_CODES.has(c));
  const verdict: GateVerdict = blocking.length > 0 ? 'BLOCK' : fixable.length > 0 ? 'RETRY' : 'PASS';
  return { verdict, blocking, fixable };
}
