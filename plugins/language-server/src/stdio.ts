import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import {startServer} from './server.js';

/**
 * Serves the language server on standard input and output (`kb lsp --stdio`); settles when the client
 * closes the connection. Nothing else may write to standard output meanwhile.
 */
export function startStdioServer(): Promise<void> {
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  const closed = new Promise<void>((done) => connection.onExit(() => done()));
  startServer(connection);
  return closed;
}
