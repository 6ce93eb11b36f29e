// The development rows: {set, id, text, locale, goal, label}. Three sets, none from a held-out
// benchmark: our paragraphs (dev/paragraphs.yml), the portal's tagged status blocks (docs/), and
// the UN target texts, each scored by an index built without that target's UN text.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {parse} from 'yaml';
import {loadSite} from '@kmportal/model';
import {unCode} from '../lib/indexer/index.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** A near-miss goal for each goal, fixed before scoring: the neighbour most often confused. */
export const NEAR_MISS = new Map(
  Object.entries({
    1: 10,
    2: 12,
    3: 6,
    4: 8,
    5: 10,
    6: 14,
    7: 13,
    8: 9,
    9: 8,
    10: 1,
    11: 9,
    12: 8,
    13: 7,
    14: 15,
    15: 13,
    16: 17,
    17: 16,
  }).map(([a, b]) => [Number(a), b]),
);

function rowsOf(set, id, text, locale, goals, not) {
  const rows = goals.map((goal) => ({set, id, text, locale, goal, label: true}));
  for (const goal of not)
    if (!goals.includes(goal)) rows.push({set, id, text, locale, goal, label: false});
  return rows;
}

/** Our labelled paragraphs: positive rows and their authored near misses. */
export function paragraphRows() {
  const list = parse(readFileSync(here('./paragraphs.yml'), 'utf8'));
  return list.flatMap((p) =>
    rowsOf(
      p.locale === undefined ? 'paragraphs-en' : 'paragraphs-fr-ru',
      p.id,
      p.text,
      p.locale,
      p.goals,
      p.not,
    ),
  );
}

/** The site's status blocks that carry SDG tags: their goals, and each goal's fixed near miss. */
export function seedRows() {
  const site = loadSite({docsDir: here('../../../docs'), cwd: here('../../..')});
  return site.items
    .filter((item) => item.sdgGoals.length > 0)
    .flatMap((item) =>
      rowsOf(
        'seed-blocks',
        item.id,
        `${item.title}\n${item.bodyText}`,
        undefined,
        item.sdgGoals,
        item.sdgGoals.map((g) => NEAR_MISS.get(g)),
      ),
    );
}

/** Every English UN target text: its goal, and the goal's fixed near miss (leave-one-target-out). */
export function targetRows() {
  const table = parse(readFileSync(here('../../model/data/sdg/en/global_targets.yml'), 'utf8'));
  return Object.entries(table).flatMap(([key, text]) => {
    const code = unCode(key);
    const goal = Number(code.split('.')[0]);
    return rowsOf('un-targets-loto', code, text, 'en', [goal], [NEAR_MISS.get(goal)]).map(
      (row) => ({...row, exclude: code}),
    );
  });
}
