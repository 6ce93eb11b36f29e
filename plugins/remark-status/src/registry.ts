import {
  RESPONSES,
  withActions,
  type DocsVersion,
  type ModelConfig,
  type StatusItem,
} from '@kmportal/model';
import type {CardActionCodes, CardCodes, CardRegistry} from './card.js';
import {DEFAULT_NEXUS_BASE, DEFAULT_SDG_BASE} from './card.js';
import type {LinkOptions} from './props.js';

/**
 * The registry of `config` for resolving cards. With `items`, only the SDG targets they use get their
 * text (the registry then ships in global data, so its size must not grow with the catalogue).
 */
export function cardRegistry(config: ModelConfig, items?: readonly StatusItem[]): CardRegistry {
  const used = items ? new Set(withActions(items).flatMap((item) => item.sdg)) : undefined;
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

/**
 * The registries of several sites (every docs version of every docs instance, each with its own
 * `units.yml` and `nexus.yml`) as one: a code is named as the first site that has it names it.
 */
export function mergedCardRegistry(
  sites: readonly {config: ModelConfig; items: readonly StatusItem[]}[],
): CardRegistry {
  const [first, ...others] = sites.map((site) => cardRegistry(site.config, site.items));
  const merged = {...first!};
  const fields = ['statuses', 'units', 'nexus', 'goals', 'targets', 'responses'] as const;
  for (const registry of others)
    for (const field of fields) merged[field] = {...registry[field], ...merged[field]} as never;
  return merged;
}

/** Where an evidence path of a page leads (a doc's permalink), or `undefined` when it is no page. */
export type EvidenceLinker = (href: string) => string | undefined;

/** A key action's card codes; relative evidence paths link where `linkEvidence` says. */
export function actionCodes(action: StatusItem, linkEvidence?: EvidenceLinker): CardActionCodes {
  const evidence = action.evidence?.map(({href, kind}) => {
    // Site paths (`/files/x.pdf`) go through the linker too: a static file is not a route.
    const to =
      kind === 'url' && !href.startsWith('/')
        ? href
        : (linkEvidence?.(href) ?? (kind === 'url' ? href : undefined));
    return to ? {href, to} : {href};
  });
  return {
    id: action.id,
    title: action.title,
    status: action.status,
    owners: action.owners,
    due: action.due,
    ...(evidence ? {evidence} : {}),
    ...(action.note ? {note: action.note} : {}),
    ...(action.body ? {hasBody: true} : {}),
  };
}

/** The docs instance and version of a card's page, each only when not the default one. */
export function cardPlace(version: DocsVersion | undefined): Pick<CardCodes, 'docs' | 'version'> {
  if (!version) return {};
  return {
    ...(version.instance === 'default' ? {} : {docs: version.instance}),
    ...(version.isLast ? {} : {version: version.name}),
  };
}

/**
 * An item's card as a page carries it: codes only, base paths only when they are not the defaults,
 * the page's docs instance and version only when they are not the default ones.
 */
export function cardCodes(
  item: StatusItem,
  links: LinkOptions,
  linkEvidence?: EvidenceLinker,
  version?: DocsVersion,
): CardCodes {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    owners: item.owners,
    due: item.due,
    sdg: item.sdg,
    nexus: item.nexus,
    response: item.response,
    ...(item.responseNote ? {responseNote: item.responseNote} : {}),
    asOf: item.asOf,
    ...(item.actions ? {actions: item.actions.map((a) => actionCodes(a, linkEvidence))} : {}),
    ...(item.derived ? {derived: item.derived} : {}),
    sdgBase: links.sdgBasePath === DEFAULT_SDG_BASE ? undefined : links.sdgBasePath,
    nexusBase: links.nexusBasePath === DEFAULT_NEXUS_BASE ? undefined : links.nexusBasePath,
    ...cardPlace(version),
  };
}
