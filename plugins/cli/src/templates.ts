import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The folder (below the docs folder) each template's pages go to. */
export const TEMPLATE_FOLDERS: Readonly<Record<string, string>> = {
  'action-plan': 'action-plans',
  debriefing: 'handover-notes',
  guidance: 'toolbox/guidance',
  'handover-note': 'handover-notes',
  'meeting-minutes': 'meetings',
  'mission-report': 'mission-reports',
  'recommendation-follow-up': 'evaluations',
};

/** The names of the templates, sorted. */
export const TEMPLATE_NAMES: readonly string[] = Object.keys(TEMPLATE_FOLDERS).sort();

/** The folder holding the template sources (`plugins/cli/templates`), the one source of truth. */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL('../templates', import.meta.url));
}

/** The raw text of a template. */
export function readTemplate(name: string, templatesDir = defaultTemplatesDir()): string {
  return readFileSync(`${templatesDir}/${name}.md`, 'utf8');
}

/** Template files present in `templatesDir`, without `.md`, sorted. */
export function listTemplateFiles(templatesDir = defaultTemplatesDir()): string[] {
  return readdirSync(templatesDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/** Values substituted into a template. */
export interface TemplateValues {
  title: string;
  /** Unit code; when absent, the owner line and attributes are left out. */
  owner?: string;
  /** `YYYY-MM-DD`. */
  today: string;
  /** Placeholder number (`{{id:1}}` → 1) → the unique id given to it. */
  ids: Map<number, string>;
}

/** The numbers of the `{{id:N}}` placeholders of a template, ascending. */
export function idPlaceholders(text: string): number[] {
  const numbers = [...text.matchAll(/\{\{id:(\d+)\}\}/g)].map((m) => Number(m[1]));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

function yamlString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/** Fills a template's placeholders; the title is escaped for its double-quoted YAML string. */
export function fillTemplate(text: string, values: TemplateValues): string {
  let out = text.replace('"{{title}}"', `"${yamlString(values.title)}"`);
  if (values.owner === undefined) {
    out = out.replace(/^owner: \{\{owner\}\}\n/m, '').replace(/ owner=\{\{owner\}\}/g, '');
  }
  return out
    .replace(/\{\{owner\}\}/g, values.owner ?? '')
    .replace(/\{\{today\}\}/g, values.today)
    .replace(/\{\{title\}\}/g, values.title)
    .replace(/\{\{id:(\d+)\}\}/g, (_, n: string) => values.ids.get(Number(n)) ?? `id-${n}`);
}

/** Gives each placeholder number the next free id `<slug>-<n>` not in `taken`. */
export function assignIds(
  slug: string,
  numbers: number[],
  taken: Set<string>,
): Map<number, string> {
  const ids = new Map<number, string>();
  let n = 1;
  for (const number of numbers) {
    while (taken.has(`${slug}-${n}`)) n++;
    ids.set(number, `${slug}-${n}`);
    n++;
  }
  return ids;
}
