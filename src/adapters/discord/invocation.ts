import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Invocation } from '../../command/run.js';
import type { OptionValue, Requester } from '../../command/types.js';

/** A slash command interaction as a platform-neutral invocation (values validated later by the command). */
export function invocationFromInteraction(
  interaction: ChatInputCommandInteraction | AutocompleteInteraction,
): Invocation {
  const data = interaction.options.data;
  const sub = data.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of sub ? (sub.options ?? []) : data)
    if (option.value !== undefined && option.value !== null) options[option.name] = option.value;
  return { command: interaction.commandName, subcommand: sub?.name, options };
}

export function requesterOf(interaction: BaseInteraction): Requester {
  return {
    platform: 'discord',
    userId: interaction.user.id,
    channelId: interaction.channelId ?? undefined,
    guildId: interaction.guildId ?? undefined,
  };
}
