import { baseContext } from '../../app.js';
import { changesChannel } from '../../command/channel-access.js';
import { findCommand } from '../../command/registry.js';
import { type Invocation, runInvocation } from '../../command/run.js';
import type { Requester } from '../../command/types.js';
import type { Reply } from '../../reply/model.js';
import type { ListenerContext } from './listeners/context.js';
import { refusalReply } from './manager-replies.js';

export type SlackRequester = Omit<Requester, 'platform'>;

/**
 * Run a command for a Slack user. A run that changes what a channel receives (digest subscribe, ...) goes
 * ahead only for channel managers (see ChannelManagers); anyone else gets told who may. Never throws
 * (runInvocation turns every failure into a reply).
 */
export async function runForSlack(
  { deps, managers, log }: Pick<ListenerContext, 'deps' | 'managers' | 'log'>,
  invocation: Invocation,
  who: SlackRequester,
): Promise<Reply> {
  const command = findCommand(deps.catalog, invocation.command);
  if (command && changesChannel(command, invocation.subcommand)) {
    const verdict = who.userId
      ? await managers.verdict(who.userId)
      : ({ allowed: false, because: 'not-admin' } as const);
    if (!verdict.allowed) {
      log.info(
        {
          user: who.userId,
          channel: who.channelId,
          command: command.name,
          subcommand: invocation.subcommand,
          because: verdict.because,
        },
        'slack: refused a channel change',
      );
      return refusalReply(verdict, who.userId, command, invocation.subcommand);
    }
  }
  return runInvocation(invocation, baseContext(deps, { platform: 'slack', ...who }));
}
