/**
 * Every Slack limit the renderer respects, in one table (after the Vercel Chat SDK's blocks/limits.ts).
 * Source: Slack's Block Kit reference and chat.postMessage documentation.
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** Characters in a section's text. */
  sectionText: 3000,
  /** Characters in a header's plain_text. */
  headerText: 150,
  /** Fields in one section, and characters in each. */
  fieldsPerSection: 10,
  fieldText: 2000,
  /** Elements in one context block, and characters in each text element. */
  contextElements: 10,
  contextText: 3000,
  /** Buttons in one actions block; characters in a button's label, value and action_id. */
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /**
   * The top-level `text` is truncated by Slack at 40,000 characters; with blocks it is only the
   * notification fallback, so we keep it much shorter.
   */
  fallbackText: 3000,
  /** Messages a response_url accepts (Slack: 5 within 30 minutes). */
  responsesPerUrl: 5,
} as const;
