import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/summary.js';

const seed = readFileSync(
  new URL('../fixtures/us-weighs-taking-refugees-from-australian-detention.txt', import.meta.url),
  'utf8',
);

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readInput: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error('no such file');
      return content;
    },
  };
  return { cli, out, err };
}

describe('cli summary', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('prints N sentences of a file, one per line', async () => {
    const { cli, out } = io({ 'a.txt': seed });
    expect(await run(['a.txt', '--sentences', '2'], cli)).toBe(0);
    const lines = out.join('\n').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^The United States has agreed/);
  });

  it('prints JSON with the sentences and their numbers', async () => {
    const { cli, out } = io({ 'a.txt': seed });
    expect(await run(['a.txt', '--json'], cli)).toBe(0);
    const json = JSON.parse(out[0]!) as {
      summary: string;
      sentences: Array<{ index: number; text: string }>;
    };
    expect(json.sentences).toHaveLength(3);
    expect(json.summary).toBe(json.sentences.map((s) => s.text).join('\n'));
    expect(json.sentences[0]?.index).toBe(0);
  });

  it('answers {id, summary} per JSON line, and {id, error} in place of a bad line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: seed }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({
        id: 7,
        text: 'The council closed the bridge to cars on Tuesday. Engineers had warned of rust.',
      }),
    ].join('\n');
    const { cli, out, err } = io({ 'in.jsonl': input });
    expect(await run(['--jsonl', 'in.jsonl', '--sentences', '1'], cli)).toBe(1);
    const results = out.map(
      (l) => JSON.parse(l) as { id: string | number | null; summary?: string; error?: string },
    );
    // One output line per input line, so results line up with the input.
    expect(results.map((r) => r.id)).toEqual(['a', null, 'b', 7]);
    expect(results[0]?.summary?.split('\n')).toHaveLength(1);
    expect(results[1]?.error).toMatch(/not valid JSON/);
    expect(results[2]?.error).toMatch(/text/);
    expect(results[3]?.summary).toBe('The council closed the bridge to cars on Tuesday.');
    expect(err.join('\n')).toMatch(/line 2: not valid JSON/);
    expect(err.join('\n')).toMatch(/line 3: invalid input/);
  });

  it('keeps to MAX_ARTICLE_BYTES for an article file', async () => {
    vi.stubEnv('MAX_ARTICLE_BYTES', '100');
    const { cli, err } = io({ 'a.txt': seed });
    expect(await run(['a.txt'], cli)).toBe(1);
    expect(err.join('\n')).toMatch(/MAX_ARTICLE_BYTES/);
  });

  it('explains bad arguments and unreadable files', async () => {
    const { cli, err } = io({});
    expect(await run([], cli)).toBe(2);
    expect(await run(['a.txt', '--sentences', 'many'], cli)).toBe(2);
    expect(await run(['missing.txt'], cli)).toBe(1);
    expect(err.join('\n')).toMatch(/Usage: summary FILE/);
    expect(err.join('\n')).toMatch(/Cannot read missing.txt/);
  });

  it('reads .md and .json articles as the library does, and explains a file it cannot use', async () => {
    const md = `---\ntitle: Refugees\nurl: https://example.org/r\n---\n\n${seed}`;
    const json = JSON.stringify({ title: 'Refugees', text: seed });
    const { cli, out, err } = io({ 'a.md': md, 'a.json': json, 'empty.txt': '   ' });
    expect(await run(['a.md', '--sentences', '1'], cli)).toBe(0);
    expect(await run(['a.json', '--sentences', '1'], cli)).toBe(0);
    expect(out[0]).toMatch(/^The United States has agreed/);
    expect(out[1]).toBe(out[0]);
    expect(await run(['empty.txt'], cli)).toBe(1);
    expect(err.join('\n')).toMatch(/empty\.txt: it is empty/);
  });
});

describe('cli dispatcher and eval input', () => {
  it('routes `summary` from the CLI entry point', async () => {
    const { runCli } = await import('../../src/cli/main.js');
    const { cli, out } = io({ 'a.txt': seed });
    expect(await runCli(['summary', 'a.txt', '--sentences', '1'], cli)).toBe(0);
    expect(out[0]).toMatch(/^The United States has agreed/);
  });

  it('validates eval lines and reports the bad ones', async () => {
    const { parseRows } = await import('../../eval/summary.js');
    const { rows, problems } = parseRows(
      [
        JSON.stringify({ id: 'a', text: 'Text.', reference: 'Ref.' }),
        '{bad',
        JSON.stringify({ id: 'b', text: 'x' }),
      ].join('\n'),
    );
    expect(rows.map((r) => r.id)).toEqual(['a']);
    expect(problems).toEqual(['line 2: not JSON', 'line 3: reference']);
  });
});
