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
