import {SDG_TABLES} from './sdg-data.js';
import type {SdgCatalog, SdgGoal, SdgTarget} from './types.js';

/** Official goal colours (UN SDG brand guidelines, as used by open-sdg). */
export const SDG_COLORS: readonly string[] = [
  '#E5243B',
  '#DDA63A',
  '#4C9F38',
  '#C5192D',
  '#FF3A21',
  '#26BDE2',
  '#FCC30B',
  '#A21942',
  '#FD6925',
  '#DD1367',
  '#FD9D24',
  '#BF8B2E',
  '#3F7E44',
  '#0A97D9',
  '#56C02B',
  '#00689D',
  '#19486A',
];

/** Locales shipped in `data/sdg`. */
export const SDG_LOCALES: readonly string[] = ['en', 'fr', 'ru'];

const catalogs = new Map<string, SdgCatalog>();

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever has the higher WCAG contrast ratio on `hex`. */
export function contrastingText(hex: string): string {
  const l = relativeLuminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#FFFFFF';
}

/**
 * A title on one line, composed (NFC): the Russian data writes `й` as `и` and a combining breve, which
 * neither search nor a reader's find-in-page matches with the `й` people type.
 */
function cleanTitle(text: unknown): string {
  return String(text).replace(/\s+/g, ' ').normalize('NFC');
}

function buildCatalog(locale: string): SdgCatalog {
  const {goals: goalsTable, targets: targetsTable} = SDG_TABLES[locale];
  const targetByCode = new Map<string, SdgTarget>();
  const targetsByGoal = new Map<number, SdgTarget[]>();
  for (const [key, title] of Object.entries(targetsTable)) {
    const match = /^(\d+)-(\w+)-title$/.exec(key);
    if (!match) continue;
    const goal = Number(match[1]);
    const target = {code: `${goal}.${match[2]}`, goal, title: cleanTitle(title)};
    targetByCode.set(target.code, target);
    targetsByGoal.set(goal, [...(targetsByGoal.get(goal) ?? []), target]);
  }
  const goals: SdgGoal[] = SDG_COLORS.map((color, index) => {
    const goal = index + 1;
    return {
      goal,
      code: String(goal),
      short: cleanTitle(goalsTable[`${goal}-short`]),
      title: cleanTitle(goalsTable[`${goal}-title`]),
      color,
      textColor: contrastingText(color),
      targets: (targetsByGoal.get(goal) ?? []).sort(compareTargets),
    };
  });
  return {locale, goals, goalByNumber: new Map(goals.map((g) => [g.goal, g])), targetByCode};
}

/** Orders targets as the UN lists them: numbered ones first, then lettered. */
export function compareTargets(a: SdgTarget, b: SdgTarget): number {
  const [, ra] = a.code.split('.');
  const [, rb] = b.code.split('.');
  const na = /^\d+$/.test(ra) ? Number(ra) : 1000 + ra.charCodeAt(0);
  const nb = /^\d+$/.test(rb) ? Number(rb) : 1000 + rb.charCodeAt(0);
  return a.goal - b.goal || na - nb;
}

/** The SDG goals and targets in `locale` (`en`, `fr` or `ru`), read once and cached. */
export function loadSdgCatalog(locale = 'en'): SdgCatalog {
  const supported = SDG_LOCALES.includes(locale) ? locale : 'en';
  let catalog = catalogs.get(supported);
  if (!catalog) {
    catalog = buildCatalog(supported);
    catalogs.set(supported, catalog);
  }
  return catalog;
}
