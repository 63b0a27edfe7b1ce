/**
 * `npm run eval -- <task> PATH.jsonl [options]`: scores Briefing on a development or held-out set.
 * Each task lives in its own file here (quotes.ts, summary.ts) and exports `run(args)`.
 */
const TASKS = ['quotes', 'people', 'summary', 'who-said', 'tune-scenes'] as const;

async function main(): Promise<number> {
  const [task, ...args] = process.argv.slice(2);
  if (!task || !(TASKS as readonly string[]).includes(task)) {
    process.stderr.write(`Usage: npm run eval -- <${TASKS.join('|')}> PATH.jsonl [options]\n`);
    return 2;
  }
  const mod: { run?: (args: string[]) => Promise<number> } = await import(`./${task}.js`);
  if (typeof mod.run !== 'function') throw new Error(`eval/${task}.ts must export run(args)`);
  return mod.run(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
