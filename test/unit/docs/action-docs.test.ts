import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionDocsOutOfDate, renderActionReadme } from '../../../scripts/action-docs';

describe('action READMEs', () => {
  it('list exactly the inputs and outputs of their action.yml', () => {
    expect(actionDocsOutOfDate(join(import.meta.dirname, '..', '..', '..'), false)).toEqual([]);
  });

  it('are regenerated from the metadata between the markers', () => {
    const readme = 'x\n<!-- inputs:start -->\nold\n<!-- inputs:end -->\n<!-- outputs:start -->\n<!-- outputs:end -->\n';
    const yml = 'inputs:\n  max-items:\n    description: "Items | per run"\noutputs:\n  done:\n    description: yes\n';
    const out = renderActionReadme(readme, yml, 'README.md');
    expect(out).toContain('| `max-items` | Items \\| per run |');
    expect(out).toContain('| `done` | yes |');
    expect(out).not.toContain('old');
  });
});
