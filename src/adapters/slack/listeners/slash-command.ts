import { errorReply, type Reply } from '../../../reply/model.js';
import { respondMessages } from '../deliver.js';
import { unescapeSlackText } from '../escape.js';
import { renderReply } from '../render.js';
import { mayBeSlow, runForSlack, within } from '../run-command.js';
import { textToInvocation } from '../text-command.js';
import type { ListenerContext } from './context.js';

/** The one slash command Briefing registers; the first word of its text names the command. */
export const SLASH_COMMAND = '/briefing';

function responseType(reply: Reply) {
  return reply.ephemeral ? ('ephemeral' as const) : ('in_channel' as const);
}

/**
 * `/briefing <command> ...`: acknowledged within Slack's 3 seconds. A quick answer that fits in one
 * message rides on the acknowledgement; slow or long ones are acknowledged first, then sent through
 * respond() (the response_url).
 */
export function registerSlashCommand({ app, deps, inFlight, log, ackBudgetMs }: ListenerContext): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    if (!inFlight.accepting) {
      const [busy] = renderReply(errorReply('Briefing is restarting. Please try again in a moment.'));
      await ack({ ...busy, response_type: 'ephemeral' });
      return;
    }
    await inFlight.track(async () => {
      const parsed = textToInvocation(unescapeSlackText(command.text ?? ''), deps);
      if (!parsed.ok) {
        const [message] = renderReply(parsed.reply);
        await ack({ ...message, response_type: 'ephemeral' });
        return;
      }
      const who = { userId: command.user_id, channelId: command.channel_id };
      const running = runForSlack(deps, parsed.invocation, who);
      const quick = mayBeSlow(deps, parsed.invocation) ? undefined : await within(running, ackBudgetMs);
      if (quick) {
        const messages = renderReply(quick);
        if (messages.length === 1 && messages[0]) {
          await ack({ ...messages[0], response_type: responseType(quick) });
          return;
        }
      }
      await ack();
      const reply = quick ?? (await running);
      try {
        await respondMessages(respond, renderReply(reply), { ephemeral: reply.ephemeral ?? false });
      } catch (error) {
        log.error({ err: error, command: parsed.invocation.command }, 'slack: respond failed');
      }
    });
  });
}
