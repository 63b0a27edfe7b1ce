import { directMessageSchema } from '../payloads.js';
import { mentionText } from '../text-command.js';
import { answerText } from './answer-text.js';
import type { ListenerContext } from './context.js';

/** A direct message to the bot works like a mention without the "@Briefing". */
export function registerDirectMessage(ctx: ListenerContext): void {
  ctx.app.event('message', async ({ event, client, context }) => {
    // Only what a person typed in a DM: no edits, joins or other subtypes, no bots (ourselves included).
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id || context.retryNum || !ctx.inFlight.accepting) return;
    const parsed = directMessageSchema.safeParse(event);
    if (!parsed.success) {
      ctx.log.warn({ issues: parsed.error.issues }, 'slack: ignoring a malformed direct message');
      return;
    }
    const message = parsed.data;
    await ctx.inFlight.track(() =>
      answerText(ctx, client, {
        text: mentionText(message.text),
        userId: message.user,
        channelId: message.channel,
        threadTs: message.thread_ts,
        direct: true,
      }),
    );
  });
}
