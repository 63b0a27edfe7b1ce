import path from 'node:path';
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import { type AppDeps, baseContext } from '../../app.js';
import { chooseByLibrary } from '../../command/choose-free-text.js';
import { parseCommandText } from '../../command/parse-text.js';
import { runInvocation } from '../../command/run.js';
import { errorReply, type Reply } from '../../reply/model.js';
import type { Adapter } from '../types.js';
import { completeLine } from './complete.js';
import { readHistory, saveHistory } from './history.js';
import { render } from './render.js';

type Input = NodeJS.ReadableStream & { isTTY?: boolean };
type Output = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

export interface TerminalOptions {
  input?: Input;
  output?: Output;
  /** Prompt, history and tab completion. Default: when both input and output are terminals. */
  interactive?: boolean;
  /** ANSI colour. Default: on a TTY unless NO_COLOR is set. */
  color?: boolean;
  /** Called when input has ended, every reply is written and nothing keeps the bot running. */
  onInputEnd?: () => void;
  /**
   * Whether the bot must keep running after input ends, until SIGINT/SIGTERM (scheduled digests).
   * Default: when a digest schedule is configured.
   */
  keepAlive?: () => boolean;
  /** Where interactive history is kept between sessions. Default: DATA_DIR/terminal-history. */
  historyFile?: string;
}

const PROMPT = 'briefing> ';
const HISTORY_SIZE = 500;

/**
 * The default adapter: commands typed in the terminal (or piped in, one per line), replies printed to
 * stdout. Logs go to stderr, so stdout carries replies only.
 */
export function createTerminalAdapter(deps: AppDeps, options: TerminalOptions = {}): Adapter {
  const input: Input = options.input ?? process.stdin;
  const output: Output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean(input.isTTY && output.isTTY);
  const color = options.color ?? Boolean(output.isTTY && !process.env.NO_COLOR);
  const keepAlive = options.keepAlive ?? (() => Boolean(deps.config.digest.schedule));
  const context = baseContext(deps, { platform: 'terminal', channelId: 'terminal' });
  const chooser = chooseByLibrary(deps.library);
  const historyFile = options.historyFile ?? path.join(deps.config.dataDir, 'terminal-history');

  let rl: Interface | undefined;
  let stopping = false;
  let pending = 0;
  let outputClosed = false;
  let unsubscribe: (() => void) | undefined;
  // Lines are answered one after another, in order, even when they arrive faster than replies.
  let queue: Promise<void> = Promise.resolve();

  // Each reply ends with a blank line, so piped output reads as separate answers.
  const write = (reply: Reply) => {
    if (outputClosed) return;
    output.write(`${render(reply, { color, width: interactive ? output.columns : undefined })}\n`);
  };

  async function answer(line: string): Promise<void> {
    const text = line.trim();
    if (!text || text.startsWith('#')) return;
    if (interactive && /^(exit|quit|\/exit|\/quit)$/i.test(text)) {
      rl?.close();
      return;
    }
    const parsed = parseCommandText(text, deps.catalog, chooser);
    const reply = parsed.ok
      ? await runInvocation(
          {
            command: parsed.value.command.name,
            subcommand: parsed.value.subcommand,
            options: parsed.value.options,
          },
          context,
        )
      : errorReply(parsed.message, 'Type /help to see every command.');
    write(reply);
  }

  function onLine(line: string): void {
    pending++;
    queue = queue
      .then(() => answer(line))
      .catch((error: unknown) => deps.logger.error({ err: error }, 'terminal command failed'))
      .then(() => {
        pending--;
        if (interactive && !stopping) rl?.prompt();
      });
  }

  async function onClose(): Promise<void> {
    await queue;
    if (stopping) return;
    if (keepAlive()) {
      deps.logger.info('input ended; still running for scheduled digests (Ctrl-C or SIGTERM stops)');
      return;
    }
    options.onInputEnd?.();
  }

  return {
    name: 'terminal',

    /** Start reading commands; resolves at once (input is handled as it arrives). */
    async start() {
      rl = createInterface({
        input,
        output: interactive ? output : undefined,
        terminal: interactive,
        prompt: PROMPT,
        historySize: interactive ? HISTORY_SIZE : 0,
        history: interactive ? await readHistory(historyFile, HISTORY_SIZE) : [],
        removeHistoryDuplicates: true,
        completer: interactive ? (line: string) => completeLine(line, deps.catalog, deps.library) : undefined,
      });
      rl.on('line', onLine);
      // The reader went away (`npm start | head`): stop answering, and end as if input had ended.
      output.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') deps.logger.warn({ err: error }, 'cannot write replies any more');
        outputClosed = true;
        rl?.close();
      });
      if (interactive) {
        rl.on('history', (lines: string[]) => void saveHistory(historyFile, lines));
        // The watcher logs to the same terminal; redraw the prompt (keeping what was typed) after it does.
        unsubscribe = deps.library.onChange(() =>
          setImmediate(() => {
            if (!pending && !stopping) rl?.prompt(true);
          }),
        );
      }
      rl.on('close', () => void onClose());
      // In raw mode readline swallows Ctrl-C; hand it to the process so main shuts down cleanly.
      rl.on('SIGINT', () => process.kill(process.pid, 'SIGINT'));
      if (interactive) {
        // After the current turn, so start-up log lines are written before the banner and prompt.
        setImmediate(() => {
          const n = deps.library.size;
          output.write(
            `Briefing: ${n} article${n === 1 ? '' : 's'} loaded. Type /help for commands; Tab completes, Ctrl-D quits.\n`,
          );
          rl?.prompt();
        });
      }
    },

    /** Stop reading, finish the reply in progress, flush stdout. */
    async stop() {
      stopping = true;
      unsubscribe?.();
      rl?.close();
      await queue;
      if (!outputClosed) await new Promise<void>((resolve) => output.write('', () => resolve()));
    },

    /** Print an unprompted reply (a scheduled digest); the terminal has one channel. */
    async post(_channelId: string, reply: Reply) {
      if (interactive) {
        // Print above the prompt line rather than through what the user is typing.
        clearLine(output, 0);
        cursorTo(output, 0);
      }
      write(reply);
      if (interactive && !stopping) rl?.prompt(true);
    },
  };
}
