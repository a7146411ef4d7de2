// SIGINT / SIGTERM → an AbortSignal for the executor: the first signal asks
// the run to stop claiming and finish what is in flight (GitHub sends SIGINT
// on cancel, SIGTERM 7.5 s later, SIGKILL 2.5 s after that; a terminal sends
// SIGINT on Ctrl-C). A repeated signal is handed to `onRepeat` (the CLI exits
// at once; rows in flight return to the state they were claimed from when their lease ends).
import type { Logger } from '../ports';

/** Where signals come from: `process`, or an EventEmitter in tests. */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface SignalAbort {
  signal: AbortSignal;
  /** The first signal received, if any. */
  received: () => NodeJS.Signals | undefined;
  /** Stop listening (the default handlers come back). */
  dispose: () => void;
}

export function abortOnSignals(options: {
  log: Logger;
  signals?: readonly NodeJS.Signals[];
  source?: SignalSource;
  onRepeat?: (signal: NodeJS.Signals) => void;
}): SignalAbort {
  const source = options.source ?? process;
  const signals = options.signals ?? ['SIGINT', 'SIGTERM'];
  const controller = new AbortController();
  let first: NodeJS.Signals | undefined;
  const listener = (signal: NodeJS.Signals) => {
    if (first === undefined) {
      first = signal;
      options.log.warn(`${signal} received: finishing the items in flight, claiming no more`);
      controller.abort(new Error(`cancelled by ${signal}`));
      return;
    }
    if (options.onRepeat) options.onRepeat(signal);
    else options.log.warn(`${signal} received again: still finishing the items in flight`);
  };
  for (const s of signals) source.on(s, listener);
  return {
    signal: controller.signal,
    received: () => first,
    dispose: () => {
      for (const s of signals) source.off(s, listener);
    },
  };
}
