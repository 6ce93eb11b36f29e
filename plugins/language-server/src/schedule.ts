/**
 * Runs a document's check at most once per `delay` ms: a change after a quiet spell is checked at once
 * (on the next turn, so changes sent together are read together), changes while typing fast are coalesced
 * into one check of the latest text when the delay has passed.
 */
export class Debouncer {
  private readonly lastRun = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();

  constructor(
    private readonly delay: number,
    private readonly run: (key: string) => void,
  ) {}

  /** Asks for a check of `key`. */
  request(key: string): void {
    if (this.timers.has(key)) return;
    const wait = (this.lastRun.get(key) ?? -Infinity) + this.delay - performance.now();
    const fire = () => {
      this.timers.delete(key);
      this.lastRun.set(key, performance.now());
      this.run(key);
    };
    this.timers.set(key, wait > 0 ? setTimeout(fire, wait) : setImmediate(fire));
  }

  /** Forgets `key` (its document closed). */
  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer as NodeJS.Timeout);
      clearImmediate(timer as NodeJS.Immediate);
    }
    this.timers.delete(key);
    this.lastRun.delete(key);
  }
}
