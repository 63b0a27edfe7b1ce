import type { Library, LibraryEvent } from '../../src/articles/library.js';

/** Resolves with the first library event that matches (tests wait on events, never on sleeps). */
export function nextEvent(
  library: Library,
  matches: (event: LibraryEvent) => boolean,
): Promise<LibraryEvent> {
  return new Promise((resolve) => {
    const off = library.onChange((event) => {
      if (!matches(event)) return;
      off();
      resolve(event);
    });
  });
}
