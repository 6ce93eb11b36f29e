import type {CommandIo} from './io.js';

/** Options of `kb lsp`. */
export interface LspOptions {
  stdio: boolean;
}

/** `kb lsp --stdio`: the language server on standard input and output, until the editor closes it. */
export async function runLsp(options: LspOptions, io: CommandIo): Promise<number> {
  if (!options.stdio) {
    io.stderr.write(
      'kb lsp: no transport given, expected `--stdio` (the only one): editors start it as `kb lsp --stdio`.\n',
    );
    return 2;
  }
  // The server's bundle when it is current (a fraction of the start-up), else its lib/.
  const {serveStdio} = await import('@kmportal/language-server/start');
  await serveStdio();
  return 0;
}
