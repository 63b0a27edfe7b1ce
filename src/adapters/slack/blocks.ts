/**
 * The subset of Block Kit that Briefing sends. Structurally compatible with Bolt's KnownBlock, kept here
 * so the renderer stays a pure function with no SDK in its tests.
 */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not auto-link URLs, channel names or mentions in it. */
  verbatim: true;
}

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text?: MrkdwnText;
  fields?: MrkdwnText[];
}

export interface ContextBlock {
  type: 'context';
  elements: MrkdwnText[];
}

export interface DividerBlock {
  type: 'divider';
}

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
}

export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}

export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** One chat message: blocks plus the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function plain(text: string): PlainText {
  return { type: 'plain_text', text, emoji: true };
}
