import { describe, expect, it } from 'vitest';
import { Library } from '../../src/articles/library.js';
import { systemClock } from '../../src/clock.js';
import { loadCommands } from '../../src/command/registry.js';
import { runInvocation } from '../../src/command/run.js';
import { silentLogger } from '../../src/logger.js';

async function base() {
  const catalog = await loadCommands();
  return {
    library: new Library(),
    catalog,
    services: {},
    clock: systemClock,
    logger: silentLogger,
    requester: { platform: 'cli' as const },
  };
}

describe('running commands', () => {
  it('discovers command files and runs /help', async () => {
    const ctx = await base();
    expect(ctx.catalog.map((c) => c.name)).toContain('help');
    const reply = await runInvocation({ command: 'help', options: {} }, ctx);
    expect(reply.title).toBe('Briefing commands');
  });

  it('answers an unknown command with the list of commands', async () => {
    const reply = await runInvocation({ command: 'nope', options: {} }, await base());
    expect(reply.tone).toBe('error');
    expect(JSON.stringify(reply)).toContain('/help');
  });

  it('names the expected options when given an unknown one', async () => {
    const reply = await runInvocation({ command: 'help', options: { colour: 'red' } }, await base());
    expect(reply.tone).toBe('error');
    expect(JSON.stringify(reply)).toContain('Options: command');
  });

  it('refuses an over-long speaker with a clear message, before any search runs', async () => {
    const reply = await runInvocation(
      { command: 'quotes', options: { speaker: 'a'.repeat(100_000) } },
      await base(),
    );
    expect(reply.tone).toBe('error');
    const text = reply.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('Option "speaker" is too long (at most 100 characters');
  });

  it('caps every free-text option of every command, so no adapter can pass unbounded text', async () => {
    const catalog = await loadCommands();
    const uncapped: string[] = [];
    for (const command of catalog) {
      const defs = [...command.options, ...(command.subcommands ?? []).flatMap((s) => s.options)];
      for (const def of defs)
        if (def.type === 'string' && !def.choices?.length && def.maxLength === undefined)
          uncapped.push(`${command.name}.${def.name}`);
    }
    expect(uncapped).toEqual([]);
  });
});
