import { mayBeSlow } from '../../../command/run.js';
import { errorReply, type Reply } from '../../../reply/model.js';
import { within } from '../../within.js';
import { respondMessages } from '../deliver.js';
import { unescapeSlackText } from '../escape.js';
import { slashCommandSchema } from '../payloads.js';
import { renderReply } from '../render.js';
import { runForSlack } from '../run-command.js';
import { textToInvocation } from '../text-command.js';
import type { ListenerContext } from './context.js';

/** The one slash command Briefing registers; the first word of its text names the command. */
export const SLASH_COMMAND = '/briefing';

function responseType(reply: Reply) {
  return reply.ephemeral ? ('ephemeral' as const) : ('in_channel' as const);
}

/** The acknowledgement that carries a one-message reply. */
function ackPayload(reply: Reply) {
  const [message] = renderReply(reply);
  return { ...message, response_type: responseType(reply) };
}

/**
 * `/briefing <command> ...`: acknowledged within Slack's 3 seconds. A quick answer that fits in one
 * message rides on the acknowledgement; slow or long ones are acknowledged first, then sent through
 * respond() (the response_url).
 */
export function registerSlashCommand(ctx: ListenerContext): void {
  const { app, deps, inFlight, log, ackBudgetMs } = ctx;
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    if (!inFlight.accepting) {
      await ack(ackPayload(errorReply('Briefing is restarting. Please try again in a moment.')));
      return;
    }
    const payload = slashCommandSchema.safeParse(command);
    if (!payload.success) {
      log.warn({ issues: payload.error.issues }, 'slack: malformed slash command');
      await ack(ackPayload(errorReply('Slack sent a command Briefing could not read.')));
      return;
    }
    const { text, user_id, channel_id } = payload.data;
    await inFlight.track(async () => {
      const parsed = textToInvocation(unescapeSlackText(text), deps);
      if (!parsed.ok) {
        await ack(ackPayload(parsed.reply));
        return;
      }
      const who = { userId: user_id, channelId: channel_id };
      const running = runForSlack(ctx, parsed.invocation, who);
      const settled = mayBeSlow(deps, parsed.invocation) ? undefined : await within(running, ackBudgetMs);
      const quick = settled?.done ? settled.value : undefined;
      if (quick && renderReply(quick).length === 1) {
        await ack(ackPayload(quick));
        return;
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
