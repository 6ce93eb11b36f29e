import {RESPONSES, type ModelConfig, type StatusItem} from '@kmportal/model';
import type {CardCodes, CardRegistry} from './card.js';
import {DEFAULT_NEXUS_BASE, DEFAULT_SDG_BASE} from './card.js';
import type {LinkOptions} from './props.js';

/**
 * The registry of `config` for resolving cards. With `items`, only the SDG targets they use get their
 * text (the registry then ships in global data, so its size must not grow with the catalogue).
 */
export function cardRegistry(config: ModelConfig, items?: readonly StatusItem[]): CardRegistry {
  const used = items ? new Set(items.flatMap((item) => item.sdg)) : undefined;
  const targets = [...config.sdg.targetByCode.values()].filter(
    (target) => !used || used.has(target.code),
  );
  return {
    statuses: Object.fromEntries(
      config.statuses.map(({value, label, color}) => [value, {label, color}]),
    ),
    units: Object.fromEntries(
      [...(config.units ?? new Map()).values()].map((u) => [u.code, u.name]),
    ),
    nexus: Object.fromEntries(
      [...(config.nexus ?? new Map()).values()].map((area) => [area.slug, area.title]),
    ),
    goals: Object.fromEntries(
      config.sdg.goals.map(({goal, short, title, color, textColor}) => [
        String(goal),
        {short, title, color, textColor},
      ]),
    ),
    targets: Object.fromEntries(targets.map((target) => [target.code, target.title])),
    responses: Object.fromEntries(RESPONSES),
  };
}

/** An item's card as a page carries it: codes only, base paths only when they are not the defaults. */
export function cardCodes(item: StatusItem, links: LinkOptions): CardCodes {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    owners: item.owners,
    due: item.due,
    sdg: item.sdg,
    nexus: item.nexus,
    response: item.response,
    asOf: item.asOf,
    sdgBase: links.sdgBasePath === DEFAULT_SDG_BASE ? undefined : links.sdgBasePath,
    nexusBase: links.nexusBasePath === DEFAULT_NEXUS_BASE ? undefined : links.nexusBasePath,
  };
}
