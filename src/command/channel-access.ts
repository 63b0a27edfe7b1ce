import type { Command } from './types.js';

/**
 * Whether running `command` with `subcommand` changes what a channel receives (subscribes it to digests,
 * stops them, posts one now): a command that manages the channel, unless the subcommand only reads.
 * A missing or unknown subcommand changes nothing: the run only reports the mistake.
 */
export function changesChannel(command: Command, subcommand: string | undefined): boolean {
  if (!command.managesChannel) return false;
  if (!command.subcommands?.length) return true;
  const sub = command.subcommands.find((s) => s.name === subcommand);
  return sub !== undefined && !sub.readOnly;
}
