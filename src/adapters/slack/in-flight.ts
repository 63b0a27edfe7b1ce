/** Work the adapter has accepted and not finished, so stop() can finish it before disconnecting. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();
  private open = true;

  get accepting(): boolean {
    return this.open;
  }

  get size(): number {
    return this.running.size;
  }

  /** Run `work` and remember it until it settles. */
  track<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.add(promise);
    const forget = () => this.running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  /** Stop accepting and wait (up to `timeoutMs`) for what is running. */
  async close(timeoutMs: number): Promise<void> {
    this.open = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.running]), timeout]);
    clearTimeout(timer);
  }
}
