import type { webApi } from '@slack/bolt';
import { postMessages } from '../deliver.js';
import { renderReply } from '../render.js';
import { runForSlack } from '../run-command.js';
import { textToInvocation } from '../text-command.js';
import type { ListenerContext } from './context.js';

export interface TextRequest {
  text: string;
  userId: string;
  channelId: string;
  /** The thread to answer in (a mention is answered in a thread under it). */
  threadTs?: string;
  /** A direct message: nobody else can see it, so ephemeral replies are posted normally. */
  direct: boolean;
}

/** Answer a command typed as text (mention or direct message) with messages in the thread. */
export async function answerText(
  ctx: ListenerContext,
  client: webApi.WebClient,
  request: TextRequest,
): Promise<void> {
  const parsed = textToInvocation(request.text, ctx.deps);
  const reply = parsed.ok
    ? await runForSlack(ctx, parsed.invocation, { userId: request.userId, channelId: request.channelId })
    : parsed.reply;
  const ephemeralTo = reply.ephemeral && !request.direct ? request.userId : undefined;
  try {
    await postMessages(
      client,
      { channel: request.channelId, threadTs: request.threadTs, ephemeralTo },
      renderReply(reply),
    );
  } catch (error) {
    ctx.log.error({ err: error, channel: request.channelId }, 'slack: could not post the answer');
  }
}
