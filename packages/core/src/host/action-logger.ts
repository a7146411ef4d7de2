// A Logger that speaks the Actions toolkit: notices, warnings and errors
// become annotations; info and debug go to the log — as readable text, or
// as JSON lines with the run's trace id when `log-format: json`. Every line
// is redacted first.

import { formatJsonLine, type LogLevel } from '../log/logger';
import type { LogFields, Logger } from '../ports';
import { escapeForTerminal } from '../util/terminal';
import * as core from './toolkit';

export interface ActionLoggerOptions {
  redact: (text: string) => string;
  format: 'text' | 'json';
  traceId: string;
  now?: () => Date;
}

function suffix(fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return parts.length > 0 ? ` (${parts.join(' ')})` : '';
}

const SINK: Record<LogLevel, (line: string) => void> = {
  debug: (line) => core.debug(line),
  info: (line) => core.info(line),
  notice: (line) => core.notice(line),
  warn: (line) => core.warning(line),
  error: (line) => core.error(line),
};

export function createActionLogger(options: ActionLoggerOptions, base: LogFields = {}): Logger {
  const now = options.now ?? (() => new Date());
  const emit =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      const all = { ...base, ...fields };
      const line =
        options.format === 'json'
          ? formatJsonLine(now(), level, message, options.traceId, all, options.redact)
          : message + suffix(all);
      // core.info writes the line raw: a newline in it could start a forged
      // `::error::` workflow command; control characters show as escapes.
      SINK[level](escapeForTerminal(options.redact(line)));
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    notice: emit('notice'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createActionLogger(options, { ...base, ...fields }),
  };
}
