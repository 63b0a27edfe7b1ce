import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, OptionDef, OptionType } from '../../command/types.js';
import { clipText as clip } from '../../reply/clip.js';
import { DISCORD_LIMITS as L } from './limits.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

const OPTION_TYPES: Record<OptionType, ApplicationCommandOptionType> = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
};

function optionDefinition(def: OptionDef): APIApplicationCommandBasicOption {
  const base = {
    name: def.name,
    description: clip(def.description, L.optionDescription),
    required: def.required ?? false,
  };
  if (def.type === 'boolean') return { ...base, type: ApplicationCommandOptionType.Boolean };
  // Discord allows choices or autocomplete, not both: fixed choices win.
  const choices = def.choices?.length
    ? def.choices.map((c) => ({ name: clip(c.name, L.choiceName), value: c.value }))
    : undefined;
  const autocomplete = !choices && def.autocomplete !== undefined;
  if (def.type === 'integer')
    return {
      ...base,
      type: ApplicationCommandOptionType.Integer,
      ...(choices ? { choices: choices.map((c) => ({ ...c, value: Number(c.value) })) } : {}),
      ...(autocomplete ? { autocomplete: true } : {}),
      ...(def.minValue !== undefined ? { min_value: def.minValue } : {}),
      ...(def.maxValue !== undefined ? { max_value: def.maxValue } : {}),
    } as APIApplicationCommandBasicOption;
  return {
    ...base,
    type: OPTION_TYPES[def.type] as ApplicationCommandOptionType.String,
    ...(choices ? { choices: choices.map((c) => ({ ...c, value: String(c.value) })) } : {}),
    ...(autocomplete ? { autocomplete: true } : {}),
    ...(def.maxLength !== undefined ? { max_length: def.maxLength } : {}),
  } as APIApplicationCommandBasicOption;
}

/** Visible options, required first (Discord rejects a required option after an optional one). */
function optionDefinitions(defs: readonly OptionDef[]): APIApplicationCommandBasicOption[] {
  const visible = defs.filter((d) => !d.hidden);
  return [...visible.filter((d) => d.required), ...visible.filter((d) => !d.required)].map(optionDefinition);
}

/**
 * The slash command definitions for the catalogue. The one source for registration AND for reading
 * interactions: nothing about a command is written twice.
 */
export function commandDefinitions(catalog: readonly Command[]): CommandDefinition[] {
  return catalog.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: clip(command.description, L.commandDescription),
    // A command that changes what a channel receives is for members who may manage the channel; server
    // admins can widen this per command in Discord's Integrations settings.
    ...(command.managesChannel
      ? { default_member_permissions: PermissionFlagsBits.ManageChannels.toString() }
      : {}),
    options: command.subcommands?.length
      ? command.subcommands.map(
          (sub): APIApplicationCommandSubcommandOption => ({
            type: ApplicationCommandOptionType.Subcommand,
            name: sub.name,
            description: clip(sub.description, L.optionDescription),
            options: optionDefinitions(sub.options),
          }),
        )
      : optionDefinitions(command.options),
  }));
}
