// Boolean flags take the action input's spelling too: `--dry-run false`.
import { describe, expect, it } from 'vitest';
import { normalizeBooleanFlags, parseCommandLine } from '../../../packages/cli/src/args';
import { UserError } from '../../../packages/core/src/errors';

describe('boolean flags', () => {
  it.each([
    [['--expect-local', 'false'], 'false'],
    [['--expect-local=false'], 'false'],
    [['--expect-local', 'true'], 'true'],
    [['--expect-local=YES'], 'true'],
    [['--expect-local'], 'true'],
    [['--no-expect-local'], 'false'],
  ])('%j → expect-local %s, with no stray positional', (argv, value) => {
    const parsed = parseCommandLine(['heartbeat', 'check', ...argv]);
    expect(parsed.settings['expect-local']).toBe(value);
    expect(parsed.positionals).toEqual(['heartbeat', 'check']);
  });

  it('leaves a following positional alone when it is not a boolean word', () => {
    const parsed = parseCommandLine(['--dry-run', 'supervisor']);
    expect(parsed.settings['dry-run']).toBe('true');
    expect(parsed.positionals).toEqual(['supervisor']);
  });

  it('refuses a word that is not true or false after =, naming the flag', () => {
    expect(() => parseCommandLine(['--dry-run=maybe'])).toThrow(UserError);
    expect(() => parseCommandLine(['--dry-run=maybe'])).toThrow(
      /--dry-run "maybe" is not valid; expected true or false/,
    );
  });

  it('does not touch string flags', () => {
    expect(normalizeBooleanFlags(['--mode', 'false'], new Set(['dry-run']))).toEqual(['--mode', 'false']);
  });
});
