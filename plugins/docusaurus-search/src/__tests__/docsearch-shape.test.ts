// The records against the shape Typesense's docsearch-scraper creates its collection with
// (typesense-docsearch-scraper, scraper/src/typesense_helper.py) and Algolia DocSearch v3 reads.
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import {docsearchRecords} from '../docsearch';
import {siteDocuments} from '../documents';
import {siteOf} from './helpers';

const LEVELS = ['lvl0', 'lvl1', 'lvl2', 'lvl3', 'lvl4', 'lvl5', 'lvl6'];

/** The Typesense scraper's collection fields, plus this plugin's facets (declared at import). */
const TYPESENSE_FIELDS: {name: string; type: 'string' | 'string[]' | 'int64'; optional?: true}[] = [
  {name: 'anchor', type: 'string', optional: true},
  {name: 'content', type: 'string', optional: true},
  {name: 'url', type: 'string'},
  {name: 'url_without_anchor', type: 'string', optional: true},
  ...LEVELS.map((level) => ({
    name: `hierarchy.${level}`,
    type: 'string' as const,
    optional: true as const,
  })),
  {name: 'type', type: 'string', optional: true},
  {name: 'docusaurus_tag', type: 'string', optional: true},
  {name: 'language', type: 'string', optional: true},
  {name: 'item_priority', type: 'int64'},
  ...['page_type', 'status', 'unit', 'nexus', 'sdg'].map((name) => ({
    name,
    type: 'string[]' as const,
  })),
];

/** Every way a record breaks the shape, as `objectID: problem` lines (empty when it fits). */
function shapeProblems(records: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  const ids = new Set<unknown>();
  for (const record of records) {
    const at = `${String(record.objectID)}`;
    const fail = (problem: string) => problems.push(`${at}: ${problem}`);
    if (typeof record.objectID !== 'string' || !record.objectID) fail('objectID is not a string');
    if (ids.has(record.objectID)) fail('objectID is not unique');
    ids.add(record.objectID);
    for (const field of TYPESENSE_FIELDS) {
      const value = record[field.name];
      if (value === null || value === undefined) {
        if (!field.optional) fail(`${field.name} is required`);
        continue;
      }
      const ok =
        field.type === 'string'
          ? typeof value === 'string'
          : field.type === 'int64'
            ? Number.isInteger(value)
            : Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (!ok) fail(`${field.name} is not ${field.type}: ${JSON.stringify(value)}`);
    }
    // Algolia reads the nested hierarchy; it must say what the flattened keys say.
    const hierarchy = record.hierarchy as Record<string, string | null>;
    const levels = LEVELS.map((level) => hierarchy?.[level] ?? null);
    LEVELS.forEach((level, i) => {
      if ((record[`hierarchy.${level}`] ?? null) !== levels[i]) fail(`hierarchy.${level} differs`);
    });
    if (!levels[0] || !levels[1]) fail('lvl0 and lvl1 must be set');
    const deepest = levels.findLastIndex((level) => level !== null);
    if (levels.slice(0, deepest).some((level) => level === null)) fail('a gap in the hierarchy');
    const type = record.type;
    if (record.content === null && type !== LEVELS[deepest])
      fail(`type ${String(type)} without content must be ${LEVELS[deepest]}`);
    if (record.content !== null && type !== 'content') fail('type must be content');
    const {url, url_without_anchor: base, anchor} = record as Record<string, string | null>;
    if (url !== (anchor ? `${base}#${anchor}` : base))
      fail(`url ${url} is not url_without_anchor#anchor`);
    const weight = record.weight as Record<string, unknown>;
    if (!['pageRank', 'level', 'position'].every((key) => Number.isInteger(weight?.[key])))
      fail('weight needs integer pageRank, level and position');
    // One line of JSONL per record: what `typesense import` and Algolia's saveObjects take.
    if (JSON.stringify(record).includes('\n')) fail('not one JSON line');
  }
  return problems;
}

describe('DocSearch records fit Typesense and Algolia', () => {
  test('every record of the search fixture site', () => {
    const dir = join(__dirname, '../../../../test/fixtures/search-site');
    const site = loadSite({docsDir: join(dir, 'docs'), cwd: dir});
    const records = docsearchRecords(siteDocuments(site, {baseUrl: '/'}));
    expect(records.length).toBeGreaterThan(10);
    expect(shapeProblems(records)).toEqual([]);
    expect(new Set(records.map((r) => r.type))).toContain('content');
  });

  test('repeated headings and an empty section: unique objectIDs, anchors like Docusaurus', () => {
    const {site} = siteOf({
      'a.md':
        '---\ntitle: A\ntype: guidance\n---\n\n## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## Empty\n',
      'b.md': '---\ntitle: B\ntype: guidance\n---\n\n## Notes\n\nThree.\n',
    });
    const records = docsearchRecords(siteDocuments(site, {baseUrl: '/'}));
    expect(shapeProblems(records)).toEqual([]);
    expect(records.map((r) => r.url)).toEqual(
      expect.arrayContaining(['/docs/a#notes', '/docs/a#notes-1', '/docs/b#notes']),
    );
  });

  test('the check finds a broken record', () => {
    const {site} = siteOf({'c.md': '---\ntitle: C\n---\n\nText.\n'});
    const [record] = docsearchRecords(siteDocuments(site, {baseUrl: '/'}));
    const broken = {...record, 'hierarchy.lvl1': 'Other', item_priority: 1.5, status: 'x'};
    expect(shapeProblems([record, broken])).toEqual([
      `${String(record.objectID)}: objectID is not unique`,
      `${String(record.objectID)}: item_priority is not int64: 1.5`,
      `${String(record.objectID)}: status is not string[]: "x"`,
      `${String(record.objectID)}: hierarchy.lvl1 differs`,
    ]);
  });
});
