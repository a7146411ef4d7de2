// A per-minute request budget for one Sheets client, shared by the queue
// store and the run log. Written by hand: rate limiters on npm (bottleneck,
// p-throttle) count a request from the moment it is sent, so a request that
// left at 0 s and one that left at 60 s can reach Google 59.9 s apart and
// both land in Google's minute. Here a request holds its slot from the moment
// it is sent until a full minute after its answer came back; the server,
// whatever its clock, never sees more than `perMinute` requests in a minute.

/** The least a caller waits when every slot is held by a request still in flight. */
const IN_FLIGHT_POLL_MS = 250;
const MINUTE_MS = 60_000;

export interface RequestBudgetOptions {
  perMinute: number;
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Releases the slot taken by `take`: call it once the request has an answer (or failed). */
export type ReleaseSlot = () => void;

export class RequestBudget {
  private readonly perMinute: number;
  /** One entry per slot in use: when its request was answered, or Infinity while it is in flight. */
  private readonly slots: Array<{ answeredAt: number }> = [];
  /** What `take` has waited so far, for the run's throttle metrics. */
  private readonly waited = { waits: 0, waitedMs: 0 };

  constructor(private readonly options: RequestBudgetOptions) {
    this.perMinute = Math.max(1, Math.floor(options.perMinute));
  }

  /** Waits until a slot is free, takes it, and returns what to call when the request is answered. */
  async take(): Promise<ReleaseSlot> {
    for (;;) {
      const now = this.options.clock();
      this.dropExpired(now);
      if (this.slots.length < this.perMinute) {
        const slot = { answeredAt: Number.POSITIVE_INFINITY };
        this.slots.push(slot);
        return () => {
          // The first call counts: a retry's backoff must not push the answer time later.
          if (slot.answeredAt === Number.POSITIVE_INFINITY) slot.answeredAt = this.options.clock();
        };
      }
      const wait = this.waitFor(now);
      this.waited.waits++;
      this.waited.waitedMs += wait;
      await this.options.sleep(wait);
    }
  }

  /** Sleeps taken waiting for a slot, and their total length in milliseconds. */
  stats(): { waits: number; waitedMs: number } {
    return { ...this.waited };
  }

  /** Slots in use now (in flight, or answered less than a minute ago). */
  inUse(now = this.options.clock()): number {
    this.dropExpired(now);
    return this.slots.length;
  }

  private dropExpired(now: number): void {
    for (let i = this.slots.length - 1; i >= 0; i--) {
      if ((this.slots[i] as { answeredAt: number }).answeredAt + MINUTE_MS <= now) this.slots.splice(i, 1);
    }
  }

  /** Until the earliest answered slot frees; a short poll when all slots are still in flight. */
  private waitFor(now: number): number {
    const earliest = Math.min(...this.slots.map((s) => s.answeredAt));
    return Number.isFinite(earliest) ? Math.max(1, earliest + MINUTE_MS - now) : IN_FLIGHT_POLL_MS;
  }
}
