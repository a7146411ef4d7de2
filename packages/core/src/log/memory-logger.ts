import type { LogFields, Logger } from '../ports';

export interface LogEvent {
  level: 'debug' | 'info' | 'notice' | 'warn' | 'error';
  message: string;
  fields: LogFields;
}

/** A logger that keeps its events in memory: for tests, and for hosts that report events at the end. */
export function createMemoryLogger(events: LogEvent[] = [], base: LogFields = {}): Logger & { events: LogEvent[] } {
  const emit =
    (level: LogEvent['level']) =>
    (message: string, fields: LogFields = {}) => {
      events.push({ level, message, fields: { ...base, ...fields } });
    };
  return {
    events,
    debug: emit('debug'),
    info: emit('info'),
    notice: emit('notice'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createMemoryLogger(events, { ...base, ...fields }),
  };
}
