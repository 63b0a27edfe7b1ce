import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';

export interface PostTarget {
  channel: string;
  /** Reply in this thread. */
  threadTs?: string;
  /** Post ephemerally to this user only (errors, help in a channel). */
  ephemeralTo?: string;
}

/** Send rendered messages in order with chat.postMessage (or chat.postEphemeral). */
export async function postMessages(client: webApi.WebClient, target: PostTarget, messages: SlackMessage[]) {
  for (const message of messages) {
    const base = { channel: target.channel, text: message.text, blocks: message.blocks };
    const thread = target.threadTs ? { thread_ts: target.threadTs } : {};
    if (target.ephemeralTo) await client.chat.postEphemeral({ ...base, ...thread, user: target.ephemeralTo });
    else await client.chat.postMessage({ ...base, ...thread });
  }
}

export interface RespondOptions {
  ephemeral: boolean;
  /** Replace the message the button was on with the first part. */
  replaceOriginal?: boolean;
}

/** Send rendered messages through a response_url (it takes at most five responses). */
export async function respondMessages(respond: RespondFn, messages: SlackMessage[], options: RespondOptions) {
  const parts = messages.slice(0, SLACK_LIMITS.responsesPerUrl);
  for (const [i, message] of parts.entries()) {
    await respond({
      text: message.text,
      blocks: message.blocks,
      response_type: options.ephemeral ? 'ephemeral' : 'in_channel',
      replace_original: i === 0 && !!options.replaceOriginal,
    });
  }
}
