#!/usr/bin/env node
// Renders images/preview.png: NOT a screenshot of VS Code (none can run here), but an editor-like page
// drawn from the language server's real answers: the bundled server (dist/server.mjs) is started over
// stdio on a sample site, a page is opened, and its diagnostics, one hover and the quick fixes offered
// are drawn as an editor would (squiggles, a hover box, a light-bulb menu). Chromium takes the picture.
// Usage: node build.mjs && node scripts/render-preview.mjs
import {spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node.js';

const here = dirname(fileURLToPath(import.meta.url));
const PAGE = `---
title: Evaluation follow-up 2017
owner: OES
---

## Recommendations

:::status[Improve bus rapid transit]{#eval-2017-r1 status=ongoign owner="PMO" due=2025-Q3 sdg="11.2"}
Routes were redesigned with the city.
:::
`;

function site() {
  const root = mkdtempSync(join(tmpdir(), 'kb-preview-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(
    join(root, 'docs', 'units.yml'),
    '- code: OES\n  name: Office of the Executive Secretary\n- code: PMU\n  name: Programme Management Unit\n  focal_point: Head of the PMU\n',
  );
  writeFileSync(
    join(root, 'docs', 'nexus.yml'),
    '- slug: smart-cities\n  title: Smart cities\n  description: Cities.\n',
  );
  writeFileSync(join(root, 'docs', 'follow-up.md'), PAGE);
  return root;
}

async function askServer(root) {
  const child = spawn(process.execPath, [join(here, '..', 'dist', 'server.mjs'), '--stdio'], {
    cwd: root,
  });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const uri = pathToFileURL(join(root, 'docs', 'follow-up.md')).href;
  const diagnostics = new Promise((resolve) =>
    connection.onNotification(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === 1 && resolve(p.diagnostics),
    ),
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: {},
  });
  await connection.sendNotification('initialized', {});
  await connection.sendRequest('workspace/symbol', {query: ''});
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: {uri, languageId: 'markdown', version: 1, text: PAGE},
  });
  const found = await diagnostics;
  const line = PAGE.split('\n').findIndex((l) => l.startsWith(':::status'));
  const hover = await connection.sendRequest('textDocument/hover', {
    textDocument: {uri},
    position: {line, character: PAGE.split('\n')[line].indexOf('2025-Q3') + 2},
  });
  const actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: found[0].range,
    context: {diagnostics: found},
  });
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  return {diagnostics: found, hover, actions};
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function lineHtml(text, index, diagnostics) {
  const marks = diagnostics
    .filter((d) => d.range.start.line === index)
    .sort((a, b) => a.range.start.character - b.range.start.character);
  let html = '';
  let at = 0;
  for (const d of marks) {
    const {character: start} = d.range.start;
    const end = Math.max(start + 1, d.range.end.character);
    html +=
      escape(text.slice(at, start)) +
      `<span class="${d.severity === 1 ? 'error' : 'warning'}">${escape(text.slice(start, end))}</span>`;
    at = end;
  }
  return html + escape(text.slice(at));
}

function render({diagnostics, hover, actions}) {
  const lines = PAGE.split('\n').slice(0, -1);
  const code = lines
    .map(
      (text, i) =>
        `<div class="line"><span class="gutter">${i + 1}</span>${lineHtml(text, i, diagnostics) || '&nbsp;'}</div>`,
    )
    .join('');
  const hoverText = escape(hover.contents.value)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
  const problems = diagnostics
    .map(
      (d) =>
        `<div class="problem"><span class="${d.severity === 1 ? 'dot-error' : 'dot-warning'}">●</span> ${escape(d.message).replace(/`([^`]+)`/g, '<code>$1</code>')} <span class="rule">kmportal(${d.code}) [${d.range.start.line + 1}, ${d.range.start.character + 1}]</span></div>`,
    )
    .join('');
  const fixes = actions
    .map(
      (a) =>
        `<div class="fix">Quick fix: ${escape(a.title).replace(/`([^`]+)`/g, '<code>$1</code>')}</div>`,
    )
    .join('');
  return `<!doctype html><meta charset="utf-8"><style>
  body{margin:0;background:#1e1e1e;color:#d4d4d4;font:14px/1.6 'DejaVu Sans Mono',monospace;width:1180px}
  .title{background:#2d2d2d;color:#ccc;padding:6px 12px;font-family:'DejaVu Sans',sans-serif;font-size:13px}
  .editor{padding:10px 0;position:relative}.line{white-space:pre}.gutter{display:inline-block;width:40px;color:#858585;text-align:right;margin-right:16px}
  .error{text-decoration:underline wavy #f14c4c;text-underline-offset:3px}.warning{text-decoration:underline wavy #cca700}
  .hover{position:absolute;left:560px;top:250px;width:520px;background:#252526;border:1px solid #454545;padding:8px 12px;font-family:'DejaVu Sans',sans-serif;font-size:13px;white-space:pre-wrap}
  .menu{position:absolute;left:70px;top:250px;background:#252526;border:1px solid #454545;padding:4px 0;font-family:'DejaVu Sans',sans-serif;font-size:13px}
  .fix{padding:3px 12px}.fix:first-child{background:#04395e}
  code{background:#3a3d41;padding:0 3px;border-radius:3px}
  .panel{border-top:1px solid #454545;margin-top:130px;font-family:'DejaVu Sans',sans-serif;font-size:13px;padding:6px 12px}
  .panel h3{font-size:11px;letter-spacing:1px;margin:0 0 6px;color:#aaa}.problem{padding:2px 0}.rule{color:#888}.dot-error{color:#f14c4c}.dot-warning{color:#cca700}
  .note{color:#888;font-size:11px;padding:4px 12px 8px;font-family:'DejaVu Sans',sans-serif}
  </style><div class="title">follow-up.md — docs</div><div class="editor">${code}<div class="menu">${fixes}</div><div class="hover">${hoverText}</div></div>
  <div class="panel"><h3>PROBLEMS</h3>${problems}</div>
  <div class="note">Drawn from the KM portal language server's real answers (diagnostics, hover, quick fixes) for this page; not a screenshot of VS Code.</div>`;
}

const answers = await askServer(site());
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage({viewport: {width: 1180, height: 600}});
await page.setContent(render(answers));
mkdirSync(join(here, '..', 'images'), {recursive: true});
await page.screenshot({path: join(here, '..', 'images', 'preview.png'), fullPage: true});
await browser.close();
console.log(
  `images/preview.png: ${answers.diagnostics.length} diagnostics, ${answers.actions.length} quick fixes`,
);
