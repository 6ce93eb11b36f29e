import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isError, loadSite} from '@kmportal/model';
import {TEMPLATE_NAMES} from '../../plugins/cli/src/templates';

const root = join(__dirname, '..', '..');
const site = loadSite({docsDir: join(root, 'docs'), cwd: root});
const toolbox = site.pages.filter((p) => p.page.path.startsWith('docs/toolbox/'));

describe('the toolbox pages', () => {
  test('define no status items, so the indexes only hold real work', () => {
    expect(toolbox.length).toBeGreaterThan(TEMPLATE_NAMES.length);
    expect(toolbox.flatMap((p) => p.items.map((item) => `${item.path}: ${item.id}`))).toEqual([]);
  });

  test('have no problems', () => {
    expect(toolbox.flatMap((p) => p.messages.filter(isError).map((m) => String(m)))).toEqual([]);
  });

  test.each(TEMPLATE_NAMES)('%s has a gallery page showing the template kb new uses', (name) => {
    const page = readFileSync(join(root, 'docs/toolbox/templates', `${name}.mdx`), 'utf8');
    expect(page).toContain(
      `import source from '!!raw-loader!@site/plugins/cli/templates/${name}.md';`,
    );
    expect(page).toMatch(/<CodeBlock language="md"[^>]*>\{source\}<\/CodeBlock>/);
    expect(page).toContain(`npx kb new ${name} --title`);
    expect(page).toMatch(/^type: template$/m);
  });
});
