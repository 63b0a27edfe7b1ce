import { findCommand } from '../src/command/registry.js';
import { defineCommand } from '../src/command/types.js';
import type { Block } from '../src/reply/model.js';

export default defineCommand({
  name: 'help',
  description: 'How to use Briefing: every command, its options and an example',
  options: [
    {
      name: 'command',
      description: 'A command to explain in detail',
      type: 'string',
      autocomplete: 'command',
      maxLength: 64,
    },
  ],
  examples: ['/help', '/help command:who-said'],
  run({ options, catalog }) {
    const wanted = typeof options.command === 'string' ? options.command : undefined;
    const commands = wanted ? catalog.filter((c) => c === findCommand(catalog, wanted)) : catalog;
    if (wanted && !commands.length) {
      return {
        title: 'Help',
        tone: 'error',
        ephemeral: true,
        blocks: [
          {
            type: 'text',
            text: `There is no command "${wanted}". Commands: ${catalog.map((c) => c.name).join(', ')}.`,
          },
        ],
      };
    }
    const blocks: Block[] = [];
    for (const c of commands) {
      const fields = c.subcommands?.length
        ? c.subcommands.map((s) => ({
            name: s.name,
            value: `${s.description}${s.options.length ? ` (${s.options.map((o) => `${o.name}${o.required ? '' : '?'}`).join(', ')})` : ''}`,
          }))
        : c.options
            .filter((o) => !o.hidden)
            .map((o) => ({ name: `${o.name}${o.required ? '' : '?'}`, value: o.description }));
      blocks.push({ type: 'heading', text: `/${c.name}` }, { type: 'text', text: c.description });
      if (fields.length) blocks.push({ type: 'fields', fields });
      if (c.examples.length) blocks.push({ type: 'context', text: `Example: ${c.examples.join('   ')}` });
    }
    return { title: wanted ? `Help: /${commands[0]?.name}` : 'Briefing commands', blocks, ephemeral: true };
  },
});
