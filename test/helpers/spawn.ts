import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child bot: no platform, model or digest settings leak in from the developer's .env. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: '',
    SLACK_BOT_TOKEN: '',
    OPENAI_API_KEY: '',
    DIGEST_SCHEDULE: '',
    DIGEST_CHANNEL: '',
    NO_COLOR: '1',
    ...extra,
  };
}

// tsx itself rather than npx: tsx relays SIGINT/SIGTERM to the program, npx does not reliably.
const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

/** Start a TypeScript entry point with tsx, as `npm start` / `npm run cli` do. */
export function startTsx(args: string[], env: NodeJS.ProcessEnv): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [TSX, ...args], { env, stdio: 'pipe' });
}

/** Collects a child's output and resolves when it exits. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<Finished> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Run to completion with the given standard input. */
export async function runTsx(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<Finished> {
  const child = startTsx(args, env);
  const done = finished(child);
  child.stdin.end(stdin);
  return done;
}
