/** Where a command writes, so tests can capture it. */
export interface CommandIo {
  cwd: string;
  stdout: {write(text: string): unknown; isTTY?: boolean};
  stderr: {write(text: string): unknown; isTTY?: boolean};
}
