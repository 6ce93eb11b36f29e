import {nullRecord, ownValue} from './own.js';

// The titles and descriptions of the pages a plugin creates (/sdg, /status, /review, …) are the plugin's
// own labels: a Docusaurus translation file (`i18n/<locale>/<plugin>/pages.json`) that `write-translations`
// writes and the site edits, its messages defaulting to the package's shipped `locales/<locale>/pages.json`.

/** A page's `<title>` (and heading) and its meta description. */
export interface PageText {
  title: string;
  description: string;
}

/** A Docusaurus translation file, as `getTranslationFiles` returns it. */
export interface PageTextsFile {
  path: string;
  content: Record<string, {message: string; description?: string}>;
}

/** The translation file of `pages` (English), each message the shipped translation where there is one. */
export function pageTextsTranslationFile(
  pages: ReadonlyMap<string, PageText>,
  shipped: Record<string, string>,
): PageTextsFile {
  const content = nullRecord<{message: string; description: string}>();
  for (const [page, text] of pages) {
    content[`${page}.title`] = {
      message: ownValue(shipped, `${page}.title`) ?? text.title,
      description: `The title of the ${page} page (browser tab and heading)`,
    };
    content[`${page}.description`] = {
      message: ownValue(shipped, `${page}.description`) ?? text.description,
      description: `The meta description of the ${page} page (search engines, link previews)`,
    };
  }
  return {path: 'pages', content};
}

/** Each page's text from the (localized) translation file, else the English of `pages`. */
export function pageTextsOf(
  pages: ReadonlyMap<string, PageText>,
  file: PageTextsFile | undefined,
): Map<string, PageText> {
  const content = file?.content;
  return new Map(
    [...pages].map(([page, text]) => [
      page,
      {
        title: ownValue(content, `${page}.title`)?.message ?? text.title,
        description: ownValue(content, `${page}.description`)?.message ?? text.description,
      },
    ]),
  );
}
