export type Outcome<T> = { done: true; value: T } | { done: false };

/** The work's result if it settles within ms, else { done: false }. The timer never outlives the call. */
export async function within<T>(work: Promise<T>, ms: number): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): Outcome<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
