import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Command } from '../../command/types.js';
import type { Logger } from '../../logger.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { within } from '../within.js';
import { type DiscordMessage, renderReply } from './render.js';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

export interface RespondOptions {
  /** The command said it may be slow: defer at once. */
  slow: boolean;
  /** Defer when the run has not finished after this long (Discord allows 3 s for the first answer). */
  deferAfterMs: number;
  logger: Logger;
  /** For the buttons' custom ids. */
  catalog: readonly Command[];
}

const replyOptions = (m: DiscordMessage): InteractionReplyOptions & InteractionEditReplyOptions => ({
  embeds: m.embeds,
  components: m.components,
  allowedMentions: m.allowedMentions,
});
const withFlags = (m: DiscordMessage) => ({
  ...replyOptions(m),
  ...(m.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}),
});

/** Send the rendered messages: the first as the interaction's answer, the rest as follow-ups. */
async function send(
  interaction: Answerable,
  reply: Reply,
  deferred: boolean,
  catalog: readonly Command[],
): Promise<void> {
  const [first, ...rest] = renderReply(reply, catalog);
  if (!first) return;
  const isUpdate = interaction.isButton();
  if (first.ephemeral && (isUpdate || deferred)) {
    // An error must not replace the message a button sits on, nor show publicly after a public defer.
    if (deferred && !isUpdate) await interaction.deleteReply();
    if (deferred || interaction.replied) await interaction.followUp(withFlags(first));
    else await interaction.reply(withFlags(first));
  } else if (deferred) await interaction.editReply(replyOptions(first));
  else if (interaction.isButton()) await interaction.update(replyOptions(first));
  else await interaction.reply(withFlags(first));
  for (const message of rest) await interaction.followUp(withFlags(message));
}

/**
 * Answer an interaction within Discord's 3-second window: directly when the run is quick, otherwise
 * defer first (at once when the command says it may be slow) and edit the answer in when done.
 */
export async function respond(interaction: Answerable, run: () => Promise<Reply>, options: RespondOptions) {
  try {
    const work = run();
    const quick = options.slow ? ({ done: false } as const) : await within(work, options.deferAfterMs);
    if (quick.done) return await send(interaction, quick.value, false, options.catalog);
    if (interaction.isButton()) await interaction.deferUpdate();
    else await interaction.deferReply();
    await send(interaction, await work, true, options.catalog);
  } catch (error) {
    options.logger.error(
      {
        err: safeError(error),
        interaction: interaction.id,
        what: interaction.isButton() ? interaction.customId : interaction.commandName,
        guild: interaction.guildId,
        channel: interaction.channelId,
      },
      'discord: answering an interaction failed',
    );
    await showError(interaction, options.logger);
  }
}

async function showError(interaction: Answerable, logger: Logger): Promise<void> {
  const [message] = renderReply(
    errorReply(
      'Sorry, I could not send the answer to Discord.',
      'The problem has been logged; please try again.',
    ),
  );
  if (!message) return;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(withFlags(message));
    else await interaction.reply(withFlags(message));
  } catch (error) {
    logger.warn(
      { err: safeError(error), interaction: interaction.id },
      'discord: could not show the error either',
    );
  }
}

/**
 * An error fit for the logs: webhook and interaction URLs carry the interaction token, and the
 * request body is ours anyway, so keep only what helps.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError)
    return {
      name: error.name,
      message: error.message,
      status: error.status,
      code: error.code,
      method: error.method,
      url: redactUrl(error.url),
    };
  if (error instanceof Error)
    return { name: error.name, message: redactUrl(error.message), stack: redactUrl(error.stack ?? '') };
  return { message: String(error) };
}

export function redactUrl(text: string): string {
  return text.replace(/\/(webhooks\/\d+|interactions\/\d+)\/[^/?\s]+/g, '/$1/[token]');
}
