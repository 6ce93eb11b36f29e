/**
 * Runs a document's check at most once per `delay` ms after the previous one ended: a change after a
 * quiet spell is checked at once (on the next turn, so changes sent together are read together); changes
 * that come while a check runs, or within `delay` of its end, are coalesced into one check of the latest
 * text. A page slower to check than keystrokes come is then checked once per burst, not once per key.
 */
export class Debouncer {
  private readonly lastEnd = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout | NodeJS.Immediate>();
  private readonly running = new Set<string>();
  private readonly again = new Set<string>();

  constructor(
    private readonly delay: number,
    private readonly run: (key: string) => void | Promise<void>,
  ) {}

  /** Asks for a check of `key`. */
  request(key: string): void {
    if (this.running.has(key)) return void this.again.add(key);
    if (this.timers.has(key)) return;
    const wait = (this.lastEnd.get(key) ?? -Infinity) + this.delay - performance.now();
    const fire = () => void this.fire(key);
    this.timers.set(key, wait > 0 ? setTimeout(fire, wait) : setImmediate(fire));
  }

  private async fire(key: string): Promise<void> {
    this.timers.delete(key);
    this.running.add(key);
    try {
      await this.run(key);
    } finally {
      this.running.delete(key);
      this.lastEnd.set(key, performance.now());
      if (this.again.delete(key)) this.request(key);
    }
  }

  /** Forgets `key` (its document closed). */
  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer as NodeJS.Timeout);
      clearImmediate(timer as NodeJS.Immediate);
    }
    this.timers.delete(key);
    this.lastEnd.delete(key);
    this.again.delete(key);
  }
}
