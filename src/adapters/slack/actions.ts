import { z } from 'zod';
import type { Invocation } from '../../command/run.js';
import type { Action } from '../../reply/model.js';
import { SLACK_LIMITS } from './limits.js';

/** Every Briefing button's action_id starts with this; the listener matches on it. */
export const ACTION_PREFIX = 'briefing:run';
export const ACTION_ID_PATTERN = /^briefing:run:\d+$/;

/**
 * The button's value carries the whole command to re-run (never a key into memory), so a button keeps
 * working after a restart. It comes back from Slack as outside input and is validated like any other.
 */
const buttonStateSchema = z.object({
  c: z.string().min(1).max(64),
  s: z.string().min(1).max(64).optional(),
  o: z.record(z.string().max(64), z.union([z.string().max(1000), z.number(), z.boolean()])),
});

export interface EncodedAction {
  action_id: string;
  value: string;
}

/** Undefined when the state does not fit in a button value. */
export function encodeAction(action: Action, index: number): EncodedAction | undefined {
  const state: z.infer<typeof buttonStateSchema> = { c: action.command, o: action.options };
  if (action.subcommand) state.s = action.subcommand;
  const value = JSON.stringify(state);
  if (value.length > SLACK_LIMITS.buttonValue) return undefined;
  return { action_id: `${ACTION_PREFIX}:${index}`, value };
}

export function decodeAction(value: unknown): Invocation | undefined {
  if (typeof value !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = buttonStateSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { c, s, o } = parsed.data;
  return { command: c, subcommand: s, options: { ...o } };
}
