import 'dotenv/config';
import { REST } from 'discord.js';
import { loadCommands } from '../../command/registry.js';
import { ConfigError, loadConfig } from '../../config.js';
import { commandDefinitions } from './definitions.js';
import { describeRegistration, registerCommands } from './registration.js';

/**
 * `npm run register:discord`: registers the slash commands built from commands/ globally, or in
 * DISCORD_GUILD_ID when set (guild commands update instantly; global ones can take up to an hour).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord) throw new ConfigError(['DISCORD_TOKEN: required to register slash commands']);
  const { token, applicationId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const definitions = commandDefinitions(await loadCommands());
  const result = await registerCommands(rest, applicationId, definitions, guildId);
  process.stdout.write(`${describeRegistration(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Registering the Discord commands failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(error instanceof ConfigError ? 2 : 1);
});
