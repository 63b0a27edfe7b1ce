import { mentionSchema } from '../payloads.js';
import { mentionText } from '../text-command.js';
import { answerText } from './answer-text.js';
import type { ListenerContext } from './context.js';

/** `@Briefing who said durable solution`: answered in a thread under the mention. */
export function registerMention(ctx: ListenerContext): void {
  ctx.app.event('app_mention', async ({ event, client, context }) => {
    // Slack redelivers an event it thinks was missed; the first delivery was answered already.
    if (context.retryNum || !ctx.inFlight.accepting) return;
    const parsed = mentionSchema.safeParse(event);
    if (!parsed.success) {
      ctx.log.warn({ issues: parsed.error.issues }, 'slack: ignoring a malformed app_mention');
      return;
    }
    const mention = parsed.data;
    await ctx.inFlight.track(() =>
      answerText(ctx, client, {
        text: mentionText(mention.text),
        userId: mention.user,
        channelId: mention.channel,
        threadTs: mention.thread_ts ?? mention.ts,
        direct: false,
      }),
    );
  });
}
