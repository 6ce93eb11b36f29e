import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {makeSite, startClient} from '../../../language-server/src/__tests__/client';

// The server the .vsix ships (dist/server.mjs, the language server and the model bundled by esbuild)
// answers like the package's own: a workspace without node_modules still gets kb check's diagnostics.
const EXTENSION = join(__dirname, '..', '..');

jest.setTimeout(60_000);

beforeAll(() => {
  execFileSync(process.execPath, ['build.mjs'], {cwd: EXTENSION});
});

test('the bundled server publishes diagnostics, completes and fixes', async () => {
  const site = makeSite({'a.md': ':::status[A]{#a-1 status=ongoign owner=OES}\n:::\n'});
  const client = await startClient(site, {
    command: [join(EXTENSION, 'dist', 'server.mjs'), '--stdio'],
  });
  const [diagnostic] = await client.open('a.md');
  expect(diagnostic).toMatchObject({
    code: 'unknown-status',
    range: {start: {line: 0, character: 25}},
  });
  const actions = await client.request<{title: string}[]>('textDocument/codeAction', {
    textDocument: {uri: client.uri('a.md')},
    range: diagnostic!.range,
    context: {diagnostics: [diagnostic]},
  });
  expect(actions.map((a) => a.title)).toEqual(['Change `ongoign` to `ongoing`']);
  await client.stop();
});

test('the bundled server finds the SDG index it copies beside dist/ and ranks suggestions first', async () => {
  const page =
    ':::status[Safe water]{#w-1 status=planned sdg=""}\nSafe drinking water and sanitation.\n:::\n';
  const site = makeSite({'w.md': page});
  const client = await startClient(site, {
    command: [join(EXTENSION, 'dist', 'server.mjs'), '--stdio'],
  });
  await client.open('w.md');
  const items = await client.request<{label: string; detail?: string}[]>(
    'textDocument/completion',
    {
      textDocument: {uri: client.uri('w.md')},
      position: {line: 0, character: page.indexOf('sdg=""') + 5},
    },
  );
  expect(items[0]).toMatchObject({label: '6', detail: expect.stringMatching(/^Suggested by/)});
  await client.stop();
});
