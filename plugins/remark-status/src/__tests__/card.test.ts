import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import {
  cardCodes,
  cardRegistry,
  mergedCardRegistry,
  resolveCard,
  statusBlockProps,
} from '../index.js';

function site() {
  const root = mkdtempSync(join(tmpdir(), 'card-'));
  const docsDir = join(root, 'docs');
  mkdirSync(docsDir);
  writeFileSync(join(docsDir, 'units.yml'), '- code: KMU\n  name: Knowledge Management Unit\n');
  writeFileSync(
    join(docsDir, 'nexus.yml'),
    '- slug: smart-cities\n  title: Smart sustainable cities\n  description: Cities.\n',
  );
  writeFileSync(
    join(docsDir, 'plan.md'),
    '---\ntype: evaluation\n---\n\n' +
      ':::status[Share lessons]{#r-1 status=ongoing owner="KMU,XYZ" due=2019-Q2 sdg="11.2 16" nexus=smart-cities response=accepted as-of=2019-05-01}\n:::\n',
  );
  return loadSite({docsDir, cwd: root});
}

const LINKS = {sdgBasePath: '/sdg', nexusBasePath: '/nexus'};

describe('cards: codes on the page, names from the registry', () => {
  const {config, items, messages} = site();

  test('the sample page is valid but for the unknown unit', () => {
    expect(messages.map((message) => message.ruleId)).toEqual(['unknown-unit']);
  });
  const [item] = items;

  test('a page carries the codes only', () => {
    expect(cardCodes(item!, LINKS)).toEqual({
      id: 'r-1',
      title: 'Share lessons',
      status: 'ongoing',
      owners: ['KMU', 'XYZ'],
      due: {raw: '2019-Q2', kind: 'quarter', start: '2019-04-01', end: '2019-06-30'},
      sdg: ['11.2', '16'],
      nexus: ['smart-cities'],
      response: 'accepted',
      asOf: '2019-05-01',
      sdgBase: undefined,
      nexusBase: undefined,
    });
    expect(cardCodes(item!, {sdgBasePath: '/goals', nexusBasePath: '/nexus'})).toMatchObject({
      sdgBase: '/goals',
      nexusBase: undefined,
    });
  });

  test('the global-data registry names them as the build does, with only the targets in use', () => {
    const registry = JSON.parse(JSON.stringify(cardRegistry(config, items)));
    expect(Object.keys(registry.targets)).toEqual(['11.2']);
    expect(Object.keys(registry.goals)).toHaveLength(17);
    const resolved = resolveCard(cardCodes(item!, LINKS), registry);
    expect(resolved).toEqual(statusBlockProps(item!, config, LINKS));
    expect(resolved.owners).toEqual([
      {code: 'KMU', name: 'Knowledge Management Unit'},
      {code: 'XYZ', name: 'XYZ'},
    ]);
    expect(resolved.sdg.map(({code, title, href}) => [code, title.slice(0, 30), href])).toEqual([
      ['11.2', 'By 2030, provide access to saf', '/sdg/11#target-11.2'],
      ['16', 'Peace, justice and strong inst', '/sdg/16'],
    ]);
    expect(resolved.nexus).toEqual([
      {slug: 'smart-cities', title: 'Smart sustainable cities', href: '/nexus/smart-cities'},
    ]);
    expect(resolved.response).toEqual({value: 'accepted', label: 'Accepted'});
    expect(resolved.status).toMatchObject({value: 'ongoing', label: 'Ongoing'});
  });

  test('a card of another docs instance or version says which; its chips link to that one’s indexes', () => {
    const version = {instance: 'handbook', name: '1.0', isLast: false, label: '1.0'};
    const place = (v: Partial<typeof version>) =>
      cardCodes(item!, LINKS, undefined, {...version, ...v, contentPath: '/d', path: '/h'});
    expect(place({})).toMatchObject({docs: 'handbook', version: '1.0'});
    const shown = place({instance: 'default', isLast: true});
    expect('docs' in shown || 'version' in shown).toBe(false);
    const links = {sdgBase: '/handbook-kb/sdg/1.0', nexusBase: '/handbook-kb/nexus/1.0'};
    const resolved = resolveCard(place({}), cardRegistry(config, items), links);
    expect(resolved.sdg.map((chip) => chip.href)).toEqual([
      '/handbook-kb/sdg/1.0/11#target-11.2',
      '/handbook-kb/sdg/1.0/16',
    ]);
    expect(resolved.nexus[0]!.href).toBe('/handbook-kb/nexus/1.0/smart-cities');
    // A base path given to the remark plugin itself wins.
    const own = cardCodes(item!, {sdgBasePath: '/goals', nexusBasePath: '/nexus'});
    expect(resolveCard(own, cardRegistry(config, items), links).sdg[0]!.href).toBe(
      '/goals/11#target-11.2',
    );
  });

  test('an unknown code is shown as written, in a neutral colour', () => {
    const registry = cardRegistry(config, []);
    const resolved = resolveCard(
      {id: 'x', title: 'X', status: 'paused', owners: [], sdg: ['99'], nexus: ['nowhere']},
      registry,
    );
    expect(resolved.status).toEqual({value: 'paused', label: 'paused', color: '#757575'});
    expect(resolved.sdg[0]).toMatchObject({code: '99', title: '99', color: '#757575'});
    expect(resolved.nexus[0]).toEqual({slug: 'nowhere', title: 'nowhere', href: '/nexus/nowhere'});
  });
});

describe('mergedCardRegistry: the registries of several docs instances as one', () => {
  function instance(units: string, page: string) {
    const root = mkdtempSync(join(tmpdir(), 'card-instance-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'units.yml'), units);
    writeFileSync(join(root, 'docs', 'plan.md'), page);
    return loadSite({docsDir: join(root, 'docs'), cwd: root});
  }
  const docs = instance(
    '- code: SD\n  name: Statistical Division\n',
    ':::status[A]{#a status=ongoing owner=SD sdg=11.2}\n:::\n',
  );
  const handbook = instance(
    '- code: HR\n  name: Human Resources Section\n- code: SD\n  name: Another name\n',
    ':::status[B]{#b status=planned owner=HR sdg=4.1}\n:::\n',
  );

  test('each instance’s units and targets are named; a code in both keeps the first instance’s name', () => {
    const registry = mergedCardRegistry([docs, handbook]);
    expect(registry.units).toEqual({SD: 'Statistical Division', HR: 'Human Resources Section'});
    expect(Object.keys(registry.targets).sort()).toEqual(['11.2', '4.1']);
    expect(mergedCardRegistry([docs])).toEqual(cardRegistry(docs.config, docs.items));
  });
});
