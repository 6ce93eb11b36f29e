import {createProcessor} from '@mdx-js/mdx';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import remarkStatus from '../index.js';
import {IMPORTED_ERROR_COMPONENT, splitReason} from '../error-cards.js';

const PAGES = {
  // An opening with an unclosed quote is not a directive: Markdown shows it as a paragraph.
  'broken.md':
    '# Plan\n\n:::status[Publish the guide]{#g-1 status=ongoing owner="KMU}\nDrafted.\n:::\n\n' +
    ':::status[Fine]{#g-2 status=ongoing}\nOk.\n:::\n',
  'unknown.md': ':::status[Typo]{#g-3 status=ongoign}\nText.\n:::\n',
  'clean.md': ':::status[Fine]{#g-4 status=ongoing}\nOk.\n:::\n',
};

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-status-errors-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'units.yml'), '- code: KMU\n  name: Knowledge Unit\n');
  for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(root, 'docs', name), text);
  return root;
}

async function compiled(root: string, name: string, errorCards: boolean): Promise<string> {
  const processor = createProcessor({
    format: 'md',
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [
      remarkDirective,
      [
        remarkStatus,
        {
          docsDir: join(root, 'docs'),
          cwd: root,
          report: false,
          importSource: '@theme/StatusBlockMdx',
          errorCards,
          errorImportSource: '@theme/StatusBlockError',
        },
      ],
    ],
  });
  const path = join(root, 'docs', name);
  return String(await processor.process(new VFile({path, value: readFileSync(path, 'utf8')})));
}

/** The `problems` prop the compiled page passes to a component, read back. */
function problemsOf(
  code: string,
): {message: string; hint?: string; ruleId?: string; line: number}[] {
  const json = /problems: JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
  return json ? JSON.parse(JSON.parse(json) as string) : [];
}

describe('error cards (the dev server)', () => {
  const root = site();

  test('a block that could not be read becomes an error card at its place, its text inside', async () => {
    const code = await compiled(root, 'broken.md', true);
    expect(code).toContain(`import ${IMPORTED_ERROR_COMPONENT} from "@theme/StatusBlockError";`);
    expect(code).toContain(`_jsx(${IMPORTED_ERROR_COMPONENT}, {`);
    const [problem] = problemsOf(code);
    expect(problem).toMatchObject({line: 3, ruleId: 'malformed-attributes'});
    expect(problem!.message).toMatch(/^Malformed status block opening/);
    expect(problem!.hint).toContain(':::status[Title]');
    // The card comes before the readable block that follows it, which is still a card.
    expect(code.indexOf(IMPORTED_ERROR_COMPONENT + ', {')).toBeLessThan(code.indexOf('"g-2"'));
  });

  test("a block's errors go on its own card", async () => {
    const code = await compiled(root, 'unknown.md', true);
    expect(code).not.toContain(IMPORTED_ERROR_COMPONENT);
    expect(problemsOf(code)).toEqual([
      expect.objectContaining({line: 1, ruleId: 'unknown-status'}),
    ]);
  });

  test('off (a build) or on a page without errors, nothing changes', async () => {
    expect(await compiled(root, 'broken.md', false)).not.toContain('problems');
    expect(await compiled(root, 'clean.md', true)).not.toContain('problems');
  });
});

test('a reason splits after its first sentence into the finding and the fix', () => {
  expect(splitReason('Unknown status `x`. Expected one of `a`, `b`.')).toEqual({
    message: 'Unknown status `x`.',
    hint: 'Expected one of `a`, `b`.',
  });
  expect(splitReason('One sentence only')).toEqual({message: 'One sentence only'});
});
