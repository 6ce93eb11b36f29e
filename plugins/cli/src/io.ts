/** Where a command writes, so tests can capture it. */
export interface CommandIo {
  cwd: string;
  stdout: {write(text: string): unknown; isTTY?: boolean};
  stderr: {write(text: string): unknown; isTTY?: boolean};
  /** Standard input, for commands that read it (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
}
