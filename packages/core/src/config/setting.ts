// One setting, known by the same name everywhere: `max-items` is the action
// input `max-items`, the CLI flag `--max-items`, and the environment variable
// (or .env line) `MAX_ITEMS`. Values arrive as text and are parsed by the
// small parsers below.

export interface Setting<T> {
  /** lower-kebab-case: the action input and CLI flag. */
  key: string;
  /** UPPER_SNAKE_CASE environment variable. */
  env: string;
  schema: Parser<T>;
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
  schema: Parser<T>,
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

// Parsers from text, by hand rather than zod (issue 12): every action parses
// the whole catalogue (about a hundred settings) at start, and zod — its
// module and one schema per setting — was the largest part of each action's
// start-up and bundle. A setting's value is one trimmed string checked
// against a pattern, a range or a list: a few lines each, no library needed.
// zod stays where it earns its keep (the LLM's JSON, state files).

export type ParseResult<T> = { success: true; data: T } | { success: false };

/** Reads one setting's text; undefined means the setting is unset. */
export class Parser<T> {
  constructor(readonly read: (raw: string | undefined) => ParseResult<T>) {}

  safeParse(raw: string | undefined): ParseResult<T> {
    return this.read(raw);
  }

  /** Unset is allowed and reads as undefined. */
  optional(): Parser<T | undefined> {
    return new Parser<T | undefined>((raw) =>
      raw === undefined ? { success: true, data: undefined } : this.read(raw),
    );
  }

  /** A further check on the value read. */
  refine(check: (value: T) => boolean): Parser<T> {
    return new Parser((raw) => {
      const result = this.read(raw);
      return result.success && !check(result.data) ? { success: false } : result;
    });
  }

  /** A string value must match the pattern in full (the pattern anchors itself). */
  regex(this: Parser<string>, pattern: RegExp): Parser<string> {
    return this.refine((value) => pattern.test(value));
  }
}

const ok = <T>(data: T): ParseResult<T> => ({ success: true, data });
const FAIL: ParseResult<never> = { success: false };

/** Text, trimmed, then read by `read` (undefined: not valid); unset is not valid. */
export function fromText<T>(read: (value: string) => T | undefined): Parser<T> {
  return new Parser((raw) => {
    if (raw === undefined) return FAIL;
    const value = read(raw.trim());
    return value === undefined ? FAIL : ok(value);
  });
}

const numberIn = (pattern: RegExp, check: (n: number) => boolean) =>
  fromText((value) => {
    if (!pattern.test(value)) return undefined;
    const n = Number(value);
    return Number.isFinite(n) && check(n) ? n : undefined;
  });

export const text = () => fromText((value) => (value === '' ? undefined : value));
export const optionalText = () => text().optional();
export const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  numberIn(/^-?\d+$/, (n) => Number.isSafeInteger(n) && n >= min && n <= max);
export const decimal = (min: number, max = Number.MAX_VALUE) =>
  numberIn(/^-?(\d+\.?\d*|\.\d+)$/, (n) => n >= min && n <= max);
/** A strictly positive number (seconds may be fractional, tests use a few). */
export const positive = () => numberIn(/^(\d+\.?\d*|\.\d+)$/, (n) => n > 0);

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);
export const boolean = () =>
  fromText((value) => {
    const word = value.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
  });
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  fromText((value) => {
    const word = value.toLowerCase();
    return (values as readonly string[]).includes(word) ? (word as T[number]) : undefined;
  });
/** An absolute http(s) URL, kept as written (trimmed). */
export const url = () =>
  fromText((value) => {
    const parsed = URL.parse(value);
    return parsed && /^https?:$/.test(parsed.protocol) && parsed.host !== '' ? value : undefined;
  });
/** A comma-separated list; empty entries dropped. */
export const list = () =>
  new Parser<string[]>((raw) =>
    raw === undefined
      ? FAIL
      : ok(
          raw
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
  );
export const numberList = () =>
  fromText((value) =>
    /^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$/.test(value) ? value.split(',').map((s) => Number(s.trim())) : undefined,
  );
/** A lower-cased text of at most `max` characters (host names). */
export const lowerText = (max: number) =>
  fromText((value) => {
    const lower = value.toLowerCase();
    return lower.length <= max ? lower : undefined;
  });
