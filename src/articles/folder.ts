import type { Logger } from '../logger.js';
import type { Library } from './library.js';

export interface FolderOptions {
  maxBytes: number;
  logger: Logger;
}

/** Load every article file in a folder into the library. Bad files become LoadProblems, never crashes. */
export async function loadFolder(_library: Library, _dir: string, _options: FolderOptions): Promise<void> {
  throw new Error('loadFolder: not implemented yet');
}

/** Watch the folder: added, changed and removed files update the library. Returns a stop function. */
export function watchFolder(_library: Library, _dir: string, _options: FolderOptions): () => Promise<void> {
  return async () => {};
}
