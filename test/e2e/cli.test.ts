import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { cleanEnv, runTsx, startTsx } from '../helpers/spawn.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
const CLI = 'src/cli/main.ts';

/** The CLI in-process (the same entry point, output captured); the JSON tests run it as a process. */
async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (t) => {
      stdout += `${t}\n`;
    },
    err: (t) => {
      stderr += `${t}\n`;
    },
  });
  return { code, stdout, stderr };
}

const temp = useTempDir();

describe('cli people', () => {
  it('prints {people, sentences} as JSON and nothing else on stdout', async () => {
    const result = await runTsx([CLI, 'people', SEED, '--json'], cleanEnv({ LOG_LEVEL: 'info' }));
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { people: unknown[]; sentences: number };
    expect(Object.keys(parsed).sort()).toEqual(['people', 'sentences']);
    expect(parsed.sentences).toBeGreaterThanOrEqual(17);
    for (const person of parsed.people)
      expect(Object.keys(person as object).sort()).toEqual(['aliases', 'mentions', 'name', 'role']);
    // Every person of the seed's gold is found by name; the central one with his role and aliases.
    const gold = JSON.parse(await readFile('test/fixtures/seed-gold.json', 'utf8')) as {
      people: Array<{ name: string }>;
    };
    const names = (parsed.people as Array<{ name: string }>).map((p) => p.name);
    for (const person of gold.people) expect(names).toContain(person.name);
    expect(parsed.people).toContainEqual(
      expect.objectContaining({
        name: 'John Kerry',
        role: 'US Secretary of State',
        aliases: expect.arrayContaining(['Kerry']),
      }),
    );
    const kerry = (parsed.people as Array<{ name: string; mentions: number }>).find(
      (p) => p.name === 'John Kerry',
    );
    expect(kerry?.mentions).toBeGreaterThanOrEqual(3);
  });

  it('prints readable text without --json', async () => {
    const result = await cli(['people', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('People in "The United States has agreed');
  });

  it('explains a file it cannot load, on stderr, with exit code 1', async () => {
    const file = path.join(temp.path, 'broken.json');
    await writeFile(file, '{"text": 1}');
    const result = await cli(['people', file, '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.json');
    expect(result.stderr).toContain('text');
  });

  it('shows usage for missing arguments, with exit code 2', async () => {
    const result = await cli(['people']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });
});

/** `cli articles` (readable) with ARTICLES_DIR set to dir. */
async function articlesIn(dir: string) {
  vi.stubEnv('ARTICLES_DIR', dir);
  vi.stubEnv('LOG_LEVEL', 'silent');
  try {
    return await cli(['articles']);
  } finally {
    vi.unstubAllEnvs();
  }
}

describe('cli articles', () => {
  it('prints the library in ARTICLES_DIR as JSON, with the files that did not load', async () => {
    await copyFile(SEED, path.join(temp.path, 'seed.txt'));
    await writeFile(
      path.join(temp.path, 'story.md'),
      '---\ntitle: A story\npublished: 2020-01-02\n---\nIt happened.',
    );
    await writeFile(path.join(temp.path, 'empty.txt'), '');
    const result = await runTsx(
      [CLI, 'articles', '--json'],
      cleanEnv({ ARTICLES_DIR: temp.path, LOG_LEVEL: 'info' }),
    );
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      articles: Array<{ id: string; title: string; paragraphs: number; published: string | null }>;
      problems: Array<{ source: string; message: string }>;
    };
    const byId = Object.fromEntries(parsed.articles.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['seed', 'story']);
    expect(byId.seed?.paragraphs).toBe(17);
    expect(byId.story).toMatchObject({ title: 'A story', published: '2020-01-02T00:00:00.000Z' });
    expect(parsed.problems).toEqual([{ source: path.join(temp.path, 'empty.txt'), message: 'it is empty.' }]);
    expect(result.stderr).toContain('articles loaded');
  });

  it('prints readable text without --json', async () => {
    await copyFile(SEED, path.join(temp.path, 'seed.txt'));
    const result = await articlesIn(temp.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Library: 1 article');
    expect(result.stdout).toContain('id: seed');
  });

  it('exits 2 for a missing ARTICLES_DIR, as for any configuration error', async () => {
    const result = await articlesIn(path.join(temp.path, 'missing'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('does not exist');
  });
});

describe('cli into a pipe that closes early', () => {
  it('exits 0 quietly instead of crashing on EPIPE (`cli quotes FILE --json | head`)', async () => {
    const child = startTsx([CLI, 'quotes', SEED, '--json'], cleanEnv({ LOG_LEVEL: 'silent' }));
    // Close our reading end before the CLI writes, as `head` does once it has enough.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.stdin.end();
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
  });
});
