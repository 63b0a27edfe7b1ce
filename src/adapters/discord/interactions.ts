import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { type AppDeps, baseContext } from '../../app.js';
import { complete } from '../../command/autocomplete.js';
import { findCommand } from '../../command/registry.js';
import { type Invocation, mayBeSlow, optionDefs, runInvocation } from '../../command/run.js';
import type { Logger } from '../../logger.js';
import { errorReply } from '../../reply/model.js';
import { decodeAction } from './custom-id.js';
import { invocationFromInteraction, requesterOf } from './invocation.js';
import { DISCORD_LIMITS } from './limits.js';
import { respond, safeError } from './respond.js';

export interface Handling {
  deps: AppDeps;
  logger: Logger;
  deferAfterMs: number;
}

/** Run the invocation and answer the interaction (a new reply, or an update of the button's message). */
function answer(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  invocation: Invocation,
  handling: Handling,
) {
  const context = baseContext(handling.deps, requesterOf(interaction));
  return respond(interaction, () => runInvocation(invocation, context), {
    slow: mayBeSlow(handling.deps, invocation),
    deferAfterMs: handling.deferAfterMs,
    logger: handling.logger,
    catalog: handling.deps.catalog,
  });
}

export function handleChatInput(interaction: ChatInputCommandInteraction, handling: Handling) {
  return answer(interaction, invocationFromInteraction(interaction), handling);
}

/** A button re-runs the command its custom id encodes and updates the message it sits on. */
export function handleButton(interaction: ButtonInteraction, handling: Handling) {
  const invocation = decodeAction(interaction.customId, handling.deps.catalog);
  if (invocation) return answer(interaction, invocation, handling);
  handling.logger.warn({ customId: interaction.customId }, 'discord: unknown button');
  return respond(
    interaction,
    async () => errorReply('This button no longer works.', 'Run the command again to get fresh buttons.'),
    { slow: false, deferAfterMs: handling.deferAfterMs, logger: handling.logger, catalog: [] },
  );
}

/** Suggestions for the focused option, from the library (at most 25, never an error to the user). */
export async function handleAutocomplete(interaction: AutocompleteInteraction, handling: Handling) {
  const { deps, logger } = handling;
  try {
    const invocation = invocationFromInteraction(interaction);
    const command = findCommand(deps.catalog, invocation.command);
    const focused = interaction.options.getFocused(true);
    const def = command && optionDefs(command, invocation.subcommand).find((d) => d.name === focused.name);
    const given = focused.name === 'article' ? undefined : invocation.options.article;
    const article = typeof given === 'string' ? given : undefined;
    const choices = def?.autocomplete
      ? complete(def.autocomplete, String(focused.value), deps.library, { article, catalog: deps.catalog })
      : [];
    await interaction.respond(
      choices
        .filter((c) => c.name && c.value)
        .slice(0, DISCORD_LIMITS.autocompleteChoices)
        .map((c) => ({
          name: c.name.slice(0, DISCORD_LIMITS.choiceName),
          value: c.value.slice(0, DISCORD_LIMITS.choiceName),
        })),
    );
  } catch (error) {
    logger.error({ err: safeError(error), command: interaction.commandName }, 'discord: autocomplete failed');
  }
}
