/**
 * Where the CLI writes, so that commands can run in-process in tests and in a real terminal alike.
 */
export interface CliIO {
  /** Results (tables, JSON lines). */
  readonly stdout: (text: string) => void;
  /** Warnings, progress and errors. */
  readonly stderr: (text: string) => void;
  /** True when stderr is a terminal: only then is a progress bar drawn. */
  readonly isTTY: boolean;
  /** The stream a progress bar draws on (a terminal). */
  readonly progressStream?: NodeJS.WritableStream;
}

/** The process's own streams. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    progressStream: process.stderr,
  };
}
