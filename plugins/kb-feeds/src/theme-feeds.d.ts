/// <reference types="@docusaurus/module-type-aliases" />

// Ambient declarations of the swizzlable theme components of @kmportal/kb-feeds.

declare module '@theme/KbFeedLinks' {
  import type {ReactNode} from 'react';

  /** Whose feeds: the site's (no prop), a unit's (its code) or a page's (its path below the docs folder). */
  export interface Props {
    readonly unit?: string;
    readonly page?: string;
    /** Only the `<link rel="alternate">` of the head, no visible links (document pages). */
    readonly headOnly?: boolean;
  }

  /** "Subscribe" links to a calendar (`webcal:` and https) and a change feed, and the feed's autodiscovery link. */
  export default function KbFeedLinks(props: Props): ReactNode;
}

declare module '@theme/useKbFeeds' {
  /** Absolute and site addresses of one scope's feeds. */
  export interface KbFeedPlaces {
    /** `https://…/kb/calendar/PMU.ics` */
    readonly calendar: string;
    /** The same address with the `webcal:` scheme, which calendar apps open as a subscription. */
    readonly webcal: string;
    /** `https://…/kb/changes/PMU.atom` */
    readonly changes: string;
  }

  /** The feeds of the site, a unit or a page; `undefined` when the plugin is absent or the scope has none. */
  export function useKbFeeds(scope: {unit?: string; page?: string}): KbFeedPlaces | undefined;
  /** The page path below the docs folder of a doc's `metadata.source`, when it is in the feeds' docs folder. */
  export function useKbFeedPage(source: string): string | undefined;
}
