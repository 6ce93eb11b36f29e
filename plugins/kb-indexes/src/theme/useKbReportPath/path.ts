/** Where the reports live, from the plugin's global data (a few bytes, and the few docs whose own `type` misleads). */
export interface ReportPlaces {
  /** Route of the report index, without baseUrl, e.g. `/status/report`. */
  basePath: string;
  /** The docs plugin's route base path, e.g. `docs`. */
  routeBasePath: string;
  /** Page types that get a report. */
  types: readonly string[];
  /**
   * Docs (permalinks without baseUrl) whose own `type` front matter says wrongly whether they get a
   * report: `true` for a translation that leaves `type` out while its source page has a report type
   * (fields come from the source page), `false` for one that gets none (e.g. an unlisted page).
   */
  overrides?: Readonly<Record<string, boolean>>;
}

/** Whether the doc at `permalink` gets a report: its source page's answer, else its own `type`'s. */
function hasReport(places: ReportPlaces, permalink: string, type: unknown): boolean {
  const {overrides} = places;
  if (overrides && Object.hasOwn(overrides, permalink)) return overrides[permalink]!;
  return typeof type === 'string' && places.types.includes(type);
}

/**
 * The report route of a doc (without baseUrl), or `undefined` when it gets none (its type, or its
 * source page's for a translation).
 * `permalink` is without baseUrl. Same rule as the plugin's `reportPath` (a unit test holds them together).
 */
export function reportRouteOf(
  places: ReportPlaces,
  permalink: string,
  type: unknown,
): string | undefined {
  if (!hasReport(places, permalink, type)) return undefined;
  const base = `/${places.routeBasePath.replace(/^\/+|(?<!\/)\/+$/g, '')}`;
  const below = permalink.startsWith(`${base}/`) ? permalink.slice(base.length) : permalink;
  const slug = below.replace(/^\/+|(?<!\/)\/+$/g, '') || 'index';
  return `${places.basePath.replace(/(?<!\/)\/+$/, '') || '/'}?doc=${encodeURIComponent(slug).replace(/%2F/g, '/')}`;
}
