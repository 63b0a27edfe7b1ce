import { type CliIO, type CliSubcommand, exitQuietlyWhenStdoutCloses, processIO } from './io.js';

/**
 * The machine-readable CLI (`npm run --silent cli -- <subcommand> ...`) that evaluations and scripts use.
 * Each subcommand lives in its own file in this folder and exports `run`.
 */
const SUBCOMMANDS = ['articles', 'people', 'quotes', 'who-said', 'summary'] as const;

const USAGE = `Usage: npm run --silent cli -- <subcommand> [args]
  articles [--json]                         the library (ARTICLES_DIR)
  people FILE [--json]                      people named in an article
  quotes FILE [--json] | --jsonl IN.jsonl   quotes and speakers
  who-said --jsonl IN.jsonl                 {id, text, phrase} -> {id, speaker, quote}
  summary FILE [--sentences N] [--json] | --jsonl IN.jsonl [--sentences N]`;

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.err(USAGE);
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE); // asked for, so it is the output
    return 0;
  }
  if (!(SUBCOMMANDS as readonly string[]).includes(name)) {
    io.err(`Unknown subcommand "${name}".\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    // Asked for, so it is the output (stdout) and not an error: the usage lines of this subcommand.
    const [head, ...lines] = USAGE.split('\n');
    io.out([head, ...lines.filter((l) => l.trimStart().startsWith(`${name} `))].join('\n'));
    return 0;
  }
  let mod: { run?: CliSubcommand };
  try {
    mod = await import(/* @vite-ignore */ `./${name}.js`);
  } catch (error) {
    io.err(`The "${name}" subcommand is not available in this build: ${(error as Error).message}`);
    return 2;
  }
  if (typeof mod.run !== 'function') {
    io.err(`The "${name}" subcommand is not available in this build.`);
    return 2;
  }
  return mod.run(args, io);
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '')) {
  exitQuietlyWhenStdoutCloses();
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
