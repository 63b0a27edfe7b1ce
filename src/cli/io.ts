/** Where a CLI subcommand writes: stdout carries only results, stderr carries logs and progress. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Read a whole file or stdin ("-") as UTF-8. */
  readInput?: (path: string) => Promise<string>;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** A CLI subcommand: one file in src/cli/, exporting `run`. Returns the process exit code. */
export type CliSubcommand = (args: string[], io: CliIO) => Promise<number>;

/**
 * When the reader of stdout goes away (`cli ... | head`), stop quietly with exit code 0 instead of
 * crashing on an unhandled EPIPE: nobody is left to read the rest.
 */
export function exitQuietlyWhenStdoutCloses(
  stdout: NodeJS.WriteStream = process.stdout,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
