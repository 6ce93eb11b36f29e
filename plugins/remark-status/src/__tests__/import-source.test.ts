import {createProcessor} from '@mdx-js/mdx';
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import remarkDirective from 'remark-directive';
import {VFile} from 'vfile';
import remarkStatus, {decodeCard, IMPORTED_COMPONENT} from '../index.js';

const PAGE = ':::status[Publish the guide]{#g-1 status=ongoing owner=KMU sdg=11}\nDrafted.\n:::\n';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-status-import-'));
  mkdirSync(join(root, 'docs'));
  writeFileSync(
    join(root, 'docs', 'units.yml'),
    '- code: KMU\n  name: Knowledge Management Unit\n',
  );
  writeFileSync(join(root, 'docs', 'page.md'), PAGE);
  writeFileSync(join(root, 'docs', 'other.md'), '# No blocks here\n');
  return root;
}

/** The page compiled by MDX as Docusaurus does (`format: 'md'`, components from a provider). */
async function compiled(root: string, name: string, importSource?: string): Promise<string> {
  const processor = createProcessor({
    format: 'md',
    providerImportSource: '@mdx-js/react',
    remarkPlugins: [
      remarkDirective,
      [remarkStatus, {docsDir: join(root, 'docs'), cwd: root, report: false, importSource}],
    ],
  });
  const path = join(root, 'docs', name);
  return String(await processor.process(new VFile({path, value: readFileSync(path, 'utf8')})));
}

describe('importSource', () => {
  const root = site();

  test('a page with a card imports the component once and uses it without a look-up or check', async () => {
    const code = await compiled(root, 'page.md', '@theme/StatusBlockMdx');
    expect(code).toContain(`import ${IMPORTED_COMPONENT} from "@theme/StatusBlockMdx";`);
    expect(code).toContain(`_jsx(${IMPORTED_COMPONENT}, {`);
    expect(code).not.toContain('_missingMdxReference');
    const card = /card: ("(?:[^"\\]|\\.)*")/.exec(code)![1]!;
    expect(decodeCard({card: JSON.parse(card) as string})).toMatchObject({
      status: 'ongoing',
      owners: ['KMU'],
      sdg: ['11'],
    });
  });

  test('a page without cards imports nothing', async () => {
    expect(await compiled(root, 'other.md', '@theme/StatusBlockMdx')).not.toContain(
      'import Kmportal',
    );
  });

  test('without it, the component comes from the MDX components and MDX checks it is there', async () => {
    const code = await compiled(root, 'page.md');
    expect(code).not.toContain('@theme/StatusBlockMdx');
    expect(code).toContain('_missingMdxReference("StatusBlock", true)');
  });
});
