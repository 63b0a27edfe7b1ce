import { startFakeDiscord } from '../test/fakes/discord/server.js';
import { discordAppAgainst } from '../test/helpers/discord-app.js';

const RUNS = 50;

/**
 * Discord: time from an INTERACTION_CREATE leaving the fake gateway to the interaction callback
 * reaching the fake REST API, for /who-said on the seed article (real discord.js, 127.0.0.1).
 */
export default async function discordBench(): Promise<void> {
  const fake = await startFakeDiscord();
  const { adapter, deps } = await discordAppAgainst(fake);
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 5; i++) {
      const { interaction, sentAt } = fake.command('who-said', [
        { name: 'phrase', type: 3, value: 'durable solution' },
      ]);
      const callback = await fake.waitFor(
        (r) =>
          r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
      );
      if (i >= 5) times.push(callback.at - sentAt); // the first few warm up the JIT and connections
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(2);
    const engine = deps.catalog.some((c) => c.name === 'who-said')
      ? ''
      : ' (who-said not in the catalogue yet)';
    console.log(
      `/who-said gateway dispatch -> interaction callback: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms over ${RUNS} runs${engine}`,
    );
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
