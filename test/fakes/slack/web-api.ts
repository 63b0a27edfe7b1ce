import type { IncomingMessage } from 'node:http';

/** One Web API call the bot made, as the fake received it. */
export interface ApiCall {
  method: string;
  token?: string;
  args: Record<string, unknown>;
}

/** One message posted to a response_url. */
export interface ResponseUrlCall {
  id: string;
  body: Record<string, unknown>;
}

export const BOT_USER_ID = 'UBRIEFING';
export const BOT_ID = 'BBRIEFING';
export const TEAM_ID = 'TFAKE';

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Web API client sends form fields, with structured ones (blocks, attachments) as JSON text. */
export function parseArgs(contentType: string | undefined, body: string): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/** What the fake answers for each Web API method the bot calls. */
export function answerMethod(
  method: string,
  args: Record<string, unknown>,
  context: { socketUrl: string; nextTs: () => string },
): Record<string, unknown> {
  switch (method) {
    case 'auth.test':
      return {
        ok: true,
        url: 'https://fake.slack.test/',
        team: 'Fake',
        user: 'briefing',
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
      };
    case 'apps.connections.open':
      return { ok: true, url: context.socketUrl };
    case 'chat.postMessage': {
      const ts = context.nextTs();
      return { ok: true, channel: args.channel, ts, message: { ...args, ts, bot_id: BOT_ID } };
    }
    case 'chat.postEphemeral':
      return { ok: true, message_ts: context.nextTs() };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}
