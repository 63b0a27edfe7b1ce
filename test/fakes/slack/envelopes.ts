import { renderReply } from '../../../src/adapters/slack/render.js';
import type { Action } from '../../../src/reply/model.js';

/** Payloads of the envelopes Slack sends over Socket Mode (and posts in HTTP mode), for tests. */

let counter = 0;

/** An events_api payload for an app_mention in a channel. */
export function mentionEvent(text: string, ts: string, extra: Record<string, unknown> = {}) {
  counter++;
  return {
    type: 'event_callback',
    team_id: 'TFAKE',
    api_app_id: 'AFAKE',
    event_id: `EvMention${counter}`,
    event_time: 1_700_000_000 + counter,
    event: { type: 'app_mention', user: 'U0ASKER', text, ts, channel: 'C0CHANNEL', event_ts: ts, ...extra },
  };
}

/** An events_api payload for a message in a direct conversation with the bot. */
export function directMessageEvent(text: string, ts: string, extra: Record<string, unknown> = {}) {
  counter++;
  return {
    type: 'event_callback',
    team_id: 'TFAKE',
    event_id: `EvDm${counter}`,
    event: { type: 'message', channel_type: 'im', channel: 'D0DIRECT', text, ts, ...extra },
  };
}

/**
 * A block_actions payload: `user` pressed the button the bot rendered for `action`, in C0CHANNEL. The
 * button is rendered as an earlier process would have: everything it runs is in its value.
 */
export function buttonPressPayload(action: Action, responseUrl: string, user = 'U0ASKER') {
  const [rendered] = renderReply({ blocks: [], actions: [action] });
  const buttons = rendered?.blocks.find((b) => b.type === 'actions');
  const value = buttons?.type === 'actions' ? buttons.elements[0]?.value : undefined;
  return {
    type: 'block_actions',
    user: { id: user },
    channel: { id: 'C0CHANNEL' },
    team: { id: 'TFAKE' },
    api_app_id: 'AFAKE',
    trigger_id: '1.2.3',
    response_url: responseUrl,
    container: { type: 'message', message_ts: '1.1', channel_id: 'C0CHANNEL' },
    actions: [{ type: 'button', action_id: 'briefing:run:0', block_id: 'b', value, action_ts: '1.2' }],
  };
}
