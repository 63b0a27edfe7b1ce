import type { AppDeps } from '../../app.js';
import type { Adapter } from '../types.js';

export function createTerminalAdapter(_deps: AppDeps): Adapter {
  throw new Error('The terminal adapter is not implemented yet');
}
