/** Where the CLI writes: stdout for results (JSON lines, tables), stderr for logs and progress. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's streams. */
export function processIO(): CliIO {
  return { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
}
