import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadSite} from '@kmportal/model';

/** A site model over pages written to a temporary docs folder, with units and nexus registries. */
export function siteOf(pages: Record<string, string>, registries: {units?: string} = {}) {
  const dir = siteFolder(pages, registries);
  return loadSite({docsDir: join(dir, 'docs'), cwd: dir, routeBasePath: 'docs'});
}

/** The folder `siteOf` reads: `docs/` with the pages and registries. */
function siteFolder(pages: Record<string, string>, registries: {units?: string}): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-indexes-'));
  const docsDir = join(dir, 'docs');
  mkdirSync(docsDir);
  writeFileSync(
    join(docsDir, 'units.yml'),
    registries.units ?? '- code: OES\n  name: Office\n- code: SD\n  name: Statistics\n',
  );
  writeFileSync(
    join(docsDir, 'nexus.yml'),
    '- slug: smart-cities\n  title: Smart cities\n  description: Cities.\n  focal_point: Jane\n' +
      '- slug: measuring-sdgs\n  title: Measuring\n  description: Statistics.\n',
  );
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(docsDir, name), text);
  return dir;
}

/** `siteOf(pages)` read in `locale`, with `translated` pages in its i18n folder (the rest untranslated). */
export function translatedSiteOf(
  pages: Record<string, string>,
  locale: string,
  translated: Record<string, string>,
) {
  const dir = siteFolder(pages, {});
  const localizedDir = join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
  mkdirSync(localizedDir, {recursive: true});
  for (const [name, text] of Object.entries(translated))
    writeFileSync(join(localizedDir, name), text);
  const locales = {locale, defaultLocale: 'en', locales: ['en', locale]};
  return loadSite({
    docsDir: join(dir, 'docs'),
    cwd: dir,
    routeBasePath: 'docs',
    ...locales,
    localizedDir,
  });
}

export const PAGES = {
  'plan.md':
    '---\ntitle: Plan\ntype: action-plan\nsdg: [11]\nnexus: [smart-cities]\n---\n\n' +
    ':::status[Handbook]{#a1 status=ongoing owner="OES,SD" due=2019-Q4 sdg="11 11.2" nexus=smart-cities}\nDrafting.\n:::\n\n' +
    ':::status[Survey]{#a2 status=completed owner=SD due=2019-H1 sdg="17.18" nexus=measuring-sdgs}\nDone.\n:::\n',
  'eval.md':
    '---\ntitle: Evaluation\ntype: evaluation\n---\n\n' +
    ':::status[Quote "this", and, that]{#e1 status=ongoing owner=OES due=2018-12-31 sdg=17}\nСтрока по-русски,\nвторая строка.\n:::\n',
};

/** A follow-up page with key actions: one recommendation with three actions, one without any. */
export const FOLLOW_UP_PAGES = {
  'follow-up.md':
    '---\ntitle: Audit follow-up\ntype: evaluation\nas_of: 2019-06-30\n---\n\n' +
    ':::status[Review procurement]{#r1 response=partially-accepted response-note="Thresholds only, the rest is the board\'s"}\nWhat management undertook.\n\n' +
    '::action[Raise thresholds]{#r1-a1 owner=OES due=2019-03 status=completed evidence="plan.md https://example.org/c.pdf" note="Circular issued"}\n' +
    '::action[Train buyers]{#r1-a2 owner=SD due=2019-05 status=ongoing}\n' +
    '::action[Audit again]{#r1-a3 owner=OES due=2020 status=not-started}\n:::\n\n' +
    ':::status[Publish the rules]{#r2 status=completed owner=SD due=2019-01 response=accepted}\nDone.\n:::\n\n' +
    ':::status[Merge the units]{#r3 status=cancelled response=not-accepted response-note="Outside the mandate"}\n:::\n',
  'plan.md': PAGES['plan.md'],
};
