import { z } from 'zod';

/**
 * The fields of Slack's payloads that Briefing reads, validated: Bolt hands them over as Slack sent them,
 * and a malformed one must be logged and skipped, never crash a listener.
 */
const id = z.string().min(1).max(64);
/** Slack caps a message at 40,000 characters; a command never needs more than this. */
const typed = z.string().max(4000);

export const mentionSchema = z.object({
  user: id,
  text: typed,
  ts: id,
  channel: id,
  thread_ts: id.optional(),
});

export const directMessageSchema = z.object({
  user: id,
  text: typed.default(''),
  ts: id,
  channel: id,
  thread_ts: id.optional(),
});

export const slashCommandSchema = z.object({
  text: typed.default(''),
  user_id: id,
  channel_id: id,
});

export const buttonPressSchema = z.object({
  user: z.object({ id }),
  channel: z.object({ id }).optional(),
});

/**
 * users.info, as far as the channel-manager rule reads it. Slack leaves some flags out for some users
 * (bots, guests), so a missing flag is false.
 */
export const usersInfoSchema = z.object({
  ok: z.literal(true),
  user: z.object({
    id,
    deleted: z.boolean().default(false),
    is_admin: z.boolean().default(false),
    is_owner: z.boolean().default(false),
    is_primary_owner: z.boolean().default(false),
  }),
});

export type SlackMember = z.infer<typeof usersInfoSchema>['user'];

/** The parts of a failed Web API call worth logging; the request itself carries the token, so never it. */
export const apiErrorSchema = z.object({
  code: z.string().optional(),
  statusCode: z.number().optional(),
  data: z.object({ error: z.string().optional(), needed: z.string().optional() }).optional(),
});
