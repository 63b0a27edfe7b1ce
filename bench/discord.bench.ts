import { startFakeDiscord } from '../test/fakes/discord/server.js';
import { discordAppAgainst } from '../test/helpers/discord-app.js';

const RUNS = 100;
// JIT, caches and connections settle over the first few dozen interactions.
const WARM_UP = 30;

/**
 * Discord: time from an INTERACTION_CREATE leaving the fake gateway to the interaction callback
 * reaching the fake REST API, for /who-said on the seed article (real discord.js, 127.0.0.1).
 */
export default async function discordBench(): Promise<void> {
  const fake = await startFakeDiscord();
  const { adapter } = await discordAppAgainst(fake);
  try {
    const times: number[] = [];
    for (let i = 0; i < RUNS + WARM_UP; i++) {
      const { interaction, sentAt } = fake.command('who-said', [
        { name: 'phrase', type: 3, value: 'durable solution' },
      ]);
      const callback = await fake.waitFor(
        (r) =>
          r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
      );
      if (i >= WARM_UP) times.push(callback.at - sentAt);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(2);
    console.log(
      `/who-said gateway dispatch -> interaction callback: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms over ${RUNS} runs (after ${WARM_UP} warm-up)`,
    );
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
