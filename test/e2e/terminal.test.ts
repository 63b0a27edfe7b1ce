import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, finished, runTsx, startTsx } from '../helpers/spawn.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
const TITLE = 'The United States has agreed to consider taking refugees from Australian detention centres';

const temp = useTempDir();
beforeEach(async () => {
  await copyFile(SEED, path.join(temp.path, path.basename(SEED)));
});

describe('terminal adapter through standard input (npm start)', () => {
  it('answers one command per line, logs only to stderr, and exits 0 at end of input', async () => {
    await writeFile(path.join(temp.path, 'broken.json'), '{"text": ');
    const result = await runTsx(
      ['src/main.ts'],
      cleanEnv({ ARTICLES_DIR: temp.path, DATA_DIR: path.join(temp.path, 'data'), LOG_LEVEL: 'info' }),
      '/articles\n\n/people\npeople article:us-weighs\n/people article:zebra\n/nope\nhelp people\n',
    );
    expect(result.code).toBe(0);
    const { stdout, stderr } = result;
    expect(stdout).toContain('Library: 1 article');
    expect(stdout).toContain(TITLE);
    expect(stdout).toContain('id: us-weighs-taking-refugees-from-australian-detention');
    expect(stdout).toContain('contents: 17 paragraphs');
    // A bad file is listed with its reason; the rest of the library still loads.
    expect(stdout).toContain('Not loaded (1)');
    expect(stdout).toContain('broken.json: it is not valid JSON');
    // /people (newest) and people article:us-weighs (fuzzy) answer about the same article.
    expect(stdout.split(`People in "${TITLE}"`)).toHaveLength(3);
    expect(stdout).toContain('John Kerry, US Secretary of State');
    expect(stdout).toContain('No article matches "zebra"');
    expect(stdout).toContain('Articles: us-weighs-taking-refugees-from-australian-detention');
    expect(stdout).toContain('There is no command "nope"');
    expect(stdout).toContain('Help: /people');
    // Replies come in the order asked.
    expect(stdout.indexOf('Library:')).toBeLessThan(stdout.indexOf('People in'));
    expect(stdout.indexOf('zebra')).toBeLessThan(stdout.indexOf('"nope"'));
    // stdout is replies only; logs are structured and on stderr.
    expect(stdout).not.toContain('"level"');
    expect(stdout).not.toContain('\u001b[');
    expect(stderr).toContain('"msg":"articles loaded"');
  });

  it('explains a missing articles folder, and exits 2 as for any configuration error', async () => {
    const missing = path.join(temp.path, 'missing');
    const result = await runTsx(
      ['src/main.ts'],
      cleanEnv({ ARTICLES_DIR: missing, LOG_LEVEL: 'silent' }),
      '',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`The articles folder ${missing} does not exist`);
  });

  it('exits 0 at end of piped input even with a saved chat subscription (only DIGEST_SCHEDULE keeps it up)', async () => {
    const env = cleanEnv({
      ARTICLES_DIR: temp.path,
      DATA_DIR: path.join(temp.path, 'data'),
      LOG_LEVEL: 'info',
    });
    // A bot still running long after its input ended is stopped (SIGTERM, which tsx relays) and noted.
    const runWithin = async (stdin: string) => {
      const child = startTsx(['src/main.ts'], env);
      const done = finished(child);
      child.stdin.end(stdin);
      let hung = false;
      const timer = setTimeout(() => {
        hung = true;
        child.kill('SIGTERM');
      }, 15_000);
      const result = await done;
      clearTimeout(timer);
      return { ...result, hung };
    };
    const first = await runWithin('/digest subscribe schedule:"daily 08:00"\n');
    expect(first.stdout).toContain('Digest scheduled');
    expect(first.hung).toBe(false);
    expect(first.code).toBe(0);
    const second = await runWithin('/articles\n');
    expect(second.hung).toBe(false);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Library: 1 article');
    expect(second.stderr).not.toContain('still running for scheduled digests');
  });

  it('keeps running after input ends when digests are scheduled, and stops cleanly on SIGTERM', async () => {
    const child = startTsx(
      ['src/main.ts'],
      cleanEnv({
        ARTICLES_DIR: temp.path,
        DATA_DIR: path.join(temp.path, 'data'),
        LOG_LEVEL: 'info',
        DIGEST_SCHEDULE: 'daily 08:00',
        DIGEST_CHANNEL: 'terminal',
      }),
    );
    const done = finished(child);
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('still running for scheduled digests')) resolve();
      });
      child.stdin.end('/articles\n');
    });
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Library: 1 article');
  });
});
