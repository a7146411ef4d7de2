import { describe, expect, it } from 'vitest';
import { gate } from '../../../packages/core/src/domain/content';
import type { GateVerdict } from '../../../packages/core/src/model';

const f = (code: string) => ({ code, message: `${code} found` });

describe('gate', () => {
  it.each<[string[], GateVerdict, string[], string[]]>([
    [[], 'PASS', [], []],
    [['TITLE_MISSING'], 'RETRY', [], ['TITLE_MISSING']],
    [['TITLE_TOO_LONG'], 'RETRY', [], ['TITLE_TOO_LONG']],
    [['SUMMARY_TOO_LONG'], 'RETRY', [], ['SUMMARY_TOO_LONG']],
    [['BODY_TOO_SHORT'], 'RETRY', [], ['BODY_TOO_SHORT']],
    [['BODY_TOO_LONG'], 'RETRY', [], ['BODY_TOO_LONG']],
    [['KEYWORD_MISSING', 'KEYWORD_MISSING'], 'RETRY', [], ['KEYWORD_MISSING']],
    [['NO_HEADINGS'], 'RETRY', [], ['NO_HEADINGS']],
    [['PLACEHOLDER'], 'RETRY', [], ['PLACEHOLDER']],
    [['BANNED_PHRASE'], 'BLOCK', ['BANNED_PHRASE'], []],
    [['UNSAFE_HTML'], 'BLOCK', ['UNSAFE_HTML'], []],
    [['DUPLICATE_TITLE'], 'BLOCK', ['DUPLICATE_TITLE'], []],
    [['BODY_TOO_SHORT', 'UNSAFE_HTML', 'PLACEHOLDER'], 'BLOCK', ['UNSAFE_HTML'], ['BODY_TOO_SHORT', 'PLACEHOLDER']],
    [['SOMETHING_NEW'], 'RETRY', [], ['SOMETHING_NEW']],
  ])('%j → %s', (codes, verdict, blocking, fixable) => {
    expect(gate(codes.map(f))).toEqual({ verdict, blocking, fixable });
  });
});
