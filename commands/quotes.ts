import { articleOption, resolveArticle } from '../src/command/article-option.js';
import { quotesReply } from '../src/command/quotes-reply.js';
import { defineCommand } from '../src/command/types.js';

// Names are short; Discord's autocomplete values stop at 100 characters too.
const SPEAKER_MAX_LENGTH = 100;

export default defineCommand({
  name: 'quotes',
  description: "An article's quotes in order, with who said each",
  options: [
    articleOption,
    {
      name: 'speaker',
      description: 'Only the quotes of this person (surname or any name the article uses)',
      type: 'string',
      autocomplete: 'speaker',
      maxLength: SPEAKER_MAX_LENGTH,
    },
    {
      name: 'include',
      description: 'speech (default), or all to also list scare quotes and titles apart',
      type: 'string',
      choices: [
        { name: 'speech', value: 'speech' },
        { name: 'all', value: 'all' },
      ],
    },
    {
      name: 'group',
      description: 'Group the quotes by speaker instead of article order',
      type: 'boolean',
    },
    { name: 'page', description: 'Page of a long list', type: 'integer', minValue: 1, hidden: true },
  ],
  examples: ['/quotes', '/quotes speaker:Kerry', '/quotes include:all', '/quotes group:true'],
  run(ctx) {
    const found = resolveArticle(ctx);
    return found.ok ? quotesReply(found.entry, ctx.options) : found.reply;
  },
});
