import { renderReply } from './src/adapters/discord/render.js';
import { systemClock } from './src/clock.js';
import { loadCommands } from './src/command/registry.js';
import { runInvocation } from './src/command/run.js';
import { silentLogger } from './src/logger.js';
import { seedLibrary } from './test/helpers/library.js';

const catalog = await loadCommands();
const base = {
  library: seedLibrary(),
  catalog,
  services: {},
  clock: systemClock,
  logger: silentLogger,
  requester: { platform: 'cli' as const },
};
const [cmd, json] = process.argv.slice(2);
const reply = await runInvocation({ command: cmd!, options: JSON.parse(json ?? '{}') }, base);
console.log(JSON.stringify(renderReply(reply), null, 1).slice(0, 3500));
