import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, unescapeSlackText } from '../../../src/adapters/slack/escape.js';
import { mentionText, textToInvocation } from '../../../src/adapters/slack/text-command.js';
import { chooseByLibrary } from '../../../src/command/choose-free-text.js';
import { parseCommandText } from '../../../src/command/parse-text.js';
import { defineCommand } from '../../../src/command/types.js';
import { articleFile, slackDeps } from '../../helpers/slack.js';

const quotes = defineCommand({
  name: 'quotes',
  description: 'd',
  examples: [],
  options: [
    { name: 'article', description: 'a', type: 'string', autocomplete: 'article' },
    { name: 'speaker', description: 's', type: 'string', autocomplete: 'speaker' },
  ],
  run: () => ({ blocks: [] }),
});

describe('Slack text commands', () => {
  it('strips the bot mention and undoes Slack escaping', () => {
    expect(mentionText('<@U0BOT> who said &lt;durable&gt; &amp; solution')).toBe(
      'who said <durable> & solution',
    );
    expect(mentionText('<@W0BOT|briefing>   help')).toBe('help');
    expect(mentionText('<@U0BOT>, who said it')).toBe('who said it');
    expect(mentionText('<@U0BOT>: help')).toBe('help');
    expect(unescapeSlackText('see <https://a.example/x|the story> and <https://b.example>')).toBe(
      'see the story and https://b.example',
    );
    expect(unescapeSlackText(escapeMrkdwn('a < b & c > d'))).toBe('a < b & c > d');
  });

  it('maps a mention onto a command invocation, help when empty', async () => {
    const deps = await slackDeps({});
    expect(textToInvocation('', deps)).toEqual({ ok: true, invocation: { command: 'help', options: {} } });
    expect(textToInvocation('/help who-said', deps)).toEqual({
      ok: true,
      invocation: { command: 'help', options: { command: 'who-said' } },
    });
    const bad = textToInvocation('frobnicate now', deps);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reply.ephemeral).toBe(true);
  });

  it('lets the library decide whether bare words are an article or a speaker', async () => {
    const deps = await slackDeps(
      {},
      { articles: [articleFile('harbour-plan.md', '---\ntitle: Council backs harbour plan\n---\nText.')] },
    );
    const entry = deps.library.get('harbour-plan')!;
    entry.analysis.people.push({ name: 'Derek Hale', aliases: ['Hale'], gender: 'male', mentions: [] });
    const choose = chooseByLibrary(deps.library);
    const parse = (text: string) => {
      const r = parseCommandText(text, [quotes], choose);
      return r.ok ? r.value.options : r.message;
    };
    expect(parse('quotes Hale')).toEqual({ speaker: 'Hale' });
    expect(parse('quotes derek hale')).toEqual({ speaker: 'derek hale' });
    expect(parse('quotes harbour plan')).toEqual({ article: 'harbour plan' });
    expect(parse('quotes harbour-plan')).toEqual({ article: 'harbour-plan' });
  });
});
