import type { AppDeps } from '../../app.js';
import { baseContext } from '../../app.js';
import { type Invocation, runInvocation } from '../../command/run.js';
import type { Requester } from '../../command/types.js';
import type { Reply } from '../../reply/model.js';

export type SlackRequester = Omit<Requester, 'platform'>;

/** Run a command for a Slack user. Never throws (runInvocation turns every failure into a reply). */
export function runForSlack(deps: AppDeps, invocation: Invocation, who: SlackRequester): Promise<Reply> {
  return runInvocation(invocation, baseContext(deps, { platform: 'slack', ...who }));
}
