// What a status card shows, in two steps: the codes a page carries (`CardCodes`, written into the page's
// MDX) and the registry that names them (`CardRegistry`, shared once through global data). Browser-safe:
// the theme resolves cards with the same `resolveCard` the build uses.

/** When an item is due, as the model reads it. */
export interface CardDue {
  raw: string;
  kind: 'day' | 'month' | 'year' | 'quarter' | 'half' | 'tbc';
  start?: string;
  end?: string;
}

/** An action's evidence as a card links it: the text written and where it leads (absent: not a page). */
export interface CardEvidence {
  href: string;
  /** The URL to open: the link as written, or the permalink of the doc a relative path names. */
  to?: string;
}

/** A key action as a card carries it: codes, like the card's own fields. */
export interface CardActionCodes {
  id: string;
  title: string;
  status: string;
  owners: string[];
  due?: CardDue | null;
  evidence?: CardEvidence[];
  note?: string;
  /** Whether the action has a longer body (a `:::action` container), shown below the table. */
  hasBody?: boolean;
  /** Its status changes read from git, oldest first, with the statuses' labels. */
  history?: {
    date: string;
    commit: string;
    author: string;
    from?: string;
    fromLabel?: string;
    to: string;
    toLabel: string;
  }[];
}

/** A key action with its codes named. */
export interface ResolvedAction extends Omit<CardActionCodes, 'status' | 'owners'> {
  status: {value: string; label: string; color: string};
  owners: {code: string; name: string}[];
}

/** A card as a page carries it: the item's fields as written (codes), no names or colours. */
export interface CardCodes {
  id: string;
  title: string;
  status: string;
  owners: string[];
  due?: CardDue | null;
  sdg: string[];
  nexus: string[];
  response?: string;
  /** Why the recommendation is not fully accepted. */
  responseNote?: string;
  asOf?: string;
  /** Key actions, in document order (absent when none). */
  actions?: CardActionCodes[];
  /** Fields taken from the key actions (`status`, `due`, `owners`). */
  derived?: string[];
  /**
   * On a translated page, a block its translation lacks: the locale of the source page it is shown from
   * (the card says "not translated yet").
   */
  untranslated?: string;
  /** Base path of the SDG goal pages, when not `/sdg`. */
  sdgBase?: string;
  /** Base path of the nexus area pages, when not `/nexus`. */
  nexusBase?: string;
  /** The page's docs plugin instance, when not `default`: its chips link to that instance's indexes. */
  docs?: string;
  /** The page's docs version, when not the one shown by default: its chips link to that version's indexes. */
  version?: string;
}

/** Where a card's SDG and nexus chips link: the indexes of the card's docs instance and version. */
export interface CardLinks {
  sdgBase: string;
  nexusBase: string;
}

/** The names and colours of every code a card may carry, built once per site. */
export interface CardRegistry {
  statuses: Record<string, {label: string; color: string}>;
  units: Record<string, string>;
  nexus: Record<string, string>;
  goals: Record<string, {short: string; title: string; color: string; textColor: string}>;
  /** Target texts (the site's global data holds only the targets its items use). */
  targets: Record<string, string>;
  responses: Record<string, string>;
}

/** A card with every code named: what `@theme/StatusBlock` renders. */
export interface ResolvedCard {
  id: string;
  title: string;
  status: {value: string; label: string; color: string};
  owners: {code: string; name: string}[];
  due?: CardDue | null;
  sdg: {
    code: string;
    goal: number;
    title: string;
    color: string;
    textColor: string;
    href: string;
  }[];
  nexus: {slug: string; title: string; href: string}[];
  response?: {value: string; label: string};
  responseNote?: string;
  asOf?: string;
  actions?: ResolvedAction[];
  derived?: string[];
  /** The source page's locale, for a block its translation lacks (shown from the source). */
  untranslated?: string;
}

export const DEFAULT_SDG_BASE = '/sdg';

/** `record[key]` only when it is the record's own (a code `constructor` or `__proto__` is valid input). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
export const DEFAULT_NEXUS_BASE = '/nexus';
const UNKNOWN_COLOR = '#757575';

/** An SDG chip: the goal's colours, the target's text (or the goal's), a link to the goal page (a target's to its anchor there). */
export function resolveSdg(
  code: string,
  registry: CardRegistry,
  base: string,
): ResolvedCard['sdg'][number] {
  const goalNumber = Number(code.split('.')[0]);
  const goal = own(registry.goals, String(goalNumber));
  const target = own(registry.targets, code);
  return {
    code,
    goal: goalNumber,
    title: target ?? (goal ? `${goal.short}: ${goal.title}` : code),
    color: goal?.color ?? UNKNOWN_COLOR,
    textColor: goal?.textColor ?? '#ffffff',
    href: code.includes('.') ? `${base}/${goalNumber}#target-${code}` : `${base}/${goalNumber}`,
  };
}

/** A status as the badge shows it: its label and colour, or the value in a neutral colour. */
export function resolveStatus(value: string, registry: CardRegistry): ResolvedCard['status'] {
  const status = own(registry.statuses, value);
  return {value, label: status?.label ?? value, color: status?.color ?? UNKNOWN_COLOR};
}

/** Names the codes of a key action. */
export function resolveAction(action: CardActionCodes, registry: CardRegistry): ResolvedAction {
  return {
    ...action,
    status: resolveStatus(action.status, registry),
    owners: action.owners.map((code) => ({code, name: registry.units[code] ?? code})),
  };
}

/**
 * Names every code of a card; an unknown code is shown as written. Chips link below the card's own
 * base paths, else `links` (the indexes of its docs instance and version), else `/sdg` and `/nexus`.
 */
export function resolveCard(
  codes: CardCodes,
  registry: CardRegistry,
  links?: CardLinks,
): ResolvedCard {
  const sdgBase = codes.sdgBase ?? links?.sdgBase ?? DEFAULT_SDG_BASE;
  const nexusBase = codes.nexusBase ?? links?.nexusBase ?? DEFAULT_NEXUS_BASE;
  return {
    id: codes.id,
    title: codes.title,
    status: resolveStatus(codes.status, registry),
    owners: codes.owners.map((code) => ({code, name: own(registry.units, code) ?? code})),
    due: codes.due,
    sdg: codes.sdg.map((code) => resolveSdg(code, registry, sdgBase)),
    nexus: codes.nexus.map((slug) => ({
      slug,
      title: own(registry.nexus, slug) ?? slug,
      href: `${nexusBase}/${slug}`,
    })),
    response: codes.response
      ? {value: codes.response, label: own(registry.responses, codes.response) ?? codes.response}
      : undefined,
    ...(codes.responseNote ? {responseNote: codes.responseNote} : {}),
    asOf: codes.asOf,
    ...(codes.actions ? {actions: codes.actions.map((a) => resolveAction(a, registry))} : {}),
    ...(codes.derived ? {derived: codes.derived} : {}),
    ...(codes.untranslated ? {untranslated: codes.untranslated} : {}),
  };
}

/** Name of the string attribute that carries a card's fields other than `id` and `title` (see `encodeCard`). */
export const CARD_ATTRIBUTE = 'card';

/**
 * A card's fields other than `id` and `title`, as one JSON string: the page's `<StatusBlock>` element
 * carries them in one string attribute (`card="…"`) instead of one compiled object per field, which is
 * the cheapest form for MDX, webpack and the minifier to carry through every page of a build.
 */
export function encodeCard(fields: Record<string, unknown>): string {
  return JSON.stringify(fields);
}

/** The props of a `<StatusBlock>` element with its `card` attribute read back into fields. */
export function decodeCard<T extends {card?: unknown}>(
  props: T,
): Omit<T, 'card'> & Record<string, unknown> {
  const {card, ...rest} = props;
  if (typeof card !== 'string') return rest;
  return {...rest, ...(JSON.parse(card) as Record<string, unknown>)};
}
