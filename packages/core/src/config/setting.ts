// One setting, known by the same name everywhere: `max-items` is the action
// input `max-items`, the CLI flag `--max-items`, and the environment variable
// (or .env line) `MAX_ITEMS`. Values arrive as text and are parsed by zod.
import { z } from 'zod';

export interface Setting<T> {
  /** lower-kebab-case: the action input and CLI flag. */
  key: string;
  /** UPPER_SNAKE_CASE environment variable. */
  env: string;
  schema: z.ZodType<T>;
  /** The default, as text (parsed like any value); undefined = unset. */
  fallback?: string;
  /** What is allowed, in words, for error messages. */
  expected: string;
  description: string;
  /** Masked and redacted wherever we print or post text. */
  secret?: boolean;
}

export function envNameOf(key: string): string {
  return key.toUpperCase().replace(/-/g, '_');
}

interface Options {
  env?: string;
  fallback?: string;
  secret?: boolean;
}

export function setting<T>(
  key: string,
  schema: z.ZodType<T>,
  expected: string,
  description: string,
  options: Options = {},
): Setting<T> {
  return {
    key,
    env: options.env ?? envNameOf(key),
    schema,
    fallback: options.fallback,
    expected,
    description,
    secret: options.secret,
  };
}

// Parsers from text. Each rejects what it cannot read rather than guessing.
export const text = () => z.string().trim().min(1);
export const optionalText = () => z.string().trim().min(1).optional();
export const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
export const decimal = (min: number, max = Number.MAX_VALUE) =>
  z
    .string()
    .trim()
    .regex(/^-?(\d+\.?\d*|\.\d+)$/)
    .transform(Number)
    .pipe(z.number().min(min).max(max));
/** A strictly positive number (seconds may be fractional, tests use a few). */
export const positive = () =>
  z
    .string()
    .trim()
    .regex(/^(\d+\.?\d*|\.\d+)$/)
    .transform(Number)
    .pipe(z.number().positive());
export const boolean = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']))
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().trim().toLowerCase().pipe(z.enum(values));
export const url = () =>
  z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/ }));
/** A comma-separated list; empty entries dropped. */
export const list = () =>
  z.string().transform((v) =>
    v
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
export const numberList = () =>
  z
    .string()
    .trim()
    .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/)
    .transform((v) => v.split(',').map((s) => Number(s.trim())));
