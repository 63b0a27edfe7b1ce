import type { Library } from '../articles/library.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../reply/model.js';
import type { Services } from '../services.js';

export type OptionType = 'string' | 'integer' | 'boolean';
export type OptionValue = string | number | boolean;

/** Where an option's autocomplete suggestions come from. */
export type AutocompleteSource = 'article' | 'speaker' | 'phrase' | 'command' | 'timezone';

export interface OptionDef {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  choices?: ReadonlyArray<{ name: string; value: string | number }>;
  autocomplete?: AutocompleteSource;
  /** Used by buttons (e.g. paging) but not offered to users on any platform. */
  hidden?: boolean;
  /** Limits validated before the command runs. */
  minValue?: number;
  maxValue?: number;
  maxLength?: number;
  /**
   * For text platforms (terminal, Slack mentions) where option names may be left out: a bare word that
   * matches this pattern is taken as this option's value (e.g. an IANA time zone).
   */
  pattern?: RegExp;
}

export interface SubcommandDef {
  name: string;
  description: string;
  options: readonly OptionDef[];
  /**
   * Only reads the channel's state (e.g. `digest list`), so on platforms that check per subcommand it stays
   * open to everyone even when the command manages the channel. Subcommands change state unless marked.
   */
  readOnly?: boolean;
}

/** Who asked, and where: adapters fill this in. */
export interface Requester {
  platform: 'terminal' | 'discord' | 'slack' | 'cli';
  userId?: string;
  /** Platform channel id; with platform it identifies a digest destination. */
  channelId?: string;
  guildId?: string;
}

export interface CommandContext {
  /** Options after validation against the definition (hidden options included). */
  options: Readonly<Record<string, OptionValue | undefined>>;
  subcommand?: string;
  library: Library;
  /** Every command the bot has (for /help and suggestions). */
  catalog: readonly Command[];
  requester: Requester;
  services: Services;
  clock: Clock;
  logger: Logger;
}

/**
 * A user command: one file in commands/, platform-neutral. Adapters turn their input into a
 * CommandContext and render the Reply.
 */
export interface Command {
  name: string;
  description: string;
  options: readonly OptionDef[];
  subcommands?: readonly SubcommandDef[];
  /** Typed examples for /help, e.g. "/who-said phrase:durable solution". */
  examples: readonly string[];
  /**
   * The command changes what a channel receives (digest subscriptions): platforms that can restrict
   * commands offer it only to members who may manage the channel.
   */
  managesChannel?: boolean;
  /** True when a run may take longer than a platform's acknowledgement window (adapters defer first). */
  mayBeSlow?: (ctx: Pick<CommandContext, 'options' | 'subcommand' | 'services'>) => boolean;
  run(ctx: CommandContext): Promise<Reply> | Reply;
}

export function defineCommand(command: Command): Command {
  return command;
}
