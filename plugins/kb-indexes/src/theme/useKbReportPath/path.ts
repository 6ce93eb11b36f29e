/** Where the reports live, from the plugin's global data (a few bytes, whatever the site's size). */
export interface ReportPlaces {
  /** Route of the report index, without baseUrl, e.g. `/status/report`. */
  basePath: string;
  /** The docs plugin's route base path, e.g. `docs`. */
  routeBasePath: string;
  /** Page types that get a report. */
  types: readonly string[];
}

/**
 * The report route of a doc (without baseUrl), or `undefined` when its type gets none.
 * `permalink` is without baseUrl. Same rule as the plugin's `reportPath` (a unit test holds them together).
 */
export function reportRouteOf(
  places: ReportPlaces,
  permalink: string,
  type: unknown,
): string | undefined {
  if (typeof type !== 'string' || !places.types.includes(type)) return undefined;
  const base = `/${places.routeBasePath.replace(/^\/+|(?<!\/)\/+$/g, '')}`;
  const below = permalink.startsWith(`${base}/`) ? permalink.slice(base.length) : permalink;
  const slug = below.replace(/^\/+|(?<!\/)\/+$/g, '') || 'index';
  return `${places.basePath.replace(/(?<!\/)\/+$/, '') || '/'}?doc=${encodeURIComponent(slug).replace(/%2F/g, '/')}`;
}
