import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {parsePage} from '../parse.js';

// Each folder of test/fixtures holds `input.md` and `output.json` (the page, items and messages).
// Run with UPDATE=1 to write `output.json` from the current behaviour, then review the diff.
const root = join(__dirname, '..', '..', 'test');
const fixtures = join(root, 'fixtures');
const {config} = loadModelConfig({docsDir: join(root, 'registry')});

function run(name: string) {
  const value = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
  const {page, items, pulls, messages} = parsePage({path: 'input.md', value}, config);
  const {frontMatter: _frontMatter, ...meta} = page;
  // `pulls` only where a page has some, so fixtures written before pulls existed stay as they are.
  return {
    page: meta,
    items,
    ...(pulls.length ? {pulls} : {}),
    messages: messages.map(formatMessage),
  };
}

describe('parser fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    test(name, () => {
      const actual = JSON.parse(JSON.stringify(run(name)));
      const expectedPath = join(fixtures, name, 'output.json');
      if (process.env.UPDATE || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
