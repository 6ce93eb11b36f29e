// `kb check` over the site's translations: the locales of the site config, each read as its build reads it.
import {existsSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {findSiteConfig} from '@kmportal/model';

/** The site folder of a docs folder: where `docusaurus.config.*` is, else `i18n/`, else the working directory. */
export function translationSiteDir(docsDir: string, cwd: string): string {
  const candidates = [cwd, dirname(docsDir)];
  return (
    candidates.find((dir) => findSiteConfig(dir)) ??
    candidates.find((dir) => existsSync(join(dir, 'i18n'))) ??
    cwd
  );
}
