import { errorReply } from '../../../reply/model.js';
import { ACTION_ID_PATTERN, decodeAction } from '../actions.js';
import { respondMessages } from '../deliver.js';
import { buttonPressSchema } from '../payloads.js';
import { renderReply } from '../render.js';
import { runForSlack } from '../run-command.js';
import type { ListenerContext } from './context.js';

/** A Briefing button (e.g. the next page): re-run the command its value carries, replacing the message. */
export function registerButtons(ctx: ListenerContext): void {
  const { app, inFlight, log } = ctx;
  app.action(ACTION_ID_PATTERN, async ({ ack, body, action, respond }) => {
    await ack();
    if (!inFlight.accepting) return;
    await inFlight.track(async () => {
      const press = buttonPressSchema.safeParse(body);
      const invocation = 'value' in action ? decodeAction(action.value) : undefined;
      const who = press.success ? { userId: press.data.user.id, channelId: press.data.channel?.id } : {};
      const reply =
        invocation && press.success
          ? await runForSlack(ctx, invocation, who)
          : errorReply('This button is out of date.', 'Run the command again.');
      try {
        await respondMessages(respond, renderReply(reply), {
          ephemeral: reply.ephemeral ?? false,
          replaceOriginal: !reply.ephemeral,
        });
      } catch (error) {
        log.error({ err: error }, 'slack: could not answer a button');
      }
    });
  });
}
