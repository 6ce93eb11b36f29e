import {logger} from '@docusaurus/logger';
import {isError, isInfo, type SiteModel} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import type {Severity} from './options.js';

/** `path:line:col  message  [rule-id]`, the line `kb check` prints too. */
export function formatProblem(message: VFileMessage): string {
  const where = `${message.file}:${message.line ?? 1}:${message.column ?? 1}`;
  return `${where}  ${message.reason}  [${message.ruleId}]`;
}

/** Logs every problem once, and throws when `severity` is `throw` and any is an error. */
export function reportProblems(site: SiteModel, severity: Severity): void {
  const errors = site.messages.filter(isError);
  for (const message of site.messages) {
    const line = formatProblem(message);
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
