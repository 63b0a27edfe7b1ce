import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { cli } from '../helpers/cli.js';

const seedFile = fileURLToPath(
  new URL('../fixtures/us-weighs-taking-refugees-from-australian-detention.txt', import.meta.url),
);
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('CLI: quotes and who-said input handling', () => {
  it('answers each JSON line, and a bad line with an error for its id while the rest still run', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The minister said "no" twice.' }),
      'this is not json',
      JSON.stringify({ id: 'b', body: 'no text field' }),
      '',
      JSON.stringify({ id: 7, text: '"We are ready," she said.' }),
    ].join('\n');
    const { code, json, err } = await cli(['quotes', '--jsonl', '-'], input);
    const lines = json();
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 7]);
    expect(Array.isArray(lines[0]?.quotes)).toBe(true);
    expect(lines[1]?.error).toMatch(/not valid JSON/);
    expect(lines[2]?.error).toMatch(/text/);
    expect(err.join('\n')).toMatch(/line 2: .*\n.*line 3:/s);
    expect(code).toBe(1);
  });

  it('who-said validates lines the same way', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'Nothing is quoted here at all today.', phrase: 'nothing quoted' }),
      JSON.stringify({ id: 2, text: 'x', phrase: '' }),
    ].join('\n');
    const { json } = await cli(['who-said', '--jsonl', '-'], input);
    const [first, second] = json();
    expect(first).toMatchObject({ id: 1, speaker: null, quote: null, match: 'narration' });
    expect(second).toMatchObject({ id: 2 });
    expect(second?.error).toMatch(/phrase/);
  });

  it('explains its usage on bad arguments, with exit code 2', async () => {
    for (const args of [['quotes'], ['quotes', '--colour'], ['who-said'], ['who-said', 'file.txt']]) {
      const { code, out, err } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toMatch(/Usage/);
    }
  });

  it('says clearly when an input file cannot be read', async () => {
    const { code, out, err } = await cli(['quotes', '/nonexistent/article.txt', '--json']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toMatch(/Cannot read \S*article\.txt: there is no such file/);
  });

  it('reads an article from stdin ("-") for people as for quotes', async () => {
    const seed = await readFile(seedFile, 'utf8');
    const people = await cli(['people', '-', '--json'], seed);
    expect(people.err).toEqual([]);
    expect(people.code).toBe(0);
    const names = ((people.json()[0]?.people ?? []) as Array<{ name: string }>).map((p) => p.name);
    expect(names).toContain('John Kerry');
    const quotes = await cli(['quotes', '-', '--json'], seed);
    expect(quotes.code).toBe(0);
  });

  it('exits 2 on bad configuration before reading an article', async () => {
    vi.stubEnv('MAX_ARTICLE_BYTES', 'lots');
    try {
      for (const name of ['people', 'quotes', 'summary']) {
        const { code, err } = await cli([name, seedFile]);
        expect(code, name).toBe(2);
        expect(err.join('\n')).toContain('MAX_ARTICLE_BYTES');
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('skips a UTF-8 byte-order mark at the start of JSON Lines input', async () => {
    const line = JSON.stringify({ id: 'a', text: 'The minister said "no" twice.' });
    for (const args of [
      ['quotes', '--jsonl', '-'],
      ['summary', '--jsonl', '-'],
    ]) {
      const { code, json, err } = await cli(args, `\uFEFF${line}\n`);
      expect(err, args.join(' ')).toEqual([]);
      expect(code).toBe(0);
      expect(json()[0]?.id).toBe('a');
    }
  });

  it('explains a missing JSON Lines file in words, with exit code 2', async () => {
    for (const name of ['quotes', 'who-said', 'summary']) {
      const { code, out, err } = await cli([name, '--jsonl', '/nonexistent/in.jsonl']);
      expect(code, name).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n')).toBe('Cannot read /nonexistent/in.jsonl: there is no such file.');
    }
  });

  it('prints usage on stdout and exits 0 when asked, on stderr with exit 2 when nothing is given', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, out, err } = await cli([flag]);
      expect(code, flag).toBe(0);
      expect(out.join('\n')).toMatch(/Usage[\s\S]*who-said/);
      expect(err).toEqual([]);
    }
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.err.join('\n')).toMatch(/Usage/);
  });

  it('prints usage and exits 0 for --help after a subcommand', async () => {
    for (const name of ['quotes', 'people', 'who-said', 'summary', 'articles']) {
      for (const flag of ['--help', '-h']) {
        const { code, out } = await cli([name, flag]);
        expect(code, `${name} ${flag}`).toBe(0);
        expect(out.join('\n')).toMatch(/Usage/);
      }
    }
  });

  it('prints only JSON on stdout when run as a program', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/main.ts', 'quotes', seedFile, '--json'],
      {
        cwd: root,
      },
    );
    const parsed = JSON.parse(stdout) as { quotes: unknown[]; people: unknown[] };
    expect(Array.isArray(parsed.quotes)).toBe(true);
    expect(Array.isArray(parsed.people)).toBe(true);
  });
});
