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
