import type { AppDeps } from '../../app.js';
import { baseContext } from '../../app.js';
import { findCommand } from '../../command/registry.js';
import { type Invocation, runInvocation, validateOptions } from '../../command/run.js';
import type { Requester } from '../../command/types.js';
import type { Reply } from '../../reply/model.js';

export type SlackRequester = Omit<Requester, 'platform'>;

/** Run a command for a Slack user. Never throws (runInvocation turns every failure into a reply). */
export function runForSlack(deps: AppDeps, invocation: Invocation, who: SlackRequester): Promise<Reply> {
  return runInvocation(invocation, baseContext(deps, { platform: 'slack', ...who }));
}

/** Whether the command says it may outlast Slack's three-second acknowledgement window. */
export function mayBeSlow(deps: AppDeps, invocation: Invocation): boolean {
  const command = findCommand(deps.catalog, invocation.command);
  if (!command?.mayBeSlow) return false;
  try {
    const options = validateOptions(command, invocation);
    return command.mayBeSlow({ options, subcommand: invocation.subcommand, services: deps.services });
  } catch {
    // Bad options: runInvocation answers with an error at once.
    return false;
  }
}

/** The value if `promise` settles within `ms`, else undefined (the promise keeps running). */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
