import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {
  CompletionItem,
  Diagnostic,
  Hover,
  Location,
  Position,
} from 'vscode-languageserver-protocol';
import {makeSite, writeDocs} from './client';
import {kbCheck, useCheckedSite, type Problem} from './kb-check';

// A site with a released version (versioned_docs/version-1.0, from versions.json) and a version named
// without its folder: each version's pages get kb check's diagnostics, and ids resolve in their version.
jest.setTimeout(60_000);

const V1 = '../versioned_docs/version-1.0';

const CURRENT_PLAN = `# Plan

:::status[Buses, now]{#ap-1 status=completed owner=OES}
:::

:::status[Added after 1.0]{#ap-new status=planned owner=OES}
:::
`;
const OLD_PLAN = `# Plan

:::status[Buses, in 1.0]{#ap-1 status=ongoign owner=OES}
:::
`;
const OLD_REPORT = `# Report

::status-ref{id=ap-1}

::status-ref{id=ap-new}
`;

function asProblems(file: string, diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (d) =>
      `${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message} [${d.code}]`,
  );
}

function kbProblems(problems: Problem[], file: string): string[] {
  return problems
    .filter((p) => p.file === file)
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.ruleId}]`);
}

function at(text: string, needle: string, offset = 0): Position {
  const before = text.slice(0, text.indexOf(needle) + offset).split('\n');
  return {line: before.length - 1, character: before.at(-1)!.length};
}

const site = useCheckedSite(() => {
  const root = makeSite({'plans/a.md': CURRENT_PLAN});
  writeFileSync(join(root, 'versions.json'), '["1.0", "0.9"]\n');
  writeDocs(join(root, 'versioned_docs', 'version-1.0'), {
    'plans/a.md': OLD_PLAN,
    'reports/b.md': OLD_REPORT,
  });
  return root;
});

test('kb check reports the released version’s problems (the comparison is not empty)', () => {
  expect(site.expected.map((p) => `${p.file} ${p.ruleId}`)).toEqual([
    'versioned_docs/version-1.0/plans/a.md unknown-status',
    'versioned_docs/version-1.0/reports/b.md unknown-id',
    'versions.json missing-version-folder',
  ]);
});

test('pages of a released version get kb check’s diagnostics; ids are unique per version', async () => {
  for (const name of ['plans/a.md', 'reports/b.md']) {
    const file = `versioned_docs/version-1.0/${name}`;
    const diagnostics = await site.client.open(`${V1}/${name}`);
    expect(asProblems(file, diagnostics)).toEqual(kbProblems(site.expected, file));
  }
  // ap-1 is in both versions: no duplicate in either.
  expect(await site.client.open('plans/a.md')).toEqual([]);
});

test('versions.json names a version without its folder', () => {
  const diagnostics =
    site.client.latest(pathToFileURL(join(site.root, 'versions.json')).href) ?? [];
  expect(diagnostics.map((d) => d.message)).toMatchInlineSnapshot(`
    [
      "Version \`0.9\` has no folder \`versioned_docs/version-0.9\`: Docusaurus stops the build. Create it with \`docusaurus docs:version 0.9\` or remove the name from versions.json.",
    ]
  `);
});

test('a pull resolves in its own version: definition, hover, completion', async () => {
  const report = `${V1}/reports/b.md`;
  const definition = await site.client.request<Location | null>('textDocument/definition', {
    textDocument: {uri: site.client.uri(report)},
    position: at(OLD_REPORT, 'ap-1', 1),
  });
  expect(definition?.uri).toBe(site.client.uri(`${V1}/plans/a.md`));
  const hover = await site.client.request<Hover | null>('textDocument/hover', {
    textDocument: {uri: site.client.uri(report)},
    position: at(OLD_REPORT, 'ap-1', 1),
  });
  expect(JSON.stringify(hover?.contents)).toContain('Buses, in 1.0');
  const ids = await site.client.request<CompletionItem[]>('textDocument/completion', {
    textDocument: {uri: site.client.uri(report)},
    position: at(OLD_REPORT, 'id=ap-1', 3),
  });
  expect(ids.map((item) => item.label)).toEqual(['ap-1']);
});

test('editing a released version’s page re-checks that version only', async () => {
  const fixed = OLD_PLAN.replace('ongoign', 'ongoing').replace('#ap-1', '#ap-new');
  const report = site.client.diagnostics(site.client.uri(`${V1}/reports/b.md`));
  expect(await site.client.change(`${V1}/plans/a.md`, fixed)).toEqual([]);
  // ap-new now exists in 1.0 and ap-1 no longer does.
  expect((await report).map((d) => `${d.range.start.line + 1} ${d.code}`)).toEqual([
    '3 unknown-id',
  ]);
  expect(site.client.latest(site.client.uri('plans/a.md'))).toEqual([]);
});

/** Tells the server files changed on disk, as an editor's file watcher does (1 created, 2 changed, 3 deleted). */
function filesChanged(changes: [path: string, type: 1 | 2 | 3][]): Promise<void> {
  return site.client.connection.sendNotification('workspace/didChangeWatchedFiles', {
    changes: changes.map(([path, type]) => ({
      uri: pathToFileURL(join(site.root, path)).href,
      type,
    })),
  });
}

test('a version’s folder created (docs:version) is read without a restart, and versions.json follows', async () => {
  const versionsJson = pathToFileURL(join(site.root, 'versions.json')).href;
  const page = pathToFileURL(join(site.root, 'versioned_docs/version-0.9/plans/c.md')).href;
  writeDocs(join(site.root, 'versioned_docs', 'version-0.9'), {
    'plans/c.md': '# Old\n\n:::status[Old]{#ap-1 status=ongoign owner=OES}\n:::\n',
  });
  const cleared = site.client.diagnostics(versionsJson);
  const published = site.client.diagnostics(page);
  await filesChanged([['versioned_docs/version-0.9/plans/c.md', 1]]);
  expect(await cleared).toEqual([]);
  // kb check's problems of the new version's page; ap-1 is unique within 0.9.
  const expected = kbProblems(kbCheck(site.root), 'versioned_docs/version-0.9/plans/c.md');
  expect(asProblems('versioned_docs/version-0.9/plans/c.md', await published)).toEqual(expected);
  expect(expected.map((p) => p.split(' [')[1])).toEqual(['unknown-status]']);
});

test('a version taken out of versions.json: its pages’ diagnostics go, its ids resolve in the current docs', async () => {
  const old = site.client.uri(`${V1}/plans/a.md`);
  const report = site.client.uri(`${V1}/reports/b.md`);
  expect(site.client.latest(report)?.length).toBeGreaterThan(0);
  writeFileSync(join(site.root, 'versions.json'), '["0.9"]\n');
  const gone = site.client.diagnostics(report);
  await filesChanged([['versions.json', 2]]);
  expect(await gone).toEqual([]);
  // The 1.0 page open in the editor is no page of any version now: its pull resolves in the current docs.
  const definition = await site.client.request<Location | null>('textDocument/definition', {
    textDocument: {uri: report},
    position: at(OLD_REPORT, 'ap-1', 1),
  });
  expect(definition?.uri).toBe(site.client.uri('plans/a.md'));
  expect(site.client.latest(old)).toEqual([]);
});
