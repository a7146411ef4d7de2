// The structured logger of the CLI and local hosts: JSON lines for machines
// (`--log-format json`), readable text for people. Every line carries the
// run's trace id and is redacted as a whole before it is written.
import type { LogFields, Logger } from '../ports';
import { escapeForTerminal } from '../util/terminal';

export const LOG_LEVELS = ['debug', 'info', 'notice', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'text' | 'json';

export interface LoggerOptions {
  format: LogFormat;
  traceId: string;
  /** Where a finished line goes (without its newline). Default: stderr, so stdout stays for command output. */
  write?: (line: string) => void;
  /** The lowest level written. Default: 'info'. */
  level?: LogLevel;
  /** Applied to every finished line, so secrets in messages and fields alike are masked. */
  redact?: (text: string) => string;
  /** Time source, for tests. */
  now?: () => Date;
  /**
   * Text only: write `trace_id <id>` once, just before the first line this
   * logger (or any child) writes, so a person can find the run's rows,
   * incidents and notifications without the id cluttering every line.
   * JSON lines carry `trace_id` on every line regardless.
   */
  announceTrace?: boolean;
}

const rank = (level: LogLevel): number => LOG_LEVELS.indexOf(level);

/**
 * JSON.stringify that survives Errors, bigints and cycles (a log line must
 * never throw) and redacts each string before it is escaped: a secret with a
 * quote or backslash in it would no longer match once serialized.
 */
function safeJson(record: unknown, redact: (text: string) => string): string {
  const seen = new WeakSet<object>();
  const text: string | undefined = JSON.stringify(record, (_key, value: unknown) => {
    if (typeof value === 'string') return redact(value);
    if (value instanceof Error) return { name: value.name, message: redact(value.message) };
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  });
  // JSON.stringify answers undefined for undefined and functions.
  return text ?? String(record);
}

export function formatJsonLine(
  at: Date,
  level: LogLevel,
  message: string,
  traceId: string,
  fields: LogFields,
  redact: (text: string) => string = (text) => text,
): string {
  const { item_id, ...rest } = fields;
  const record: Record<string, unknown> = { ts: at.toISOString(), level, msg: message, trace_id: traceId };
  if (item_id !== undefined) record.item_id = item_id;
  for (const [key, value] of Object.entries(rest)) {
    // The fixed keys win: a field may not disguise a line's level or trace.
    if (value !== undefined && !(key in record)) record[key] = value;
  }
  return safeJson(record, redact);
}

/**
 * A value as it appears after `key=`: strings redacted first (escaping would
 * hide a secret from the final pass), then quoted when they hold spaces,
 * quotes, '=' or control characters (JSON escapes a newline as `\n`, so a
 * value cannot start a forged line); other values as JSON. Whatever is left
 * (C1 controls, bidi overrides) is escaped for the terminal.
 */
function textValue(value: unknown, redact: (text: string) => string): string {
  if (typeof value !== 'string') return escapeForTerminal(safeJson(value, redact));
  const text = redact(value);
  const quoted = /[\s"=]/.test(text) || escapeForTerminal(text) !== text ? JSON.stringify(text) : text;
  return escapeForTerminal(quoted);
}

/** `12:00:01 INFO  message key=value` (UTC clock time; the trace id is printed once per run, see `announceTrace`). */
export function formatTextLine(
  at: Date,
  level: LogLevel,
  message: string,
  fields: LogFields,
  redact: (text: string) => string = (text) => text,
): string {
  const pairs = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${textValue(v, redact)}`);
  // One event, one line: a message holding `\n12:00:00 ERROR …` or `\x1b]0;…` shows those as escapes.
  const head = `${at.toISOString().slice(11, 19)} ${level.toUpperCase().padEnd(5)} ${escapeForTerminal(message)}`;
  return pairs.length > 0 ? `${head} ${pairs.join(' ')}` : head;
}

export function createLogger(options: LoggerOptions, base: LogFields = {}): Logger {
  // Shared by the logger and its children: the trace id is announced once per run, not per child.
  return makeLogger(options, base, { announced: !options.announceTrace || options.format === 'json' });
}

function makeLogger(options: LoggerOptions, base: LogFields, state: { announced: boolean }): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const redact = options.redact ?? ((text: string) => text);
  const now = options.now ?? (() => new Date());
  const min = rank(options.level ?? 'info');

  const emit =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (rank(level) < min) return;
      const all = { ...base, ...fields };
      const at = now();
      if (!state.announced) {
        state.announced = true;
        write(redact(formatTextLine(at, 'info', `trace_id ${options.traceId}`, {}, redact)));
      }
      const line =
        options.format === 'json'
          ? // JSON escapes C0 itself; DEL, C1 and bidi marks become \u escapes (still valid JSON, same value).
            escapeForTerminal(formatJsonLine(at, level, message, options.traceId, all, redact))
          : formatTextLine(at, level, message, all, redact);
      // Redact the finished line too: in text it is the only place secrets can be caught.
      write(redact(line));
    };

  return {
    debug: emit('debug'),
    info: emit('info'),
    notice: emit('notice'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => makeLogger(options, { ...base, ...fields }, state),
  };
}
