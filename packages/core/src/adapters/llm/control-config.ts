// CONFIG_FILE: the generator's control file, YAML or JSON — model,
// temperature, system prompt, style guide, validation thresholds and prices.
// Unknown keys are errors (a typo must not be silently ignored); every
// message names the file and the field.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { errorMessage, UserError } from '../../errors';
import type { Pricing } from './openai-generator';

const count = z.number().int().min(0);

const Thresholds = z.strictObject({
  title_max: count.optional(),
  summary_max: count.optional(),
  body_min_words: count.optional(),
  body_max_words: count.optional(),
  headings_after_words: count.optional(),
  banned_phrases: z.array(z.string().trim().min(1)).optional(),
  meta_title_max: count.optional(),
  meta_description_min: count.optional(),
  meta_description_max: count.optional(),
  require_image: z.boolean().optional(),
  reading_ease_min: z.number().min(0).max(100).optional(),
  reading_ease_max: z.number().min(0).max(100).optional(),
  near_duplicate_threshold: z.number().min(0).max(1).optional(),
});

const ControlConfigSchema = z.strictObject({
  model: z.string().trim().min(1).optional(),
  temperature: z.number().min(0).max(2).optional(),
  system_prompt: z.string().trim().min(1).optional(),
  style_guide: z.string().trim().min(1).optional(),
  thresholds: Thresholds.optional(),
  pricing: z
    .strictObject({
      input_per_million: z.number().min(0),
      output_per_million: z.number().min(0),
    })
    .optional(),
});

export type ControlConfig = z.infer<typeof ControlConfigSchema>;
export type ControlThresholds = z.infer<typeof Thresholds>;

/** Read and check CONFIG_FILE. `.json` is read as JSON, anything else as YAML. */
export function loadControlConfig(path: string): ControlConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : errorMessage(error);
    throw new UserError(`CONFIG_FILE "${path}" cannot be read: ${why}`);
  }
  return parseControlConfig(text, path);
}

/** Check control config text; `source` is the file name used in messages and to choose JSON or YAML. */
export function parseControlConfig(text: string, source: string): ControlConfig {
  let data: unknown;
  try {
    data = source.toLowerCase().endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const format = source.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML';
    throw new UserError(`CONFIG_FILE "${source}" is not valid ${format}: ${errorMessage(error).split('\n')[0]}`);
  }
  // An empty file is an empty config, not an error.
  if (data === null || data === undefined) return {};
  const parsed = ControlConfigSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length > 0 ? ` in "${issue.path.join('.')}"` : '';
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
    }
    const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the top level';
    return `${field}: ${issue.message}`;
  });
  throw new UserError(`CONFIG_FILE "${source}" has invalid settings: ${problems.join('; ')}`);
}

/**
 * The system prompt to use: LLM_CONTROL_PROMPT when set (an operator's quick
 * override, e.g. a repository variable), else the file's `system_prompt`,
 * else undefined (the generator's built-in prompt).
 */
export function resolveControlPrompt(input: { envPrompt?: string; config?: ControlConfig }): string | undefined {
  const fromEnv = input.envPrompt?.trim();
  if (fromEnv) return fromEnv;
  return input.config?.system_prompt;
}

/** The file's prices in the generator's terms (undefined when the file sets none: cost is then 0). */
export function controlPricing(config?: ControlConfig): Pricing | undefined {
  const pricing = config?.pricing;
  return pricing
    ? { inputPerMillion: pricing.input_per_million, outputPerMillion: pricing.output_per_million }
    : undefined;
}
