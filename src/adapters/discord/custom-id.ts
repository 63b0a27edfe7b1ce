import { z } from 'zod';
import type { Invocation } from '../../command/run.js';
import type { Action } from '../../reply/model.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * A button's whole state lives in its custom id (`run:command/subcommand?option=value&...`), so a click
 * re-runs the command after a restart with nothing kept in memory. Values travel as strings; the
 * command's option definitions coerce them back (integers, booleans) when the click is handled.
 */
const NAME = '[a-z0-9_-]{1,32}';
const CUSTOM_ID = new RegExp(`^run:(${NAME})(?:/(${NAME}))?(?:\\?(.*))?$`);

const customIdSchema = z.string().max(DISCORD_LIMITS.customId).regex(CUSTOM_ID);
const optionsSchema = z.record(
  z.string().regex(new RegExp(`^${NAME}$`)),
  z.string().max(DISCORD_LIMITS.customId),
);

/** The custom id for an action, or undefined when its state does not fit in Discord's 100 characters. */
export function encodeAction(action: Action): string | undefined {
  const query = new URLSearchParams(
    Object.entries(action.options).map(([name, value]): [string, string] => [name, String(value)]),
  ).toString();
  const sub = action.subcommand ? `/${action.subcommand}` : '';
  const id = `run:${action.command}${sub}${query ? `?${query}` : ''}`;
  return customIdSchema.safeParse(id).success ? id : undefined;
}

/** The invocation a button stands for, or undefined for a custom id that is not ours or is malformed. */
export function decodeAction(customId: string): Invocation | undefined {
  const parsed = customIdSchema.safeParse(customId);
  if (!parsed.success) return undefined;
  const [, command, subcommand, query] = CUSTOM_ID.exec(parsed.data) ?? [];
  if (!command) return undefined;
  const options = optionsSchema.safeParse(Object.fromEntries(new URLSearchParams(query ?? '')));
  if (!options.success) return undefined;
  return { command, subcommand, options: options.data };
}
