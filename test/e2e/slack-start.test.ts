import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startFakeDiscord } from '../fakes/discord/server.js';
import { mentionEvent } from '../fakes/slack/envelopes.js';
import { BOT_USER_ID, FakeSlack } from '../fakes/slack/index.js';
import { cleanEnv, finished, startTsx } from '../helpers/spawn.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
/** An article written to abuse Slack markup: none of it may reach Slack live. */
const HOSTILE = `---
title: "<!channel> Breaking: <@U0VICTIM> wins & <https://evil.example|a prize>"
---
Everyone <!here> should read this. Ask <@U0VICTIM> or go to <https://evil.example|this page>.
`;

describe('npm start with Slack tokens (Socket Mode) against a fake Slack', () => {
  let slack: FakeSlack;
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    slack = await new FakeSlack().start();
    ({ dir, cleanup } = await makeTempDir());
    await copyFile(SEED, path.join(dir, path.basename(SEED)));
    await writeFile(path.join(dir, 'hostile.md'), HOSTILE);
  });

  afterAll(async () => {
    await slack?.stop();
    await cleanup?.();
  });

  it('comes up, answers a mention with the library rendered inert, and stops cleanly on SIGTERM', async () => {
    const child = startTsx(
      ['src/main.ts'],
      cleanEnv({
        ARTICLES_DIR: dir,
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: 'xoxb-start',
        SLACK_APP_TOKEN: 'xapp-start',
        SLACK_API_URL: slack.apiUrl,
      }),
    );
    const exited = finished(child);
    try {
      await slack.waitFor(() => slack.socket.connected > 0, 15_000);
      await slack.socket.deliver('events_api', mentionEvent(`<@${BOT_USER_ID}> articles`, '9.1'));
      const post = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === '9.1'), 10_000);
      expect(post.method).toBe('chat.postMessage');
      expect(post.token).toBe('xoxb-start');
      const sent = JSON.stringify(post.args);
      expect(sent).toContain('The United States has agreed to consider taking refugees');
      expect(sent).toContain(
        '&lt;!channel&gt; Breaking: &lt;@U0VICTIM&gt; wins &amp; &lt;https://evil.example|a prize&gt;',
      );
      expect(sent).not.toMatch(/<!channel>|<!here>|<@U0VICTIM>|<https:\/\/evil/);
    } finally {
      child.kill('SIGTERM');
    }
    const result = await exited;
    expect(result.code, result.stderr.slice(-3000)).toBe(0);
    expect(result.stderr).toContain('adapter started');
    expect(result.stderr).not.toContain('xoxb-start');
    expect(result.stderr).not.toContain('xapp-start');
  });
});

describe('npm start with Slack and Discord in one process', () => {
  it('serves both, then stops both on SIGTERM', async () => {
    const slack = await new FakeSlack().start();
    const discord = await startFakeDiscord();
    const { dir, cleanup } = await makeTempDir();
    onTestFinished(async () => {
      await discord.close();
      await slack.stop();
      await cleanup();
    });
    await copyFile(SEED, path.join(dir, path.basename(SEED)));
    const child = startTsx(
      ['src/main.ts'],
      cleanEnv({
        ARTICLES_DIR: dir,
        LOG_LEVEL: 'info',
        SLACK_BOT_TOKEN: 'xoxb-both',
        SLACK_APP_TOKEN: 'xapp-both',
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
      }),
    );
    const exited = finished(child);
    try {
      await slack.waitFor(() => slack.socket.connected > 0, 15_000);
      await expect.poll(() => discord.gateway.connections, { timeout: 15_000 }).toBe(1);
      await slack.socket.deliver('events_api', mentionEvent(`<@${BOT_USER_ID}> articles`, '7.1'));
      const post = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === '7.1'), 10_000);
      expect(JSON.stringify(post.args.blocks)).toContain(
        'us-weighs-taking-refugees-from-australian-detention',
      );
      let interaction: { id: string; token: string } | undefined;
      await expect
        .poll(
          () => {
            interaction ??= discord.command('articles').interaction;
            return discord.answersTo(interaction).length;
          },
          { timeout: 10_000 },
        )
        .toBe(1);
    } finally {
      child.kill('SIGTERM');
    }
    const result = await exited;
    expect(result.code, result.stderr.slice(-3000)).toBe(0);
    expect(result.stderr.match(/adapter started/g), result.stderr.slice(-3000)).toHaveLength(2);
    // The fakes see the sockets close a moment after the process has gone (longer on a busy machine).
    await expect.poll(() => discord.gateway.connections, { timeout: 5000 }).toBe(0);
    await expect.poll(() => slack.socket.connected, { timeout: 5000 }).toBe(0);
  });
});
