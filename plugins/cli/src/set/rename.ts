import {code, type ModelConfig} from '@kmportal/model';
import {findDefinitions, readEditable, type PageTexts} from './locate.js';

/** Why `id=<new>` cannot be given: the new id is taken, or pages pull the old one. */
export function renameProblems(
  pages: PageTexts,
  from: string,
  to: string,
  config: ModelConfig,
): string[] {
  const problems: string[] = [];
  for (const {page, item} of findDefinitions(pages, to, config)) {
    const {line, column} = item.position.start;
    problems.push(
      `${page.path}:${line}:${column}: id ${code(to)} is already used here; ids must be unique across the site, choose another.`,
    );
  }
  for (const file of pages.files) {
    if (!pages.text(file).includes(from)) continue;
    const page = readEditable(pages, file, config);
    for (const pull of page.parsed.pulls) {
      if (pull.kind !== 'status-ref' || pull.id !== from) continue;
      const {line, column} = pull.position.start;
      problems.push(
        `${page.path}:${line}:${column}: pulls ${code(from)} by id; renaming it would break this \`::status-ref\`. Change the pull in the same commit, or keep the id.`,
      );
    }
  }
  return problems;
}
