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

/**
 * A schema built on first use. Every setting is declared at start (its name,
 * default and words serve --help, the flag checks and the action metadata),
 * but zod does real work for each schema it builds, and the catalogue holds
 * about a hundred: built up front they were a large part of every start
 * (issue 12). loadConfig builds each once, when it parses; `--help` builds
 * none. A call on the result (`url().optional()`) builds it at once.
 */
function lazy<S extends object>(build: () => S): S {
  let schema: S | undefined;
  const real = () => {
    schema ??= build();
    return schema;
  };
  return new Proxy({} as S, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
}

// Parsers from text. Each rejects what it cannot read rather than guessing.
export const text = () => lazy(() => z.string().trim().min(1));
export const optionalText = () => lazy(() => z.string().trim().min(1).optional());
export const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  lazy(() =>
    z
      .string()
      .trim()
      .regex(/^-?\d+$/)
      .transform(Number)
      .pipe(z.number().int().min(min).max(max)),
  );
export const decimal = (min: number, max = Number.MAX_VALUE) =>
  lazy(() =>
    z
      .string()
      .trim()
      .regex(/^-?(\d+\.?\d*|\.\d+)$/)
      .transform(Number)
      .pipe(z.number().min(min).max(max)),
  );
/** A strictly positive number (seconds may be fractional, tests use a few). */
export const positive = () =>
  lazy(() =>
    z
      .string()
      .trim()
      .regex(/^(\d+\.?\d*|\.\d+)$/)
      .transform(Number)
      .pipe(z.number().positive()),
  );
export const boolean = () =>
  lazy(() =>
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']))
      .transform((v) => ['true', '1', 'yes', 'on'].includes(v)),
  );
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  lazy(() => z.string().trim().toLowerCase().pipe(z.enum(values)));
export const url = () =>
  lazy(() =>
    z
      .string()
      .trim()
      .pipe(z.url({ protocol: /^https?$/ })),
  );
/** A comma-separated list; empty entries dropped. */
export const list = () =>
  lazy(() =>
    z.string().transform((v) =>
      v
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  );
export const numberList = () =>
  lazy(() =>
    z
      .string()
      .trim()
      .regex(/^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/)
      .transform((v) => v.split(',').map((s) => Number(s.trim()))),
  );
