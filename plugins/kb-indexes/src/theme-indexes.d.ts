/// <reference types="@docusaurus/module-type-aliases" />

// Ambient declarations of the swizzlable theme components of @kmportal/kb-indexes.
// Route data types come from the plugin itself (`src/data.ts`).

declare module '@theme/KbSdgIndex' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {SdgIndexData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: SdgIndexData;
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-indexes/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbSdgIndex(props: Props): ReactNode;
}

declare module '@theme/KbSdgGoal' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {GoalPageData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: GoalPageData;
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbSdgGoal(props: Props): ReactNode;
}

declare module '@theme/KbNexusIndex' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {NexusIndexData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: NexusIndexData;
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-indexes/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbNexusIndex(props: Props): ReactNode;
}

declare module '@theme/KbNexusArea' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {NexusAreaData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: NexusAreaData;
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbNexusArea(props: Props): ReactNode;
}

declare module '@theme/KbMatrix' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {MatrixData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: MatrixData;
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-indexes/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbMatrix(props: Props): ReactNode;
}

declare module '@theme/KbStatusDashboard' {
  import type {ReactNode} from 'react';
  import type {KbIndexVersionLink} from '@theme/KbVersionSwitch';
  import type {DashboardData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: DashboardData;
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-indexes/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
    /** The same page in each docs version (absent when the docs have one version). */
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbStatusDashboard(props: Props): ReactNode;
}

declare module '@theme/KbItemList' {
  import type {ReactNode} from 'react';
  import type {ListedItem} from '@kmportal/kb-indexes';
  import type {StatusValue} from '@theme/StatusBlock';

  export interface Props {
    readonly items: readonly ListedItem[];
    readonly statuses: readonly StatusValue[];
  }
  /** A list of items, each linking to its card, with status badge, owners and due date. */
  export default function KbItemList(props: Props): ReactNode;
}

declare module '@theme/KbInvalidFlag' {
  import type {ReactNode} from 'react';
  import type {InvalidNote} from '@kmportal/kb-indexes';

  export interface Props {
    readonly invalid: InvalidNote;
  }
  /** `invalid — fix at docs/a.md:12:5`, and the first error's message: an item whose block has errors. */
  export default function KbInvalidFlag(props: Props): ReactNode;
}

declare module '@theme/KbStatusBreakdown' {
  import type {ReactNode} from 'react';
  import type {StatusCount} from '@kmportal/kb-indexes';

  export interface Props {
    readonly counts: readonly StatusCount[];
  }
  /** Item counts per status, as text. */
  export default function KbStatusBreakdown(props: Props): ReactNode;
}

declare module '@theme/KbPageList' {
  import type {ReactNode} from 'react';
  import type {PageRef} from '@kmportal/kb-indexes';

  export interface Props {
    readonly pages: readonly PageRef[];
  }
  export default function KbPageList(props: Props): ReactNode;
}

declare module '@theme/KbStatusReport' {
  import type {ReactNode} from 'react';
  import type {ReportData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: ReportData;
  }
  /** A printable "status of implementation" report of one page. */
  export default function KbStatusReport(props: Props): ReactNode;
}

declare module '@theme/KbResponseRates' {
  import type {ReactNode} from 'react';
  import type {RatesRow} from '@kmportal/kb-indexes';

  export interface Props {
    /** Rows of pages and page types, each with its counts and rates. */
    readonly rows: readonly RatesRow[];
    /** The table's caption. */
    readonly caption: ReactNode;
    /** What the first column holds: `page` or `type`. */
    readonly kind: 'page' | 'type';
  }
  /** Acceptance rate, implementation rate and overdue key actions, as the JIU reports them. */
  export default function KbResponseRates(props: Props): ReactNode;
}

declare module '@theme/KbReportIndex' {
  import type {ReactNode} from 'react';
  import type {ReportIndexData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: ReportIndexData;
    /** The page's title and description in the locale built (`i18n/<locale>/kmportal-indexes/pages.json`). */
    readonly meta: {readonly title: string; readonly description: string};
  }
  /** The list of every status-of-implementation report, and the report named by `?doc=` in the address. */
  export default function KbReportIndex(props: Props): ReactNode;
}

declare module '@theme/KbReportList' {
  import type {ReactNode} from 'react';
  import type {ReportLink} from '@kmportal/kb-indexes';

  export interface Props {
    /** The reports to list (the report index's route data). */
    readonly reports: readonly ReportLink[];
  }
  /** A list of links to status-of-implementation reports, with their item counts. */
  export default function KbReportList(props: Props): ReactNode;
}

declare module '@theme/KbReportLink' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The doc's permalink, with baseUrl (as `useDoc().metadata.permalink` gives it). */
    readonly permalink: string;
    /** The doc's `type` front matter: pages of the plugin's `reportTypes` have a report. */
    readonly type: unknown;
  }
  /** A link to the report of a doc page; renders nothing when the page has no report. */
  export default function KbReportLink(props: Props): ReactNode;
}

declare module '@theme/useKbReportPath' {
  /** Where the reports live (the plugin's global data), or `undefined` without the plugin. */
  export function useKbReportPlaces():
    | {readonly basePath: string; readonly routeBasePath: string; readonly types: readonly string[]}
    | undefined;
  /** The report route of a doc page (permalink with baseUrl, `type` front matter), or `undefined`. */
  export default function useKbReportPath(permalink: string, type: unknown): string | undefined;
}

declare module '@theme/KbUnitIndex' {
  import type {ReactNode} from 'react';
  import type {UnitIndexData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: UnitIndexData;
  }
  /** Every unit of `units.yml` with its counts: open, overdue, items, key actions, pages. */
  export default function KbUnitIndex(props: Props): ReactNode;
}

declare module '@theme/KbUnitPage' {
  import type {ReactNode} from 'react';
  import type {UnitPageData} from '@kmportal/kb-indexes';

  export interface Props {
    readonly data: UnitPageData;
  }
  /** One unit's page, printable as a handover pack: its open and closed items, pages, changes, registry place. */
  export default function KbUnitPage(props: Props): ReactNode;
}

declare module '@theme/useKbToday' {
  /** The reader's local day after hydration, the build day (`builtOn`, `YYYY-MM-DD`) before. */
  export default function useKbToday(builtOn: string): string;
}

declare module '@theme/KbKeyActions' {
  import type {ReactNode} from 'react';
  import type {ListedItem, StatusCount} from '@kmportal/kb-indexes';
  import type {StatusValue} from '@theme/StatusBlock';

  export interface Props {
    /** The first key actions (a page lists a bounded number). */
    readonly actions: readonly ListedItem[];
    /** How many key actions there are in all. */
    readonly count: number;
    /** All of them by status. */
    readonly counts: readonly StatusCount[];
    /** The dashboard's actions view filtered to the goal or area. */
    readonly href: string;
    readonly statuses: readonly StatusValue[];
  }
  /** A goal's or nexus area's key actions, counted apart from its items; nothing when it has none. */
  export default function KbKeyActions(props: Props): ReactNode;
}

declare module '@theme/KbVersionSwitch' {
  import type {ReactNode} from 'react';

  /** One docs version, and the same index page in it. */
  export interface KbIndexVersionLink {
    readonly name: string;
    /** As the docs plugin labels it (`Next`, `1.0`). */
    readonly label: string;
    /** The page in that version, with baseUrl. */
    readonly href: string;
    /** Whether the page shows this version. */
    readonly shown: boolean;
    /** Whether it is the version shown by default (the docs plugin's last one). */
    readonly isLast: boolean;
  }

  export interface Props {
    readonly versions?: readonly KbIndexVersionLink[];
  }
  export default function KbVersionSwitch(props: Props): ReactNode;
}
