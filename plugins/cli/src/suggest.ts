import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {didYouMean, loadSite, type StatusItem} from '@kmportal/model';
import {suggestSdg, type SdgSuggestions} from '@kmportal/sdg-suggest';
import type {CommandIo} from './io.js';

/** Options of `kb suggest`. */
export interface SuggestCommandOptions {
  /** A page path or a status item id; absent with `jsonl`. */
  target?: string;
  docsDir: string;
  jsonl: boolean;
  locale?: string;
  format: 'text' | 'json';
}

/** The text of a status block the suggester reads: its title and body. */
export function itemText(item: StatusItem): string {
  return `${item.title}\n${item.bodyText}`;
}

/** `8 (decent work ×2, employment)`: a goal with its strongest triggers. */
function goalLine(goal: SdgSuggestions['goals'][number]): string {
  const words = goal.triggers
    .slice(0, 3)
    .map((t) => (t.count > 1 ? `${t.text} ×${t.count}` : t.text));
  return `${goal.code} (${words.join(', ')})`;
}

/** The lines `kb suggest` prints for one block. */
export function formatItemSuggestions(item: StatusItem, result: SdgSuggestions): string[] {
  const tagged = new Set(item.sdgGoals);
  const missing = result.goals.filter((g) => !tagged.has(g.goal)).map((g) => g.code);
  const lines = [
    `${item.path}:${item.position.start.line}:${item.position.start.column}  #${item.id}  ${item.title}`,
    `  tagged:     ${item.sdg.length > 0 ? item.sdg.join(' ') : '(none)'}`,
    `  suggested:  ${result.goals.length > 0 ? result.goals.map(goalLine).join(', ') : '(none)'}`,
  ];
  if (result.targets.length > 0)
    lines.push(`  targets:    ${result.targets.map((t) => t.code).join(' ')}`);
  if (missing.length > 0) lines.push(`  not tagged: ${missing.join(' ')}`);
  return lines;
}

function selectItems(items: StatusItem[], target: string, cwd: string): StatusItem[] | undefined {
  const path = resolve(cwd, target);
  if (existsSync(path) && statSync(path).isFile()) {
    return items.filter((item) => resolve(cwd, item.path) === path);
  }
  const byId = items.filter((item) => item.id === target);
  return byId.length > 0 ? byId : undefined;
}

/** `kb suggest <page or id>`: suggestions per status block beside the tags it has. */
export function runSuggestPage(options: SuggestCommandOptions, io: CommandIo): number {
  const docsDir = resolve(io.cwd, options.docsDir);
  if (!existsSync(docsDir) || !statSync(docsDir).isDirectory()) {
    io.stderr.write(
      `kb suggest: no folder ${options.docsDir} (resolved to ${docsDir}); pass it with \`--dir\`.\n`,
    );
    return 2;
  }
  const site = loadSite({docsDir, cwd: io.cwd});
  const target = options.target ?? '';
  const items = selectItems(site.items, target, io.cwd);
  if (!items) {
    const hint = didYouMean(
      target,
      site.items.map((item) => item.id),
    );
    io.stderr.write(
      `kb suggest: \`${target}\` is neither a page file nor a status item id in ${options.docsDir}.${hint}\n`,
    );
    return 2;
  }
  const results = items.map((item) => ({
    item,
    result: suggestSdg(itemText(item), {locale: options.locale}),
  }));
  if (options.format === 'json') {
    const json = results.map(({item, result}) => ({
      id: item.id,
      path: item.path,
      line: item.position.start.line,
      sdg: item.sdg,
      ...result,
    }));
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  if (results.length === 0) io.stdout.write(`${target}: no status blocks to suggest tags for\n`);
  for (const {item, result} of results)
    io.stdout.write(`${formatItemSuggestions(item, result).join('\n')}\n`);
  return 0;
}
