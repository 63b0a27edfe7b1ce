import type { AppDeps } from '../../app.js';
import { chooseByLibrary } from '../../command/choose-free-text.js';
import { parseCommandText } from '../../command/parse-text.js';
import type { Invocation } from '../../command/run.js';
import { errorReply, type Reply } from '../../reply/model.js';
import { unescapeSlackText } from './escape.js';

export type TextInvocation = { ok: true; invocation: Invocation } | { ok: false; reply: Reply };

/**
 * What the user typed after "@Briefing": every user mention removed, Slack's escaping undone, and the
 * punctuation people put after a name ("@Briefing, who said ...", "@Briefing: help") dropped.
 */
export function mentionText(text: string): string {
  return unescapeSlackText(text.replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' '))
    .trim()
    .replace(/^[,:;.!-]+\s*/, '');
}

/**
 * Text from a mention, a direct message or /briefing, as a command invocation. Uses the shared forgiving
 * parser, with the library deciding whether bare words name an article or a speaker. Nothing typed = help.
 */
export function textToInvocation(text: string, deps: AppDeps): TextInvocation {
  const typed = text.trim();
  if (!typed) return { ok: true, invocation: { command: 'help', options: {} } };
  const parsed = parseCommandText(typed, deps.catalog, chooseByLibrary(deps.library));
  if (!parsed.ok)
    return { ok: false, reply: errorReply(parsed.message, 'Try "help" for the commands and examples.') };
  const { command, subcommand, options } = parsed.value;
  return { ok: true, invocation: { command: command.name, subcommand, options } };
}
