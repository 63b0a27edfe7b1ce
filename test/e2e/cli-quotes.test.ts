import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
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
