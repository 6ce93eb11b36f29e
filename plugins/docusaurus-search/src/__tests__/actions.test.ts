import {join} from 'node:path';
import {loadSite} from '@kmportal/model';
import {siteDocuments} from '../documents.js';

const root = join(__dirname, '..', '..', '..', '..');
const siteDir = join(root, 'test', 'fixtures', 'actions-site');
const site = loadSite({docsDir: join(siteDir, 'docs'), cwd: siteDir, routeBasePath: 'docs'});

test('key actions are item documents of their own, under their recommendation, each once', () => {
  const items = siteDocuments(site, {baseUrl: '/'}).filter((doc) => doc.record.kind === 'item');
  const ids = items.map((doc) => doc.record.item?.id);
  expect(ids).toEqual([
    'fx-r1',
    'fx-r1-a1',
    'fx-r1-a2',
    'fx-r1-a3',
    'fx-r2',
    'fx-r2-a1',
    'fx-r2-a2',
    'fx-r3',
  ]);
  const action = items.find((doc) => doc.record.item?.id === 'fx-r2-a1')!;
  expect(action.record.item?.parent).toBe('fx-r2');
  expect(action.record.trail.at(-1)).toBe('One registry of decisions');
  expect(action.facets).toMatchObject({status: ['completed'], unit: ['ISU']});
  expect(action.body).toContain('three');
  expect(items.find((doc) => doc.record.item?.id === 'fx-r1-a1')!.body).toBe('Issued in March');
});
