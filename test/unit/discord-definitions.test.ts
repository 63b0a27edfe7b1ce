import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { diffCommands } from '../../src/adapters/discord/registration.js';
import { loadCommands } from '../../src/command/registry.js';
import { type Command, defineCommand } from '../../src/command/types.js';

const summary = defineCommand({
  name: 'summary',
  description: "The article's summary",
  options: [
    { name: 'article', description: 'Which article', type: 'string', autocomplete: 'article' },
    {
      name: 'length',
      description: 'How long',
      type: 'string',
      autocomplete: 'article',
      choices: [
        { name: 'short', value: 'short' },
        { name: 'long', value: 'long' },
      ],
    },
    { name: 'phrase', description: 'Required comes first', type: 'string', required: true, maxLength: 200 },
    { name: 'page', description: 'Paging state', type: 'integer', hidden: true },
    { name: 'count', description: 'How many', type: 'integer', minValue: 1, maxValue: 10 },
  ],
  examples: [],
  run: () => ({ blocks: [] }),
});
const digest = defineCommand({
  name: 'digest',
  description: 'Digest management',
  options: [],
  subcommands: [
    {
      name: 'subscribe',
      description: 'Subscribe this channel',
      options: [
        { name: 'schedule', description: 'When', type: 'string', required: true },
        { name: 'timezone', description: 'Zone', type: 'string', autocomplete: 'timezone' },
      ],
    },
    { name: 'list', description: 'List subscriptions', options: [] },
  ],
  examples: [],
  run: () => ({ blocks: [] }),
});

describe('Discord command definitions', () => {
  const [digestDef, summaryDef] = commandDefinitions([digest, summary] as Command[]).sort((a, b) =>
    a.name.localeCompare(b.name),
  );

  it('maps options with types, choices, limits and autocomplete; hides hidden ones; required first', () => {
    expect(summaryDef?.options).toEqual([
      { type: 3, name: 'phrase', description: 'Required comes first', required: true, max_length: 200 },
      { type: 3, name: 'article', description: 'Which article', required: false, autocomplete: true },
      {
        type: 3,
        name: 'length',
        description: 'How long',
        required: false,
        choices: [
          { name: 'short', value: 'short' },
          { name: 'long', value: 'long' },
        ],
      },
      { type: 4, name: 'count', description: 'How many', required: false, min_value: 1, max_value: 10 },
    ]);
  });

  it('maps subcommands', () => {
    expect(digestDef?.options).toEqual([
      {
        type: 1,
        name: 'subscribe',
        description: 'Subscribe this channel',
        options: [
          { type: 3, name: 'schedule', description: 'When', required: true },
          { type: 3, name: 'timezone', description: 'Zone', required: false, autocomplete: true },
        ],
      },
      { type: 1, name: 'list', description: 'List subscriptions', options: [] },
    ]);
  });

  it('clips descriptions to 100 characters', () => {
    const [def] = commandDefinitions([{ ...summary, description: 'x'.repeat(300) }]);
    expect(def?.description).toHaveLength(100);
  });
});

describe('registration diff', () => {
  const local = commandDefinitions([digest, summary] as Command[]);
  // What Discord sends back: our fields plus ids, versions and defaults left out or spelled out.
  const asRegistered = local.map((c, i) => ({
    ...JSON.parse(JSON.stringify(c)),
    id: String(i),
    application_id: '1',
    version: '9',
    default_member_permissions: null,
    dm_permission: true,
    nsfw: false,
  }));

  it('sees registered commands as unchanged despite extra fields', () => {
    expect(diffCommands(local, asRegistered)).toEqual({
      added: [],
      changed: [],
      removed: [],
      unchanged: ['digest', 'summary'],
    });
  });

  it('reports added, changed and removed commands', () => {
    const remote = [
      { ...asRegistered[0], description: 'Old' },
      { id: '7', name: 'old-command', description: 'Gone', type: 1 },
    ];
    expect(diffCommands(local, remote)).toEqual({
      added: ['summary'],
      changed: ['digest'],
      removed: ['old-command'],
      unchanged: [],
    });
  });
});

describe('who may use a command', () => {
  it('offers /digest only to members who can manage channels, every other command to everyone', async () => {
    const definitions = commandDefinitions(await loadCommands());
    const permissions = Object.fromEntries(definitions.map((d) => [d.name, d.default_member_permissions]));
    expect(permissions.digest).toBe('16'); // MANAGE_CHANNELS
    for (const [name, value] of Object.entries(permissions))
      if (name !== 'digest') expect(value).toBeUndefined();
  });

  it('re-registers a command whose permissions differ from what Discord has', async () => {
    const local = commandDefinitions((await loadCommands()).filter((c) => c.name === 'digest'));
    const registered = local.map((c) => ({
      ...JSON.parse(JSON.stringify(c)),
      default_member_permissions: null,
    }));
    expect(diffCommands(local, registered).changed).toEqual(['digest']);
  });
});

describe('the real catalogue, as Discord would check it', () => {
  const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
  type Option = {
    name: string;
    description: string;
    required?: boolean;
    choices?: unknown[];
    options?: Option[];
  };
  const checkOptions = (options: Option[] = []) => {
    expect(options.length).toBeLessThanOrEqual(25);
    let optionalSeen = false;
    for (const o of options) {
      expect(o.name).toMatch(NAME);
      expect(o.name).toBe(o.name.toLowerCase());
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect(o.choices?.length ?? 0).toBeLessThanOrEqual(25);
      if (o.required) expect(optionalSeen).toBe(false);
      else optionalSeen = true;
      checkOptions(o.options);
    }
  };

  it('has valid names, descriptions, option order and counts for every command', async () => {
    const definitions = commandDefinitions(await loadCommands());
    expect(definitions.length).toBeGreaterThan(0);
    for (const def of definitions) {
      expect(def.name).toMatch(NAME);
      expect(def.description?.length).toBeGreaterThan(0);
      expect(def.description?.length).toBeLessThanOrEqual(100);
      checkOptions(def.options as Option[]);
      // Discord caps a command's names, descriptions and choices at 8,000 characters together.
      expect(JSON.stringify(def).length).toBeLessThan(8000);
    }
  });
});
