import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {workspace, window, type ExtensionContext} from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server to run: the workspace's own copy (same model as its `kb check`), else the bundled one. */
export function serverModule(context: ExtensionContext, root: string | undefined): string {
  const configured = workspace.getConfiguration('kmportal').get<string>('server.path');
  if (configured) return configured;
  const local = root
    ? join(
        root,
        'node_modules',
        '@kmportal',
        'language-server',
        'bin',
        'kmportal-language-server.js',
      )
    : undefined;
  return local && existsSync(local) ? local : context.asAbsolutePath(join('dist', 'server.mjs'));
}

/** Starts the KM portal language server for the first workspace folder. */
export async function activate(context: ExtensionContext): Promise<void> {
  const root = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const module = serverModule(context, root);
  const settings = workspace.getConfiguration('kmportal');
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--inspect=6009']}},
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'mdx'},
      {scheme: 'file', pattern: '**/*.mdx'},
    ],
    initializationOptions: {
      docsDir: settings.get<string>('docsDir') || undefined,
      debounce: settings.get<number>('debounce'),
    },
    synchronize: {
      fileEvents: workspace.createFileSystemWatcher(
        '**/{*.md,*.mdx,units.yml,nexus.yml,versions.json}',
      ),
    },
    outputChannel: window.createOutputChannel('KM portal'),
  };
  client = new LanguageClient('kmportal', 'KM portal', serverOptions, clientOptions);
  context.subscriptions.push({dispose: () => void client?.stop()});
  await client.start();
}

/** Stops the server with the extension. */
export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
