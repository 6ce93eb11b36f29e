import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Diagnostic} from 'vscode-languageserver-protocol';
import {makeSite, writeDocs} from './client';
import {kbCheck, useCheckedSite, type Problem} from './kb-check';

// A site translated into French (i18n/fr/…, the locales taken from the folders as kb check takes them
// without a config): the translated page's diagnostics are kb check's, and follow its changes on disk.
jest.setTimeout(60_000);

const FR = 'i18n/fr/docusaurus-plugin-content-docs/current';
const PLAN = `# Plan

:::status[Adopt]{#p-1 status=completed owner=OES}
:::

:::status[Train]{#p-2 status=ongoing owner=OES}
:::
`;
const TRANSLATED = `# Plan

:::status[Adopter]{#p-1 status=ongoing owner=OES}
:::

:::status[Former]{#p-3 status=ongoing owner=OES}
:::
`;

const site = useCheckedSite(() => {
  const root = makeSite({'plans/a.md': PLAN});
  writeDocs(join(root, FR), {'plans/a.md': TRANSLATED});
  return root;
});

const translated = () => pathToFileURL(join(site.root, FR, 'plans/a.md')).href;

/** The diagnostics published for `uri`: the last ones if any were, else the next. */
function published(uri: string): Promise<Diagnostic[]> {
  const latest = site.client.latest(uri);
  return latest ? Promise.resolve(latest) : site.client.diagnostics(uri);
}

function asLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`,
  );
}

function kbLines(problems: Problem[], file: string): string[] {
  return problems
    .filter((p) => p.file === file)
    .map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`);
}

test('kb check finds the translation’s drift, orphan and untranslated block (the comparison is not empty)', () => {
  expect(kbLines(site.expected, `${FR}/plans/a.md`).map((line) => line.split(' ')[1])).toEqual([
    'untranslated-block',
    'translation-drift',
    'orphan-block',
  ]);
});

test('the translated page gets kb check’s translation diagnostics once the site is read, and opened', async () => {
  const expected = kbLines(site.expected, `${FR}/plans/a.md`);
  expect(asLines(await published(translated()))).toEqual(expected);
  expect(asLines(await site.client.open(`../${FR}/plans/a.md`))).toEqual(expected);
  // Closed again (its diagnostics sent once more, from the saved file): the next test edits it on disk.
  const closed = site.client.diagnostics(translated());
  await site.client.connection.sendNotification('textDocument/didClose', {
    textDocument: {uri: translated()},
  });
  expect(asLines(await closed)).toEqual(expected);
});

test('a translation fixed on disk: its diagnostics follow without a restart', async () => {
  await published(translated());
  const fixed = TRANSLATED.replace('status=ongoing', 'status=completed').replace('#p-3', '#p-2');
  writeFileSync(join(site.root, FR, 'plans/a.md'), fixed);
  const next = site.client.diagnostics(translated());
  await site.client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{uri: translated(), type: 2}],
  });
  expect(await next).toEqual([]);
  expect(kbLines(kbCheck(site.root), `${FR}/plans/a.md`)).toEqual([]);
});

test('drift in unsaved buffers: the translation’s and the source’s editor texts count before a save', async () => {
  const name = `../${FR}/plans/a.md`;
  // On disk now: the fixed translation (no problems).
  expect(await site.client.open(name)).toEqual([]);
  // The drift typed back into the translation's buffer, unsaved: kb check's messages for that text.
  const drifting = await site.client.change(name, TRANSLATED);
  expect(asLines(drifting)).toEqual(kbLines(site.expected, `${FR}/plans/a.md`));
  expect(
    await site.client.change(name, readFileSync(join(site.root, FR, 'plans/a.md'), 'utf8')),
  ).toEqual([]);
  // The source's status changed in its buffer, unsaved: the translation now differs from it.
  const source = join(site.root, 'docs', 'plans/a.md');
  const changed = PLAN.replace('status=completed', 'status=ongoing');
  await site.client.open('plans/a.md', PLAN);
  await site.client.change('plans/a.md', changed);
  const live = asLines(site.client.latest(translated())!);
  expect(live.map((line) => line.split(' ')[1])).toEqual(['translation-drift']);
  // What kb check reports once the source is saved so.
  writeFileSync(source, changed);
  try {
    expect(live).toEqual(kbLines(kbCheck(site.root), `${FR}/plans/a.md`));
  } finally {
    writeFileSync(source, PLAN);
  }
  await site.client.change('plans/a.md', PLAN);
  expect(site.client.latest(translated())).toEqual([]);
});
