import { describe, expect, it } from 'vitest';
import { formatCommandText, formatOption } from '../../src/command/format-text.js';
import { parseCommandText, splitWords } from '../../src/command/parse-text.js';
import { type Command, defineCommand, type OptionDef } from '../../src/command/types.js';

const reply = () => ({ blocks: [] });
const catalog: Command[] = [
  defineCommand({
    name: 'who-said',
    description: 'd',
    examples: [],
    options: [
      { name: 'phrase', description: 'p', type: 'string', required: true },
      { name: 'article', description: 'a', type: 'string' },
    ],
    run: reply,
  }),
  defineCommand({
    name: 'summary',
    description: 'd',
    examples: [],
    options: [
      { name: 'article', description: 'a', type: 'string' },
      {
        name: 'length',
        description: 'l',
        type: 'string',
        choices: ['short', 'medium', 'long'].map((v) => ({ name: v, value: v })),
      },
      {
        name: 'style',
        description: 's',
        type: 'string',
        choices: ['paragraph', 'bullets'].map((v) => ({ name: v, value: v })),
      },
    ],
    run: reply,
  }),
  defineCommand({
    name: 'quotes',
    description: 'd',
    examples: [],
    options: [
      { name: 'article', description: 'a', type: 'string' },
      { name: 'speaker', description: 's', type: 'string' },
      { name: 'page', description: 'p', type: 'integer', hidden: true },
    ],
    run: reply,
  }),
  defineCommand({
    name: 'digest',
    description: 'd',
    examples: [],
    options: [],
    subcommands: [
      {
        name: 'subscribe',
        description: 's',
        options: [
          { name: 'schedule', description: 's', type: 'string', required: true },
          {
            name: 'timezone',
            description: 't',
            type: 'string',
            pattern: /^(UTC|[A-Z][A-Za-z_]+\/[A-Za-z_/]+)$/,
          },
        ],
      },
      { name: 'list', description: 'l', options: [] },
    ],
    run: reply,
  }),
];

function parse(text: string, chooser?: Parameters<typeof parseCommandText>[2]) {
  const r = parseCommandText(text, catalog, chooser);
  if (!r.ok) throw new Error(r.message);
  return { name: r.value.command.name, sub: r.value.subcommand, options: r.value.options };
}

describe('splitWords', () => {
  it('keeps straight, curly and name-prefixed quotes together', () => {
    expect(splitWords('a "b c" \u201cd e\u201d phrase:"f g" x')).toEqual([
      'a',
      'b c',
      'd e',
      'phrase:f g',
      'x',
    ]);
  });
  it('keeps apostrophes inside words', () => {
    expect(splitWords("who-said don't know")).toEqual(['who-said', "don't", 'know']);
  });
});

describe('parseCommandText', () => {
  it('reads a slash command with free text for the required option', () => {
    expect(parse('/who-said durable solution')).toEqual({
      name: 'who-said',
      sub: undefined,
      options: { phrase: 'durable solution' },
    });
  });
  it('reads "who said" written as two words, and named options', () => {
    expect(parse('who said phrase:"save lives" article=seed').options).toEqual({
      phrase: 'save lives',
      article: 'seed',
    });
  });
  it('maps bare words onto options by their choices', () => {
    expect(parse('summary bullets short').options).toEqual({ style: 'bullets', length: 'short' });
  });
  it('asks the chooser when free text could be several options', () => {
    expect(parse('quotes Kerry', (_w, c) => c.find((d) => d.name === 'speaker')).options).toEqual({
      speaker: 'Kerry',
    });
    expect(parse('quotes us weighs').options).toEqual({ article: 'us weighs' });
  });
  it('reads subcommands and pattern-matched options', () => {
    expect(parse('digest subscribe daily 08:00 Europe/London')).toEqual({
      name: 'digest',
      sub: 'subscribe',
      options: { schedule: 'daily 08:00', timezone: 'Europe/London' },
    });
  });
  it('takes a time-zone name for an option that autocompletes time zones', () => {
    // The digest above, with its time-zone option autocompleted instead of pattern-matched.
    const zoned = catalog.map((c) => ({
      ...c,
      subcommands: c.subcommands?.map((sub) => ({
        ...sub,
        options: sub.options.map(({ pattern: _pattern, ...o }) =>
          o.name === 'timezone' ? { ...o, autocomplete: 'timezone' as const } : o,
        ),
      })),
    }));
    const options = (text: string) => {
      const r = parseCommandText(text, zoned);
      return r.ok ? r.value.options : r.message;
    };
    expect(options('digest subscribe daily 08:00 America/New_York')).toEqual({
      schedule: 'daily 08:00',
      timezone: 'America/New_York',
    });
    expect(options('digest subscribe weekdays 7:30 UTC')).toEqual({
      schedule: 'weekdays 7:30',
      timezone: 'UTC',
    });
    // Not a zone the runtime knows: it stays part of the schedule (and the command explains what is wrong).
    expect(options('digest subscribe daily 08:00 Mars/Olympus')).toEqual({
      schedule: 'daily 08:00 Mars/Olympus',
    });
  });

  it('accepts --name value', () => {
    expect(parse('summary --length long').options).toEqual({ length: 'long' });
  });
  it('explains unknown commands and subcommands', () => {
    const r = parseCommandText('frobnicate', catalog);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Commands: who-said, summary, quotes, digest');
    const s = parseCommandText('digest explode', catalog);
    expect(!s.ok && s.message).toContain('Expected one of: subscribe, list');
  });
  it('refuses free text for a command that takes none', () => {
    const r = parseCommandText('digest list now please', catalog);
    expect(!r.ok && r.message).toContain('takes no options');
  });

  it('continues an unquoted name:value for a free-text option over the bare words after it', () => {
    expect(parse('/who-said phrase:durable solution').options).toEqual({ phrase: 'durable solution' });
    expect(parse('who-said phrase:save lives article:us-weighs').options).toEqual({
      phrase: 'save lives',
      article: 'us-weighs',
    });
    expect(parse('who-said --phrase save lives').options).toEqual({ phrase: 'save lives' });
    expect(parse('digest subscribe schedule:daily 08:00').options).toEqual({ schedule: 'daily 08:00' });
    expect(parse('quotes speaker:John Kerry article:us-weighs').options).toEqual({
      speaker: 'John Kerry',
      article: 'us-weighs',
    });
  });
  it('leaves a bare word that can only be another unfilled option for that option', () => {
    expect(parse('digest subscribe schedule:daily 08:00 Europe/London').options).toEqual({
      schedule: 'daily 08:00',
      timezone: 'Europe/London',
    });
    expect(parse('summary length:short bullets').options).toEqual({ length: 'short', style: 'bullets' });
    expect(parse('summary article:us weighs bullets').options).toEqual({
      article: 'us weighs',
      style: 'bullets',
    });
    // Once style is named, "bullets" is just part of the article text.
    expect(parse('summary article:us bullets style:paragraph').options).toEqual({
      article: 'us bullets',
      style: 'paragraph',
    });
  });
  it('ends a quoted value at its closing quote', () => {
    expect(parse('who-said phrase:"save lives" us-weighs').options).toEqual({
      phrase: 'save lives',
      article: 'us-weighs',
    });
  });
});

describe('words left over after an article id, unknown and repeated options', () => {
  // A library that holds two articles; everything else is left to the parser's defaults.
  const ids = new Set(['council-budget', 'us-weighs']);
  const chooser = Object.assign(
    (_words: string, candidates: readonly OptionDef[]) => candidates.find((d) => d.name === 'speaker'),
    { isArticleId: (word: string) => ids.has(word) },
  );
  const failure = (text: string) => {
    const r = parseCommandText(text, catalog, chooser);
    return r.ok ? JSON.stringify(r.value.options) : r.message;
  };

  it('sends a bare word after an article id to the speaker', () => {
    expect(parse('quotes council-budget Becker', chooser).options).toEqual({
      article: 'council-budget',
      speaker: 'Becker',
    });
    expect(parse('/quotes article:council-budget Becker', chooser).options).toEqual({
      article: 'council-budget',
      speaker: 'Becker',
    });
    expect(parse('/quotes article:council-budget John Becker', chooser).options).toEqual({
      article: 'council-budget',
      speaker: 'John Becker',
    });
    // Title words that are not an id still run on as the article.
    expect(parse('/quotes article:council budget', chooser).options).toEqual({ article: 'council budget' });
    expect(parse('summary article:us weighs bullets', chooser).options).toEqual({
      article: 'us weighs',
      style: 'bullets',
    });
  });

  it('gives the words after a named article to a required free-text option', () => {
    expect(parse('/who-said article:us-weighs save lives', chooser).options).toEqual({
      article: 'us-weighs',
      phrase: 'save lives',
    });
    expect(parse('/who-said article:us-weighs save lives').options).toEqual({
      article: 'us-weighs',
      phrase: 'save lives',
    });
    // The bare form keeps every word in the phrase: an id-like word may be part of a quote.
    expect(parse('/who-said us-weighs save lives', chooser).options).toEqual({
      phrase: 'us-weighs save lives',
    });
  });

  it('names the valid options when given an unknown one', () => {
    expect(failure('/quotes bogus:1')).toBe('/quotes has no option "bogus". Options: article, speaker.');
    expect(failure('summary colour=red')).toContain('has no option "colour"');
    // Times, URLs and quoted text are not option names.
    expect(parse('digest subscribe daily 08:00').options).toEqual({ schedule: 'daily 08:00' });
    expect(parse('who-said see https://example.com/a').options).toEqual({
      phrase: 'see https://example.com/a',
    });
    expect(parse('who-said "note:this"').options).toEqual({ phrase: 'note:this' });
  });

  it('refuses an option given twice', () => {
    expect(failure('/summary length:short length:long')).toBe(
      '/summary got the option "length" twice (short, long); give it once.',
    );
    expect(failure('quotes speaker:Kerry --speaker Key')).toContain('"speaker" twice');
  });
});

describe('formatCommandText', () => {
  it('quotes values only when they need it', () => {
    expect(formatOption('speaker', 'Kerry')).toBe('speaker:Kerry');
    expect(formatOption('speaker', 'John Kerry')).toBe('speaker:"John Kerry"');
    expect(formatOption('phrase', 'he said "no"')).toBe('phrase:\'he said "no"\'');
    expect(formatOption('phrase', '')).toBe('phrase:""');
  });
  it('round-trips through the parser', () => {
    const cases: [string, Record<string, string>, string?][] = [
      ['quotes', { speaker: 'John Kerry', article: 'us-weighs' }],
      ['who-said', { phrase: 'save lives', article: 'us weighs in' }],
      ['who-said', { phrase: 'don\'t "stop" now', article: 'bullets short' }],
      ['summary', { article: 'seed article', length: 'short', style: 'bullets' }],
      ['digest', { schedule: 'daily 08:00', timezone: 'Europe/London' }, 'subscribe'],
    ];
    for (const [command, options, sub] of cases) {
      expect(parse(formatCommandText(command, options, sub))).toEqual({ name: command, sub, options });
    }
  });
});
