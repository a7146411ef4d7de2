import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  controlPricing,
  loadControlConfig,
  resolveControlPrompt,
} from '../../../packages/core/src/adapters/llm/control-config';
import { UserError } from '../../../packages/core/src/errors';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'control-config-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('loadControlConfig', () => {
  it('reads YAML with every documented field', async () => {
    const path = await file(
      'autopilot.yml',
      [
        'model: gpt-4o-mini',
        'temperature: 0.4',
        'system_prompt: |',
        '  You write for a tea shop.',
        'style_guide: Short sentences.',
        'thresholds:',
        '  title_max: 60',
        '  body_min_words: 400',
        '  banned_phrases: ["game changer"]',
        'pricing:',
        '  input_per_million: 0.15',
        '  output_per_million: 0.6',
      ].join('\n'),
    );
    const config = loadControlConfig(path);
    expect(config).toEqual({
      model: 'gpt-4o-mini',
      temperature: 0.4,
      system_prompt: 'You write for a tea shop.',
      style_guide: 'Short sentences.',
      thresholds: { title_max: 60, body_min_words: 400, banned_phrases: ['game changer'] },
      pricing: { input_per_million: 0.15, output_per_million: 0.6 },
    });
    expect(controlPricing(config)).toEqual({ inputPerMillion: 0.15, outputPerMillion: 0.6 });
  });

  it('reads JSON, and an empty file as an empty config', async () => {
    expect(loadControlConfig(await file('c.json', '{"model": "llama3.1"}'))).toEqual({ model: 'llama3.1' });
    expect(loadControlConfig(await file('empty.yaml', ''))).toEqual({});
    expect(controlPricing({})).toBeUndefined();
  });

  it('names the file and the field of a bad value', async () => {
    const path = await file('bad.yml', 'temperature: 5\nthresholds:\n  body_min_words: many\n');
    const error = userErrorOf(() => loadControlConfig(path));
    expect(error.message).toContain(path);
    expect(error.message).toContain('"temperature"');
    expect(error.message).toContain('"thresholds.body_min_words"');
  });

  it('rejects unknown fields so typos are not ignored', async () => {
    const path = await file(
      'typo.yml',
      'temprature: 0.2\npricing:\n  input_per_million: 1\n  output_per_million: 2\n  per_request: 3\n',
    );
    const error = userErrorOf(() => loadControlConfig(path));
    expect(error.message).toContain('unknown field "temprature"');
    expect(error.message).toContain('"per_request" in "pricing"');
  });

  it('says clearly when the file is missing or not parseable', async () => {
    expect(userErrorOf(() => loadControlConfig(join(dir, 'nope.yml'))).message).toMatch(
      /CONFIG_FILE ".*nope\.yml" cannot be read: no such file/,
    );
    const broken = await file('broken.json', '{"model": ');
    expect(userErrorOf(() => loadControlConfig(broken)).message).toMatch(/broken\.json" is not valid JSON/);
    const yaml = await file('broken.yml', 'model: [unclosed');
    expect(userErrorOf(() => loadControlConfig(yaml)).message).toMatch(/broken\.yml" is not valid YAML/);
  });
});

describe('resolveControlPrompt', () => {
  const config = { system_prompt: 'From the file.' };

  it('lets LLM_CONTROL_PROMPT win over the file', () => {
    expect(resolveControlPrompt({ envPrompt: 'From the env.', config })).toBe('From the env.');
  });

  it('falls back to the file, then to nothing', () => {
    expect(resolveControlPrompt({ envPrompt: '   ', config })).toBe('From the file.');
    expect(resolveControlPrompt({ config: {} })).toBeUndefined();
    expect(resolveControlPrompt({})).toBeUndefined();
  });
});
