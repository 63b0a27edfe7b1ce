import { errorReply, type Reply } from '../reply/model.js';
import { findCommand } from './registry.js';
import type { Command, CommandContext, OptionDef, OptionValue } from './types.js';

export interface Invocation {
  command: string;
  subcommand?: string;
  /** Raw option values: strings from text-based platforms, typed values from Discord. */
  options: Record<string, OptionValue | undefined>;
}

export type BaseContext = Omit<CommandContext, 'options' | 'subcommand'>;

export class OptionError extends Error {}

/**
 * Free text is capped even when a definition forgets to say so: unbounded input only costs time and
 * memory (fuzzy matching is quadratic in the length of a word).
 */
export const DEFAULT_MAX_LENGTH = 500;

/** Options of a command, or of its subcommand. */
export function optionDefs(command: Command, subcommand?: string): readonly OptionDef[] {
  if (!command.subcommands?.length) return command.options;
  return command.subcommands.find((s) => s.name === subcommand)?.options ?? [];
}

function coerce(def: OptionDef, value: OptionValue): OptionValue {
  if (def.type === 'integer') {
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isInteger(n))
      throw new OptionError(`Option "${def.name}" must be a whole number (got "${value}").`);
    if (def.minValue !== undefined && n < def.minValue)
      throw new OptionError(`Option "${def.name}" must be at least ${def.minValue}.`);
    if (def.maxValue !== undefined && n > def.maxValue)
      throw new OptionError(`Option "${def.name}" must be at most ${def.maxValue}.`);
    return n;
  }
  if (def.type === 'boolean') {
    if (typeof value === 'boolean') return value;
    const v = String(value).trim().toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(v)) return true;
    if (['false', 'no', 'off', '0'].includes(v)) return false;
    throw new OptionError(`Option "${def.name}" must be true or false (got "${value}").`);
  }
  const s = String(value).trim();
  const maxLength = def.maxLength ?? DEFAULT_MAX_LENGTH;
  if (s.length > maxLength)
    throw new OptionError(
      `Option "${def.name}" is too long (at most ${maxLength} characters, got ${s.length}).`,
    );
  if (def.choices?.length) {
    const match = def.choices.find(
      (c) => String(c.value).toLowerCase() === s.toLowerCase() || c.name.toLowerCase() === s.toLowerCase(),
    );
    if (!match)
      throw new OptionError(
        `Option "${def.name}" must be one of: ${def.choices.map((c) => c.value).join(', ')} (got "${s}").`,
      );
    return match.value;
  }
  return s;
}

/** The answer to an option name the command does not have: the names it does have. */
export function unknownOptionMessage(command: Command, name: string, defs: readonly OptionDef[]): string {
  const known = defs.filter((d) => !d.hidden).map((d) => d.name);
  return `/${command.name} has no option "${name}".${known.length ? ` Options: ${known.join(', ')}.` : ' It takes no options.'}`;
}

/** Check raw options against the definition: names, types, choices, required ones. */
export function validateOptions(
  command: Command,
  invocation: Pick<Invocation, 'subcommand' | 'options'>,
): Record<string, OptionValue | undefined> {
  if (command.subcommands?.length) {
    const names = command.subcommands.map((s) => s.name);
    if (!invocation.subcommand) throw new OptionError(`/${command.name} needs one of: ${names.join(', ')}.`);
    if (!names.includes(invocation.subcommand))
      throw new OptionError(
        `/${command.name} has no "${invocation.subcommand}"; expected one of: ${names.join(', ')}.`,
      );
  }
  const defs = optionDefs(command, invocation.subcommand);
  const result: Record<string, OptionValue | undefined> = {};
  for (const [name, value] of Object.entries(invocation.options)) {
    if (value === undefined || value === '') continue;
    const def = defs.find((d) => d.name === name);
    if (!def) throw new OptionError(unknownOptionMessage(command, name, defs));
    result[name] = coerce(def, value);
  }
  for (const def of defs) {
    if (def.required && result[def.name] === undefined)
      throw new OptionError(`/${command.name} needs the option "${def.name}": ${def.description}`);
  }
  return result;
}

/**
 * Run a command by name with raw options. Never throws: unknown commands, bad options and failures
 * inside a command all become a helpful error Reply (and failures are logged with context).
 */
export async function runInvocation(invocation: Invocation, base: BaseContext): Promise<Reply> {
  const command = findCommand(base.catalog, invocation.command);
  if (!command) {
    const names = base.catalog.map((c) => `/${c.name}`).join(', ');
    return errorReply(`There is no command "${invocation.command}".`, `Commands: ${names}. Try /help.`);
  }
  let options: Record<string, OptionValue | undefined>;
  try {
    options = validateOptions(command, invocation);
  } catch (error) {
    if (error instanceof OptionError)
      return errorReply(error.message, `Try /help ${command.name} for examples.`);
    throw error;
  }
  try {
    return await command.run({ ...base, options, subcommand: invocation.subcommand });
  } catch (error) {
    base.logger.error({ err: error, command: command.name, requester: base.requester }, 'command failed');
    return errorReply(
      `Something went wrong while running /${command.name}.`,
      'The error has been logged. Please try again.',
    );
  }
}

/** Whether the command says this run may outlast a platform's acknowledgement window (adapters defer first). */
export function mayBeSlow(base: Pick<BaseContext, 'catalog' | 'services'>, invocation: Invocation): boolean {
  const command = findCommand(base.catalog, invocation.command);
  if (!command?.mayBeSlow) return false;
  try {
    const options = validateOptions(command, invocation);
    return command.mayBeSlow({ options, subcommand: invocation.subcommand, services: base.services });
  } catch {
    return false; // bad options: the run answers at once with the error
  }
}
