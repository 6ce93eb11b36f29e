import {usePluginData} from '@docusaurus/useGlobalData';
import type {KbFeedPlaces} from '@theme/useKbFeeds';

interface FeedsData {
  base: string;
  siteUrl: string;
  sourcePrefix: string;
  units: string[];
}

function useFeedsData(): FeedsData | undefined {
  return usePluginData('kmportal-feeds', undefined, {failfast: false}) as FeedsData | undefined;
}

/** A path's segments URL-encoded (the build writes the same names, `encodePath` there). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The feed name of a page: its path below the docs folder without `.md`/`.mdx` (`pageFeedName`). */
function pageFeedName(source: string): string {
  return source.replace(/\\/g, '/').replace(/\.mdx?$/i, '');
}

/** Where a scope's feeds are, relative to the export folder. */
function scopeFiles(scope: {unit?: string; page?: string}, units: string[]) {
  if (scope.page) {
    const name = pageFeedName(scope.page);
    return {calendar: `calendar/page/${name}.ics`, changes: `changes/page/${name}.atom`};
  }
  if (scope.unit) {
    if (!units.includes(scope.unit)) return undefined;
    return {calendar: `calendar/${scope.unit}.ics`, changes: `changes/${scope.unit}.atom`};
  }
  return {calendar: 'calendar.ics', changes: 'changes.atom'};
}

/** The feeds of the site, a unit or a page; `undefined` when the plugin is absent or the scope has none. */
export function useKbFeeds(scope: {unit?: string; page?: string}): KbFeedPlaces | undefined {
  const data = useFeedsData();
  if (!data) return undefined;
  const files = scopeFiles(scope, data.units);
  if (!files) return undefined;
  const origin = new URL(data.siteUrl).origin;
  const absolute = (file: string) => origin + data.base + encodePath(file);
  const calendar = absolute(files.calendar);
  return {
    calendar,
    webcal: calendar.replace(/^https?:/, 'webcal:'),
    changes: absolute(files.changes),
  };
}

/** The page path below the docs folder of a doc's `metadata.source`, when it is in the feeds' docs folder. */
export function useKbFeedPage(source: string): string | undefined {
  const data = useFeedsData();
  if (!data || !source.startsWith(data.sourcePrefix)) return undefined;
  return source.slice(data.sourcePrefix.length);
}
