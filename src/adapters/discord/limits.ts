/**
 * Every Discord message limit the renderer reads, in one table (after the Vercel Chat SDK's limits.ts).
 * Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Sum of title, description, field names and values, footer and author name across all embeds. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  commandDescription: 100,
  optionDescription: 100,
  choiceName: 100,
} as const;

/** Embed colours by reply tone (Discord's brand palette). */
export const TONE_COLOURS = {
  info: 0x5865f2,
  success: 0x57f287,
  warning: 0xfee75c,
  error: 0xed4245,
} as const;
