import { afterEach, describe, expect, it, vi } from 'vitest';
import { InFlight } from '../../../src/adapters/slack/in-flight.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('InFlight', () => {
  it('waits for tracked work when closed, and stops accepting', async () => {
    const inFlight = new InFlight();
    let finish: () => void = () => {};
    const work = inFlight.track(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(inFlight.size).toBe(1);
    let closed = false;
    const closing = inFlight.close(10_000).then(() => (closed = true));
    expect(inFlight.accepting).toBe(false);
    await Promise.resolve();
    expect(closed).toBe(false);
    finish();
    await work;
    await closing;
    expect(closed).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it('gives up waiting after the timeout', async () => {
    vi.useFakeTimers();
    const inFlight = new InFlight();
    void inFlight.track(() => new Promise<void>(() => {}));
    const closing = inFlight.close(5000);
    await vi.advanceTimersByTimeAsync(5000);
    await expect(closing).resolves.toBeUndefined();
  });

  it('forgets work that failed', async () => {
    const inFlight = new InFlight();
    await expect(inFlight.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(inFlight.size).toBe(0);
  });
});
