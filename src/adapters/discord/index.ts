import type { AppDeps } from '../../app.js';
import type { Adapter } from '../types.js';

export function createDiscordAdapter(_deps: AppDeps): Adapter {
  throw new Error('The discord adapter is not implemented yet');
}
