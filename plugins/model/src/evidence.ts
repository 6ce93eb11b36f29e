// Evidence of key actions: a relative path must name a file or folder, like a link Docusaurus checks.
import {existsSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {VFile} from 'vfile';
import {code, report} from './diagnostics.js';
import type {Evidence, StatusItem} from './types.js';

/** The file part of an evidence path: without `#anchor` or `?query`, percent-decoding undone where valid. */
export function evidenceFile(href: string): string {
  const file = href.split(/[?#]/, 1)[0]!;
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/** The key actions of items, in order. */
function actionsOf(items: readonly StatusItem[]): StatusItem[] {
  return items.flatMap((item) => item.actions ?? []);
}

/**
 * Reports evidence paths of a page's key actions that name no file or folder. `pagePath` is the page's
 * absolute path (paths resolve from its folder); `file` gets the messages; `display` shows a path in them.
 */
export function checkEvidence(
  items: readonly StatusItem[],
  pagePath: string,
  file: VFile,
  display: (absolute: string) => string = (absolute) => absolute,
): void {
  for (const action of actionsOf(items)) {
    for (const evidence of action.evidence ?? []) {
      if (evidence.kind !== 'path' || pathExists(pagePath, evidence)) continue;
      report(
        file,
        `Evidence ${code(evidence.href)} of key action ${code(action.id)} does not resolve: no file ${code(display(resolve(dirname(pagePath), evidenceFile(evidence.href))))}. Expected a path relative to this page (\`../reports/x.md\`) or a URL (\`https://…\`); fix the path or add the file.`,
        evidence.place,
        'unresolved-evidence',
      );
    }
  }
}

function pathExists(pagePath: string, evidence: Evidence): boolean {
  const file = evidenceFile(evidence.href);
  if (file === '') return true;
  try {
    return existsSync(resolve(dirname(pagePath), file));
  } catch {
    return false;
  }
}
