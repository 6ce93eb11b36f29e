import {join} from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {normalizePluginOptions} from '@docusaurus/utils-validation';
import {
  DEFAULT_PAGE_TYPES,
  DEFAULT_STATUSES,
  readShippedTranslations,
  RESPONSES,
} from '@kmportal/model';
import type {CardRegistry} from '@kmportal/remark-status';
import pluginStatus, {validateOptions} from '../index.js';
import {labelsOf, labelsTranslationFile, localizedRegistry, PAGE_TYPE_LABELS} from '../labels.js';

const PACKAGE_DIR = join(__dirname, '..', '..');

describe('shipped labels', () => {
  const ids = [
    ...DEFAULT_STATUSES.map((s) => `status.${s.value}`),
    ...[...RESPONSES.keys()].map((value) => `response.${value}`),
    ...DEFAULT_PAGE_TYPES.map((value) => `pageType.${value}`),
  ];
  const english = new Map([
    ...DEFAULT_STATUSES.map((s) => [`status.${s.value}`, s.label] as const),
    ...[...RESPONSES].map(([value, label]) => [`response.${value}`, label] as const),
    ...[...PAGE_TYPE_LABELS].map(([value, label]) => [`pageType.${value}`, label] as const),
  ]);

  test('every default page type has an English name', () => {
    expect(DEFAULT_PAGE_TYPES.filter((type) => !PAGE_TYPE_LABELS.has(type))).toEqual([]);
  });

  test.each(['fr', 'ru'])(
    '%s names every default status, response and page type',
    async (locale) => {
      const shipped = await readShippedTranslations(PACKAGE_DIR, locale, 'labels');
      const problems = ids.flatMap((id) =>
        shipped[id] === undefined
          ? [`${id}: missing`]
          : shipped[id] === english.get(id)
            ? [`${id}: English`]
            : [],
      );
      const unknown = Object.keys(shipped).filter((id) => !ids.includes(id));
      expect({problems, unknown}).toEqual({problems: [], unknown: []});
    },
  );
});

describe('labelsTranslationFile', () => {
  const shipped = {'status.ongoing': 'En cours', 'pageType.meeting': 'Réunion'};

  test('takes the shipped translation where the site kept the default label', () => {
    const file = labelsTranslationFile(DEFAULT_STATUSES, ['meeting', 'retreat'], shipped);
    const labels = labelsOf(file);
    expect(labels.status.ongoing).toBe('En cours');
    expect(labels.status.delayed).toBe('Delayed');
    expect(labels.response['partially-accepted']).toBe('Partially accepted');
    expect({...labels.pageType}).toEqual({meeting: 'Réunion', retreat: 'retreat'});
  });

  test('keeps the site’s own label over a shipped one (a relabelled status is the site’s wording)', () => {
    const statuses = [{value: 'ongoing', label: 'In progress', color: '#000', closed: false}];
    expect(labelsOf(labelsTranslationFile(statuses, [], shipped)).status.ongoing).toBe(
      'In progress',
    );
  });

  test('describes every message for translators, and a code `constructor` is a code', () => {
    const statuses = [{value: 'constructor', label: 'Built', color: '#000', closed: true}];
    const file = labelsTranslationFile(statuses, [], {});
    expect(file.path).toBe('labels');
    expect(file.content['status.constructor']).toEqual({
      message: 'Built',
      description: 'The label of the status `constructor` on badges, tables and charts',
    });
    expect(labelsOf(file).status.constructor).toBe('Built');
    expect(labelsOf(undefined).status.constructor).toBeUndefined();
  });
});

test('localizedRegistry names statuses and responses, and leaves the rest', () => {
  const registry = {
    statuses: {ongoing: {label: 'Ongoing', color: '#f9a825'}},
    responses: {accepted: 'Accepted'},
    units: {OES: 'Office'},
    nexus: {},
    goals: {},
    targets: {},
  } as unknown as CardRegistry;
  const labels = labelsOf(
    labelsTranslationFile(DEFAULT_STATUSES, [], {
      'status.ongoing': 'En cours',
      'response.accepted': 'Acceptée',
    }),
  );
  const localized = localizedRegistry(registry, labels);
  expect(localized.statuses.ongoing).toEqual({label: 'En cours', color: '#f9a825'});
  expect(localized.responses.accepted).toBe('Acceptée');
  expect(localized.units).toBe(registry.units);
});

test('the plugin’s translation file holds the shipped labels of the locale built', async () => {
  const options = validateOptions({validate: normalizePluginOptions as never, options: {}});
  const context = (locale: string) =>
    ({
      siteDir: '/site',
      generatedFilesDir: '/site/.docusaurus',
      baseUrl: '/',
      siteConfig: {},
      i18n: {
        currentLocale: locale,
        defaultLocale: 'en',
        locales: ['en', locale],
        localeConfigs: {},
      },
    }) as unknown as LoadContext;
  const ru = pluginStatus(context('ru'), options);
  const [file] = await ru.getTranslationFiles!({content: undefined});
  expect(file!.content['status.completed']!.message).toBe('Выполнено');
  expect(file!.content['pageType.action-plan']!.message).toBe('План действий');
  const en = pluginStatus(context('en'), options);
  const [english] = await en.getTranslationFiles!({content: undefined});
  expect(english!.content['status.completed']!.message).toBe('Completed');
});
