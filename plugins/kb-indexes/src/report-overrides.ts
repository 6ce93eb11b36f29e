// Whether a doc has a report follows its page in the site model: a translated page's `type` is its source
// page's (fields come from the source page), and unlisted pages get none. The theme can only read the
// rendered doc's own front matter, so the docs where that reading is wrong are named in global data.
import {nullRecord, type DocsVersion, type SiteModel} from '@kmportal/model';
import {reportPages} from './report.js';

/** The part of the docs plugin's loaded content read here (`allContent['docusaurus-plugin-content-docs']`). */
interface LoadedDocs {
  [instance: string]:
    | {
        loadedVersions?: {
          versionName: string;
          docs: {permalink: string; frontMatter?: Record<string, unknown>}[];
        }[];
      }
    | undefined;
}

/** The docs of `version` as Docusaurus rendered them: permalink (with baseUrl) and own front matter. */
function renderedDocs(allContent: unknown, version: DocsVersion) {
  const docs = (allContent as Record<string, unknown> | undefined)?.[
    'docusaurus-plugin-content-docs'
  ] as LoadedDocs | undefined;
  const instance =
    docs && Object.hasOwn(docs, version.instance) ? docs[version.instance] : undefined;
  return instance?.loadedVersions?.find((v) => v.versionName === version.name)?.docs ?? [];
}

function withoutBaseUrl(url: string, baseUrl: string): string {
  return baseUrl !== '/' && url.startsWith(baseUrl) ? `/${url.slice(baseUrl.length)}` : url;
}

/**
 * Docs of `version` (permalinks without baseUrl) whose own front matter `type` says otherwise than the
 * site model whether they get a report: `true` gets one (a translation that leaves `type` out), `false`
 * not. Empty when every doc's own `type` tells the truth, as in the default locale of a listed site.
 */
export function reportOverrides(
  allContent: unknown,
  context: {version: DocsVersion; baseUrl: string; site: SiteModel; types: readonly string[]},
): Record<string, boolean> {
  const {version, baseUrl, site, types} = context;
  const reported = new Set(reportPages(site, types).map(({page}) => page.permalink));
  const overrides = nullRecord<boolean>();
  for (const doc of renderedDocs(allContent, version)) {
    const type = doc.frontMatter?.type;
    const own = typeof type === 'string' && types.includes(type);
    const permalink = withoutBaseUrl(doc.permalink, baseUrl);
    const model = reported.has(permalink);
    if (own !== model) overrides[permalink] = model;
  }
  return overrides;
}
