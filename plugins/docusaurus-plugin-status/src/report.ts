import {logger} from '@docusaurus/logger';
import {isDraftPage, isError, isInfo, type SiteModel} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import type {Severity} from './options.js';

/** `path:line:col  message  [rule-id]`, the line `kb check` prints too. */
export function formatProblem(message: VFileMessage): string {
  const where = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`;
  return `${where}  ${message.reason}  [${message.ruleId}]`;
}

/**
 * Logs every problem once (once per `printed` set: the lines it holds are not logged again, so the
 * several reloads the dev server runs for one edit print a problem once), and throws when `severity`
 * is `throw` and any is an error.
 */
export function reportProblems(
  site: SiteModel,
  severity: Severity,
  printed: Set<string> = new Set(),
): void {
  const errors = site.messages.filter(isError);
  for (const message of site.messages) {
    const line = formatProblem(message);
    if (printed.has(line)) continue;
    printed.add(line);
    if (isError(message) && severity === 'throw') logger.error(line);
    else if (isInfo(message)) logger.info(line);
    else logger.warn(line);
  }
  if (errors.length > 0 && severity === 'throw') {
    throw new Error(
      `${errors.length} error(s) in status blocks (listed above). Fix them, or run \`npx kb check\` to see them without building; ` +
        'set the plugin option `severity: "warn"` to build anyway.',
    );
  }
}

/** What to say about the draft pages with items that a site still holds (the dev server's, not a build's). */
export function draftNotices(site: SiteModel): string[] {
  return site.pages
    .filter((page) => isDraftPage(page) && page.items.length > 0)
    .map(
      (page) =>
        `${page.page.path} is a draft (\`draft: true\`): its ${page.items.length} item(s) show while you edit and are left out of a production build (pages, items.json, items.csv, dashboard, reports, search, feeds).`,
    );
}
