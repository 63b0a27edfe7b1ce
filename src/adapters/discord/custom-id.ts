import { z } from 'zod';
import { type Invocation, optionDefs } from '../../command/run.js';
import type { Command } from '../../command/types.js';
import type { Action } from '../../reply/model.js';
import { DISCORD_LIMITS } from './limits.js';

/**
 * A button's whole state lives in its custom id, so a click re-runs the command after a restart with
 * nothing kept in memory. Discord allows 100 characters and article ids are long slugs, so option values
 * go by position in the command's definition (`r:quotes:<article>:<speaker>::::2`), not by name.
 * Values travel as strings; the command's definitions coerce them back (integers, booleans) on a click.
 */
const NAME = '[a-z0-9_-]{1,32}';
const CUSTOM_ID = new RegExp(`^r:(${NAME})(?:/(${NAME}))?((?::[^:]*)*)$`);
const customIdSchema = z.string().max(DISCORD_LIMITS.customId).regex(CUSTOM_ID);

const escapeValue = (value: string) => value.replace(/%/g, '%25').replace(/:/g, '%3A');
const unescapeValue = (value: string) => value.replace(/%3A/gi, ':').replace(/%25/g, '%');

function commandFor(catalog: readonly Command[], name: string, subcommand?: string): Command | undefined {
  const command = catalog.find((c) => c.name === name);
  if (!command) return undefined;
  const subs = command.subcommands ?? [];
  if (subs.length ? !subs.some((s) => s.name === subcommand) : subcommand !== undefined) return undefined;
  return command;
}

/** The custom id for an action; undefined when the command is unknown or the state does not fit. */
export function encodeAction(action: Action, catalog: readonly Command[]): string | undefined {
  const command = commandFor(catalog, action.command, action.subcommand);
  if (!command) return undefined;
  const defs = optionDefs(command, action.subcommand);
  if (Object.keys(action.options).some((name) => !defs.some((d) => d.name === name))) return undefined;
  const values = defs.map((d) => {
    const value = action.options[d.name];
    return value === undefined ? '' : escapeValue(String(value));
  });
  while (values.at(-1) === '') values.pop();
  const head = `r:${action.command}${action.subcommand ? `/${action.subcommand}` : ''}`;
  const id = [head, ...values].join(':');
  return customIdSchema.safeParse(id).success ? id : undefined;
}

/** The invocation a button stands for, or undefined for a custom id that is not ours or is malformed. */
export function decodeAction(customId: string, catalog: readonly Command[]): Invocation | undefined {
  const parsed = customIdSchema.safeParse(customId);
  if (!parsed.success) return undefined;
  const [, name = '', subcommand, rest = ''] = CUSTOM_ID.exec(parsed.data) ?? [];
  const command = commandFor(catalog, name, subcommand);
  if (!command) return undefined;
  const defs = optionDefs(command, subcommand);
  const values = rest ? rest.slice(1).split(':') : [];
  if (values.length > defs.length) return undefined;
  const options: Record<string, string> = {};
  values.forEach((value, i) => {
    const def = defs[i];
    if (def && value !== '') options[def.name] = unescapeValue(value);
  });
  return { command: name, subcommand, options };
}
