import { mentionText } from '../text-command.js';
import { answerText } from './answer-text.js';
import type { ListenerContext } from './context.js';

/** `@Briefing who said durable solution`: answered in a thread under the mention. */
export function registerMention(ctx: ListenerContext): void {
  ctx.app.event('app_mention', async ({ event, client, context }) => {
    // Slack redelivers an event it thinks was missed; the first delivery was answered already.
    if (context.retryNum || !ctx.inFlight.accepting || !event.user) return;
    const user = event.user;
    await ctx.inFlight.track(() =>
      answerText(ctx, client, {
        text: mentionText(event.text),
        userId: user,
        channelId: event.channel,
        threadTs: event.thread_ts ?? event.ts,
        direct: false,
      }),
    );
  });
}
