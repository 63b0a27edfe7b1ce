import type { AppDeps } from '../../app.js';
import type { Adapter } from '../types.js';

export function createSlackAdapter(_deps: AppDeps): Adapter {
  throw new Error('The slack adapter is not implemented yet');
}
