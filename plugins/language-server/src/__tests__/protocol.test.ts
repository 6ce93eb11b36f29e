import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {TextDocument} from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  Hover,
  Location,
  Position,
  TextEdit,
  WorkspaceSymbol,
} from 'vscode-languageserver-protocol';
import {makeSite, startClient, type TestClient} from './client';

jest.setTimeout(60_000);

const KB = join(__dirname, '..', '..', '..', 'cli', 'bin', 'kb.js');

const PLAN = `---
title: Plan A
owner: OES
sdg: [11.2]
---

# Plan A

## Actions

:::status[Improve buses]{#ap-1 status=ongoing owner="OES,PMU" due=2019-Q3 sdg="11.2" nexus=smart-cities}
Body.
:::

:::status[Second]{#ap-2 status=completed owner=SD due=2030}
:::
`;

const REPORT = `# Report B

::status-ref{id=ap-1}

::status-table{owner=OES}
`;

/** Where `needle` starts in `text` (plus `offset` characters), as an LSP position. */
function at(text: string, needle: string, offset = 0): Position {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index + offset).split('\n');
  return {line: before.length - 1, character: before.at(-1)!.length};
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

/** `kb check`'s problems for one file of the site, as `line:col message [rule]`. */
function kbProblems(root: string, file: string): string[] {
  let output: string;
  try {
    output = execFileSync(process.execPath, [KB, 'check', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
  } catch (error) {
    output = (error as {stdout: string}).stdout;
  }
  const problems = (
    JSON.parse(output) as {
      problems: {file: string; line: number; column: number; message: string; ruleId: string}[];
    }
  ).problems;
  return problems
    .filter((p) => p.file === file)
    .map((p) => `${p.line}:${p.column} ${p.message} [${p.ruleId}]`);
}

let client: TestClient;
let root: string;

beforeAll(async () => {
  root = makeSite({'plans/a.md': PLAN, 'reports/b.md': REPORT, 'x/notes.md': '# Notes\n'});
  client = await startClient(root);
  await client.open('reports/b.md');
});

afterAll(() => client.stop());

describe('diagnostics', () => {
  test('a clean page has none; a typo is underlined with the rule id and kb check’s text', async () => {
    expect(await client.open('plans/a.md')).toEqual([]);
    const typo = PLAN.replace('status=ongoing', 'status=ongoign');
    const [diagnostic, ...rest] = await client.change('plans/a.md', typo);
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({
      code: 'unknown-status',
      severity: 1,
      source: 'kmportal',
      range: {start: at(typo, 'ongoign'), end: at(typo, 'ongoign', 7)},
    });
    expect(diagnostic!.message).toMatchInlineSnapshot(
      `"Unknown status \`ongoign\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`?"`,
    );
    expect(await client.change('plans/a.md', PLAN)).toEqual([]);
  });

  test('site-wide: renaming an id reports the pull on another page; a copied id is a duplicate', async () => {
    const renamed = PLAN.replace('#ap-1', '#ap-10');
    const report = client.diagnostics(client.uri('reports/b.md'));
    await client.change('plans/a.md', renamed);
    expect((await report).map((d) => `${d.range.start.line + 1}:${d.code}`)).toEqual([
      '3:unknown-id',
    ]);
    const cleared = client.diagnostics(client.uri('reports/b.md'));
    await client.change('plans/a.md', PLAN);
    expect(await cleared).toEqual([]);
    const copy = ':::status[Copy]{#ap-2 status=planned}\n:::\n';
    const [duplicate] = await client.open('reports/c.md', copy);
    expect(duplicate).toMatchObject({
      code: 'duplicate-id',
      range: {start: {line: 0, character: 0}},
    });
    expect(duplicate!.message).toContain('docs/plans/a.md:15:1');
    // A new line above the first ap-2 moves it: the other page's message names its new place.
    const moved = client.diagnostics(client.uri('reports/c.md'));
    await client.change('plans/a.md', `\n${PLAN}`);
    expect((await moved)[0]!.message).toContain('docs/plans/a.md:16:1');
    const back = client.diagnostics(client.uri('reports/c.md'));
    await client.change('plans/a.md', PLAN);
    expect((await back)[0]!.message).toContain('docs/plans/a.md:15:1');
  });

  test('a keystroke’s own diagnostics go out first; the site-wide ones follow when typing pauses', async () => {
    const order: string[] = [];
    const report = client.diagnostics(client.uri('reports/b.md')).then((diagnostics) => {
      order.push('reports/b.md');
      return diagnostics;
    });
    // An id renamed and a status mistyped in one keystroke: the typo is the page's own problem, the pull
    // of the old id on the other page a site-wide one.
    const start = at(PLAN, '#ap-1 status=ongoing', 5);
    const end = {line: start.line, character: start.character + ' status=ongoing'.length};
    const own = await client.editFirst('plans/a.md', [
      {range: {start, end}, text: '0 status=ongoign'},
    ]);
    order.push('plans/a.md');
    expect(own.map((d) => d.code)).toEqual(['unknown-status']);
    expect((await report).map((d) => d.code)).toEqual(['unknown-id']);
    expect(order).toEqual(['plans/a.md', 'reports/b.md']);
    const cleared = client.diagnostics(client.uri('reports/b.md'));
    expect(await client.change('plans/a.md', PLAN)).toEqual([]);
    expect(await cleared).toEqual([]);
  });

  test('a registry change on disk (workspace file event) re-checks every page', async () => {
    const page = ':::status[New unit]{#nu-1 status=planned owner=NEW}\n:::\n';
    writeFileSync(join(root, 'docs', 'd.md'), page);
    const [unknown] = await client.open('d.md', page);
    expect(unknown?.code).toBe('unknown-unit');
    const units = join(root, 'docs', 'units.yml');
    writeFileSync(
      units,
      `${readFileSync(units, 'utf8')}- code: NEW\n  name: New Unit\n  focal_point: Head of Unit\n`,
    );
    const cleared = client.diagnostics(client.uri('d.md'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{uri: pathToFileURL(units).href, type: 2}],
    });
    expect(await cleared).toEqual([]);
  });
});

describe('completion', () => {
  const complete = (name: string, position: Position) =>
    client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: {uri: client.uri(name)},
      position,
    });

  test('status values, units with names, SDG targets with titles, nexus slugs, due forms', async () => {
    const statuses = await complete('plans/a.md', at(PLAN, 'status=ongoing', 7));
    expect(labels(statuses)).toEqual([
      'not-started',
      'planned',
      'ongoing',
      'delayed',
      'completed',
      'continuing',
      'cancelled',
    ]);
    const units = await complete('plans/a.md', at(PLAN, 'OES,PMU', 4));
    expect(units.find((u) => u.label === 'PMU')).toMatchObject({
      detail: 'Programme Management Unit',
    });
    expect(units.find((u) => u.label === 'NEW')).toMatchObject({detail: 'New Unit'});
    const sdg = await complete('plans/a.md', at(PLAN, 'sdg="11.2"', 5));
    expect(sdg.find((s) => s.label === '11.2')?.detail).toMatch(/transport systems/);
    expect(sdg.find((s) => s.label === '11')?.detail).toMatch(/^Goal 11: /);
    expect(sdg).toHaveLength(17 + 169);
    expect(labels(await complete('plans/a.md', at(PLAN, 'nexus=smart', 6)))).toEqual([
      'smart-cities',
      'measuring-sdgs',
    ]);
    const due = await complete('plans/a.md', at(PLAN, 'due=2019', 4));
    expect(labels(due)).toEqual(
      expect.arrayContaining(['tbc', expect.stringMatching(/^\d{4}-Q[1-4]$/)]),
    );
  });

  test('SDG values the block text suggests come first, with the words that suggest them', async () => {
    const water = `${PLAN}\n:::status[Safe water]{#ap-9 status=planned sdg=""}\nConnect rural households to safe drinking water and sanitation.\n:::\n`;
    await client.change('plans/a.md', water);
    const sdg = await complete('plans/a.md', at(water, 'sdg=""', 5));
    expect(sdg.slice(0, 2).map((s) => [s.label, s.detail?.startsWith('Suggested by “')])).toEqual([
      ['6', true],
      ['6.1', true],
    ]);
    expect(sdg[0]?.detail).toMatch(/“drinking water”/);
    expect(sdg).toHaveLength(17 + 169);
    expect(sdg.filter((s) => s.label === '6')).toHaveLength(1);
    const plain = await complete('plans/a.md', at(water, 'sdg="11.2"', 5));
    expect(plain.slice(0, 2).map((s) => s.label)).toEqual(['1', '1.1']);
    await client.change('plans/a.md', PLAN);
  });

  test('attribute names not yet written, ids in a ref, a block snippet with a fresh id', async () => {
    const keys = await complete('plans/a.md', at(PLAN, ' due=2030', 1));
    expect(labels(keys)).toEqual(['sdg', 'nexus', 'response', 'response-note', 'as-of']);
    const ids = await complete('reports/b.md', at(REPORT, 'id=ap-1', 3));
    expect(ids.find((i) => i.label === 'ap-1')).toMatchObject({detail: 'Improve buses'});
    const blank = `${PLAN}\n:::st`;
    await client.change('plans/a.md', blank);
    const snippets = await complete('plans/a.md', at(blank, ':::st', 5));
    const block = snippets.find((s) => s.label === 'status');
    expect(block?.textEdit && 'newText' in block.textEdit ? block.textEdit.newText : '').toMatch(
      /^:::status\[\$\{1:Title\}\]\{#ap-3 status=/,
    );
    await client.change('plans/a.md', PLAN);
  });
});

describe('hover', () => {
  const hover = (name: string, position: Position) =>
    client.request<Hover | null>('textDocument/hover', {
      textDocument: {uri: client.uri(name)},
      position,
    });
  const text = (h: Hover | null) =>
    h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';

  test('unit name and focal point, SDG target, nexus description, due date in words, pulled item', async () => {
    expect(text(await hover('plans/a.md', at(PLAN, 'OES,PMU', 1)))).toContain(
      'Office of the Executive Secretary',
    );
    expect(text(await hover('plans/a.md', at(PLAN, 'sdg="11.2"', 6)))).toMatch(
      /SDG target 11\.2.*transport/,
    );
    expect(text(await hover('plans/a.md', at(PLAN, 'smart-cities', 2)))).toContain(
      'Housing, urban planning and mobility',
    );
    expect(text(await hover('plans/a.md', at(PLAN, '2019-Q3', 2)))).toMatch(
      /Due by the end of Q3 2019 \(30 September 2019\): \*\*overdue\*\* by \d+ years/,
    );
    expect(text(await hover('plans/a.md', at(PLAN, '2030', 1)))).toMatch(
      /Due by the end of 2030 \(31 December 2030\): in \d+ years/,
    );
    const pulled = text(await hover('reports/b.md', at(REPORT, 'ap-1', 1)));
    expect(pulled).toContain('**Improve buses** (`ap-1`)');
    expect(pulled).toContain('Status: **Ongoing**');
    expect(text(await hover('plans/a.md', at(PLAN, 'owner: OES', 8)))).toContain(
      'Office of the Executive Secretary',
    );
  });
});

describe('code actions', () => {
  async function actionsFor(name: string, text: string): Promise<CodeAction[]> {
    const diagnostics = await client.change(name, text);
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: {uri: client.uri(name)},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics},
    });
  }

  /** Applies the first quick fix offered, as a user would, until none is left. */
  async function fixed(name: string, text: string): Promise<{titles: string[]; text: string}> {
    const titles: string[] = [];
    for (let round = 0; round < 10; round++) {
      const [first] = await actionsFor(name, text);
      if (!first) break;
      titles.push(first.title);
      const edits: TextEdit[] = first.edit?.changes?.[client.uri(name)] ?? [];
      text = TextDocument.applyEdits(
        TextDocument.create(client.uri(name), 'markdown', 1, text),
        edits,
      );
    }
    return {titles, text};
  }

  test.each([
    [
      'did-you-mean for status, unit, nexus, response',
      ':::status[T]{#fx-1 status=ongoign owner="OSE" nexus=smart-citys response=acepted}\n:::\n',
    ],
    [
      'did-you-mean for an attribute and a directive',
      ':::status[T]{#fx-1 stauts=ongoing}\n:::\n\n::stauts-ref{id=ap-1}\n',
    ],
    [
      'did-you-mean for a pulled id and a due date',
      '::status-ref{id=ap-01}\n\n:::status[T]{#fx-1 status=ongoing due=31/12/2027}\n:::\n',
    ],
    ['curly quotes to straight ones', ':::status[T]{#fx-1 status=ongoing owner=“OES”}\n:::\n'],
    ['a missing closing fence', ':::status[T]{#fx-1 status=ongoing}\nBody.\n\n## Next\n'],
    ['a fresh id for a duplicate', ':::status[T]{#ap-1 status=ongoing}\n:::\n'],
    ['an id for a block without one', ':::status[T]{status=ongoing}\n:::\n'],
  ])('%s: the fixed page passes kb check', async (_case, text) => {
    // `x/` sorts after the other pages, so a duplicate id is reported on this page.
    await client.open('x/fix.md', text);
    const result = await fixed('x/fix.md', text);
    expect(result.titles.length).toBeGreaterThan(0);
    writeFileSync(join(root, 'docs', 'x', 'fix.md'), result.text);
    expect(kbProblems(root, 'docs/x/fix.md')).toEqual([]);
    expect(await client.change('x/fix.md', result.text)).toEqual([]);
  });

  test('titles say what changes', async () => {
    const actions = await actionsFor(
      'x/fix.md',
      ':::status[T]{#ap-1 status=ongoign owner=“OES”}\n:::\n',
    );
    expect(actions.map((a) => a.title)).toEqual([
      'Rename to the unused id `ap-3`',
      'Change `ongoign` to `ongoing`',
      'Replace curly quotes with straight quotes',
      'Change `“OES”` to `OES`',
    ]);
  });
});

describe('navigation', () => {
  test('definition of a pulled id is its block; references of a block are every pull', async () => {
    const definition = await client.request<Location | null>('textDocument/definition', {
      textDocument: {uri: client.uri('reports/b.md')},
      position: at(REPORT, 'ap-1', 2),
    });
    expect(definition).toMatchObject({
      uri: client.uri('plans/a.md'),
      range: {start: {line: 10, character: 0}},
    });
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: {uri: client.uri('plans/a.md')},
      position: at(PLAN, '#ap-1', 2),
      context: {includeDeclaration: false},
    });
    expect(
      references.map(
        (r) =>
          `${r.uri.split('/docs/')[1]}:${r.range.start.line + 1}:${r.range.start.character + 1}`,
      ),
    ).toEqual(['reports/b.md:3:17', 'reports/b.md:5:1']);
  });

  test('document symbols outline headings and blocks; workspace symbols list every id', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: {uri: client.uri('plans/a.md')},
    });
    expect(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)])).toEqual([
      ['Actions', ['Improve buses', 'Second']],
    ]);
    const all = await client.request<WorkspaceSymbol[]>('workspace/symbol', {query: 'ap-'});
    const outside = all.filter((s) => s.containerName !== 'docs/x/fix.md');
    expect(outside.map((s) => `${s.name} ${s.containerName}`)).toEqual([
      '#ap-1 Improve buses docs/plans/a.md',
      '#ap-2 Second docs/plans/a.md',
      '#ap-2 Copy docs/reports/c.md',
    ]);
  });
});

describe('key actions flow through the model’s items', () => {
  const ACTIONS = `:::status[Recommendation]{#rec-1 response=accepted}
::action[Draft the note]{#rec-1-a1 owner=PMU due=2019-03 status=completed}
::action[Train focal points]{#rec-1-a2 owner="OES, SD" due=2019-Q4 status=ongoing}
:::
`;
  const PULL = '::status-ref{id=rec-1-a2}\n\n::status-table{parent=rec-1}\n';

  test('attributes of an action, definition and references of an action id, symbols', async () => {
    expect(await client.open('recs/e.md', ACTIONS)).toEqual([]);
    writeFileSync(join(root, 'docs', 'recs-pull.md'), PULL);
    expect(await client.open('recs-pull.md', PULL)).toEqual([]);
    const keys = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: {uri: client.uri('recs/e.md')},
      position: at(ACTIONS, ' status=completed', 1),
    });
    expect(labels(keys)).toEqual(['evidence', 'note', 'sdg', 'nexus', 'as-of']);
    const definition = await client.request<Location | null>('textDocument/definition', {
      textDocument: {uri: client.uri('recs-pull.md')},
      position: at(PULL, 'rec-1-a2', 1),
    });
    expect(definition).toMatchObject({uri: client.uri('recs/e.md'), range: {start: {line: 2}}});
    const parents = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: {uri: client.uri('recs-pull.md')},
      position: at(PULL, 'parent=rec', 7),
    });
    expect(labels(parents)).toEqual(['rec-1']);
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: {uri: client.uri('recs/e.md')},
      position: at(ACTIONS, '#rec-1-a2', 3),
      context: {includeDeclaration: true},
    });
    expect(references.map((r) => `${r.uri.split('/docs/')[1]}:${r.range.start.line + 1}`)).toEqual([
      'recs/e.md:3',
      'recs-pull.md:1',
      'recs-pull.md:3',
      'reports/b.md:5', // ::status-table{owner=OES} lists the action owned by OES
    ]);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: {uri: client.uri('recs/e.md')},
    });
    expect(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)])).toEqual([
      ['Recommendation', ['Draft the note', 'Train focal points']],
    ]);
  });
});

test('`kb lsp --stdio` serves the same diagnostics', async () => {
  const site = makeSite({'a.md': ':::status[A]{#a-1 status=ongoign}\n:::\n'});
  const kb = await startClient(site, {command: [KB, 'lsp', '--stdio']});
  const diagnostics = await kb.open('a.md');
  expect(diagnostics.map((d) => d.code)).toEqual(['unknown-status']);
  await kb.stop();
});
