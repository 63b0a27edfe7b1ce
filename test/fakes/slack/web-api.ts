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

/** A workspace member's flags as users.info reports them; unset ones are false. */
export interface FakeMember {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
  deleted?: boolean;
}

/** A users.info `user` object in Slack's shape (the fields Slack sends for a regular member). */
export function memberObject(id: string, member: FakeMember): Record<string, unknown> {
  const name = id.toLowerCase();
  return {
    id,
    team_id: TEAM_ID,
    name,
    deleted: false,
    color: '9f69e7',
    real_name: `Member ${id}`,
    tz: 'Europe/London',
    tz_label: 'Greenwich Mean Time',
    tz_offset: 0,
    profile: { real_name: `Member ${id}`, display_name: name, team: TEAM_ID },
    is_admin: false,
    is_owner: false,
    is_primary_owner: false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: false,
    is_app_user: false,
    updated: 1_700_000_000,
    ...member,
  };
}

export interface FakeWorkspace {
  socketUrl: string;
  nextTs: () => string;
  /** The members users.info knows; anyone else is user_not_found. */
  members: ReadonlyMap<string, FakeMember>;
  /** Methods made to fail with this Slack error code (e.g. users.info → missing_scope). */
  failures: ReadonlyMap<string, string>;
}

/** Slack's answer when the token lacks a scope the method needs. */
const NEEDED_SCOPE: Record<string, string> = { 'users.info': 'users:read' };

/** What the fake answers for each Web API method the bot calls. */
export function answerMethod(
  method: string,
  args: Record<string, unknown>,
  context: FakeWorkspace,
): Record<string, unknown> {
  const failure = context.failures.get(method);
  if (failure === 'missing_scope')
    return {
      ok: false,
      error: failure,
      needed: NEEDED_SCOPE[method] ?? 'unknown',
      provided: 'chat:write,commands',
    };
  if (failure) return { ok: false, error: failure };
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
    case 'users.info': {
      const id = String(args.user ?? '');
      const member = context.members.get(id);
      return member ? { ok: true, user: memberObject(id, member) } : { ok: false, error: 'user_not_found' };
    }
    default:
      return { ok: false, error: 'unknown_method' };
  }
}
