import {relative} from 'node:path';
import {
  isPastDue,
  reviewState,
  type ModelConfig,
  type SiteModel,
  type StatusItem,
  type Unit,
} from '@kmportal/model';
import {everyItem} from '../edit/item-walk.js';

/** The open items (status blocks and key actions) a unit owns: overdue first, then by due date, `tbc` and undated last. */
export function openItemsOf(
  site: Pick<SiteModel, 'items' | 'config'>,
  unit: string,
  today: string,
): StatusItem[] {
  const closed = (item: StatusItem) => site.config.statusByValue.get(item.status)?.closed ?? false;
  const mine = everyItem(site.items).filter((item) => item.owners.includes(unit) && !closed(item));
  const rank = (item: StatusItem) => (isPastDue(item.due, today) ? 0 : item.due?.end ? 1 : 2);
  return mine.sort(
    (a, b) => rank(a) - rank(b) || (a.due?.end ?? '').localeCompare(b.due?.end ?? ''),
  );
}

/** The pages a unit owns or reviews, with their review state on `today`. */
export function pagesOf(site: Pick<SiteModel, 'pages'>, unit: string, today: string) {
  return site.pages
    .filter(({page}) => page.owners.includes(unit) || page.review?.reviewers.includes(unit))
    .map(({page}) => ({
      page,
      role: page.owners.includes(unit) ? 'owns' : 'reviews',
      review: reviewState(page, today),
    }));
}

/** The "Work in progress" section: one pull per open item, so the note shows each card as it is now. */
export function workInProgress(
  items: StatusItem[],
  unit: string,
  today: string,
  config: ModelConfig,
): string {
  const open = config.statuses
    .filter((s) => !s.closed)
    .map((s) => s.value)
    .join(',');
  const lines = [
    "<!-- The unit's open items, overdue first, pulled from their pages: they stay current. Add a line under each on what the successor must do next. -->",
    '',
  ];
  for (const item of items) {
    const late = isPastDue(item.due, today) ? ' (overdue)' : '';
    // A title holding `-->` would end the comment early.
    const title = item.title.replace(/--+>?/g, '–');
    lines.push(
      `::status-ref{id=${item.id}}`,
      '',
      `<!-- ${title}${late}: next step, who is waiting for it. -->`,
      '',
    );
  }
  if (items.length === 0) lines.push(`No open items are owned by ${unit} on ${today}.`, '');
  lines.push(`::status-table[All open items of ${unit}]{owner=${unit} status="${open}"}`, '');
  return lines.join('\n');
}

/** The "Pages of the unit" section: each page it owns or reviews, linked, with its review state. */
export function pagesSection(pages: ReturnType<typeof pagesOf>, from: string, cwd: string): string {
  if (pages.length === 0) return 'The unit owns and reviews no pages.\n';
  const lines = pages.map(({page, role, review}) => {
    const link = relative(from, `${cwd}/${page.path}`).split('\\').join('/');
    const state =
      review.state === 'never'
        ? 'never reviewed'
        : `review ${review.state}${review.next ? `, next ${review.next}` : ''}`;
    return `- [${(page.title ?? page.path).replace(/[[\]]/g, '')}](${link}): ${role}; ${state}`;
  });
  return `${lines.join('\n')}\n`;
}

/** The address of a unit's page (`@kmportal/kb-indexes` builds it at `<unitsPath>/<code>`). */
export function unitPageHref(unitsPath: string, code: string): string {
  return `${unitsPath.replace(/(?<!\/)\/+$/, '')}/${encodeURIComponent(code)}`;
}

/**
 * One line on the unit: its name, parent, child units and focal-point role, from `units.yml`, and a
 * link to its unit page (the handover pack to print) unless `unitsPath` is empty.
 */
export function unitLine(units: ReadonlyMap<string, Unit>, unit: Unit, unitsPath = ''): string {
  const parent = unit.parent
    ? `, part of ${units.get(unit.parent)?.name ?? unit.parent} (${unit.parent})`
    : '';
  const children = [...units.values()]
    .filter((u) => u.parent === unit.code)
    .map((u) => `${u.name} (${u.code})`);
  const below = children.length ? ` Units under it: ${children.join(', ')}.` : '';
  const focal = unit.focalPoint ? ` Focal point: ${unit.focalPoint}.` : '';
  const page = unitsPath
    ? ` [Unit page of ${unit.code}](${unitPageHref(unitsPath, unit.code)}): everything the unit owns and its recent status changes, printable as the handover pack.`
    : '';
  return `**${unit.name}** (${unit.code})${parent}.${below}${focal}${page}`;
}

/** Puts a paragraph at the start of a section's body, keeping what the template wrote. */
export function prependToSection(text: string, heading: string, paragraph: string): string {
  const marker = `\n## ${heading}\n\n`;
  const at = text.indexOf(marker);
  if (at === -1) return text;
  const start = at + marker.length;
  return `${text.slice(0, start)}${paragraph}\n\n${text.slice(start)}`;
}

/** Replaces the body of a `## heading` section (up to the next `## `) of a page. */
export function replaceSection(text: string, heading: string, body: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start === -1) return `${text.trimEnd()}\n\n## ${heading}\n\n${body}`;
  const bodyStart = start + heading.length + 5;
  const next = text.indexOf('\n## ', bodyStart);
  const end = next === -1 ? text.length : next + 1;
  return `${text.slice(0, bodyStart)}\n${body}\n${text.slice(end)}`;
}
