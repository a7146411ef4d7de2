import { describe, expect, it } from 'vitest';
import { renderChecklist, renderMarkdown } from '../../../packages/core/src/services/doctor/render';
import { fail, pass, skip } from '../../../packages/core/src/services/doctor/types';

const checks = [
  pass('a.one', 'first', 'fine'),
  fail('b.two', 'second', 'server said \u001b[31mno\u001b[0m | really', 'do this'),
  skip('c.three', 'third', 'not used'),
];

describe('the doctor checklist', () => {
  it('marks each check, gives the fix under a failure, and counts', () => {
    const text = renderChecklist(checks);
    expect(text).toContain('✓ first — fine [a.one]');
    expect(text).toContain('[b.two]\n    fix: do this');
    expect(text).toContain('– third — not used [c.three]');
    expect(text).toContain('1 check(s) failed: 1 passed, 1 failed, 1 skipped.');
  });

  it('never prints a terminal escape a server sent, and keeps the markdown table whole', () => {
    expect(renderChecklist(checks)).not.toContain('\u001b');
    const md = renderMarkdown(checks);
    expect(md).not.toContain('\u001b');
    expect(md).toContain('\\| really');
  });
});
