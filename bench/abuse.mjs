#!/usr/bin/env node
// npm run bench:abuse — pathological pages through the model (`parsePage`, what `kb check` and the build
// run on each page), at 256 KiB and 1 MiB: a time that grows linearly shows a ratio near 4, a quadratic
// one near 16. Side by side with the bare upstream parser (remark-parse + directives + front matter,
// `parseMarkdown`) on the same text, so the model's own share is visible. Inputs are generated here.
//
// Options (env): BENCH_ABUSE_SIZES=262144,1048576  BENCH_ABUSE_CASES=name,name (a subset).
import {parseMarkdown, parsePage, loadModelConfig} from '@kmportal/model';
import {VFile} from 'vfile';

const root = new URL('..', import.meta.url).pathname;
const sizes = (process.env.BENCH_ABUSE_SIZES ?? '262144,1048576').split(',').map(Number);
const only = process.env.BENCH_ABUSE_CASES?.split(',');
const {config} = loadModelConfig({docsDir: `${root}plugins/model/test/registry`});

const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const block = (body) => `:::status[T]{#a1 status=ongoing}\n${body}\n:::\n`;

// Each case: a page of about `bytes` bytes built around one long run.
const CASES = {
  'body: a + spaces + b': (n) => block(`a${fill(' ', n)}b`),
  'body: a + tabs + b': (n) => block(`a${fill('\t', n)}b`),
  'body: no-break spaces': (n) => block(`a${fill('\u00A0', n)}b`),
  'heading: spaces': (n) => `## a${fill(' ', n)}b\n`,
  'heading: {# repeated': (n) => `## a ${fill('{#', n)}\n`,
  'heading: {#x} + spaces': (n) => `## a {#x${fill(' ', n)}\n`,
  'title: spaces': (n) => `:::status[a${fill(' ', n)}b]{#a1 status=ongoing}\n:::\n`,
  'opening: attribute spaces': (n) => `:::status[T]{#a1${fill(' ', n)}status=ongoing}\n:::\n`,
  'opening: unclosed attributes': (n) => `:::status[T]{#a1 status=ongoing${fill(' ', n)}\n:::\n`,
  'opening: nested [': (n) => `:::status[${fill('[', n)}\n`,
  'opening: long id of dashes': (n) => `:::status[T]{#A${fill('-', n)}x status=ongoing}\n:::\n`,
  'opening: colons': (n) => `${fill(':', n)}\n`,
  'opening: quote markers + spaces': (n) => `${'> '.repeat(30)}${fill(' ', n)}x\n`,
  'list: digits': (n) => `${fill('1', n)}\n`,
  'pull: spaces in braces': (n) => `::status-table{owner=OES${fill(' ', n)}\n`,
  'text directives a:b': (n) => `${fill('a:b ', n)}\n`,
  'front matter: spaces': (n) => `---\ntitle: a${fill(' ', n)}b\n---\n`,
  'html: <': (n) => `${fill('<', n)}\n`,
  'html: comment openers': (n) => `${fill('<!--', n)}\n`,
  'html: tags without >': (n) => `<div>${fill('<a b=', n)}</div>\n`,
  'html: unclosed quoted value': (n) => `<div a="${fill(' ', n)}\n\n`,
  'html: many handlers': (n) => `<div>${fill('<b onclick=x>', n)}</div>\n`,
  'link: javascript + spaces': (n) => `[a](${fill(' ', n)}javascript:x)\n`,
  'front matter: </script repeated': (n) => `---\ntitle: "${fill('</script', n)}"\n---\n`,
  backslashes: (n) => `${fill('\\', n)}\n`,
  'blank lines': (n) => `a${fill('\n', n)}b\n`,
  'trailing spaces on many lines': (n) => block(fill('a   \n', n)),
  'status blocks': (n) => fill(block('Body.').replace('#a1', '#a'), n),
};

function time(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(make, bytes) {
  const value = make(bytes);
  const model = time(() => parsePage({path: 'bench.md', value}, config));
  const parser = time(() => parseMarkdown(new VFile({path: 'bench.md', value})));
  return {model, parser, bytes: Buffer.byteLength(value)};
}

const pad = (text, width) => String(text).padEnd(width);
const ms = (value) => `${value.toFixed(0)} ms`;
console.log(
  `${pad('case', 34)}${sizes.map((s) => pad(`model ${s / 1024} KiB`, 18) + pad('parser', 10)).join('')}ratio (model)`,
);
for (const [name, make] of Object.entries(CASES)) {
  if (only && !only.includes(name)) continue;
  const results = sizes.map((bytes) => measure(make, bytes));
  const ratio = results.at(-1).model / Math.max(results[0].model, 0.5);
  const cells = results.map((r) => pad(ms(r.model), 18) + pad(ms(r.parser), 10)).join('');
  console.log(`${pad(name, 34)}${cells}${ratio.toFixed(1)}`);
}
