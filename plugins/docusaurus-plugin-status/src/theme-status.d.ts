/// <reference types="@docusaurus/module-type-aliases" />

// Ambient declarations of the swizzlable theme components of
// @kmportal/docusaurus-plugin-status, the Docusaurus way (like theme-classic.d.ts).
// `@theme-init/*` is already declared (as `any`) by @docusaurus/module-type-aliases.

declare module '@theme/StatusBlock' {
  import type {ReactNode} from 'react';

  /** One value of the status vocabulary, e.g. `{value: 'ongoing', label: 'Ongoing', color: '#f9a825'}`. */
  export interface StatusValue {
    readonly value: string;
    readonly label: string;
    /** A CSS colour, e.g. `#2e7d32`; used for borders and dots, never behind text. */
    readonly color: string;
  }

  /** A responsible unit; `name` equals `code` when the unit is unknown. */
  export interface OwnerRef {
    readonly code: string;
    readonly name: string;
  }

  /** When an item is due: a day or a period, due at its end. */
  export interface DueDate {
    /** As written: `2018-12-31`, `2019-06`, `2019`, `2019-Q1`, `2019-H2`, `tbc`. */
    readonly raw: string;
    readonly kind: 'day' | 'month' | 'year' | 'quarter' | 'half' | 'tbc';
    /** First day of the period, `YYYY-MM-DD` (absent for `tbc`). */
    readonly start?: string | undefined;
    /** Last day of the period, `YYYY-MM-DD` (absent for `tbc`). */
    readonly end?: string | undefined;
  }

  /** An SDG goal (`11`) or target (`11.2`), with its official colour. */
  export interface SdgRef {
    readonly code: string;
    readonly goal: number;
    /** Goal or target text. */
    readonly title: string;
    readonly color: string;
    /** Black or white, whichever contrasts more with `color`. */
    readonly textColor: string;
    /** Site path, e.g. `/sdg/11`. */
    readonly href: string;
  }

  /** A nexus area, e.g. `{slug: 'smart-cities', title: 'Smart cities', href: '/nexus/smart-cities'}`. */
  export interface NexusRef {
    readonly slug: string;
    readonly title: string;
    readonly href: string;
  }

  /** A management response, e.g. `{value: 'accepted', label: 'Accepted'}`. */
  export interface ResponseRef {
    readonly value: string;
    readonly label: string;
  }

  /** A document or link that shows a key action was done; `to` is absent when it leads to no page. */
  export interface EvidenceRef {
    /** As written, e.g. `../reports/x.md` or `https://…`. */
    readonly href: string;
    readonly to?: string | undefined;
  }

  /** A key action of a recommendation, as its card's table shows it. */
  export interface ActionRef {
    /** Anchor id of its row, unique on the site. */
    readonly id: string;
    readonly title: string;
    readonly status: StatusValue;
    readonly owners: readonly OwnerRef[];
    readonly due?: DueDate | null | undefined;
    readonly evidence?: readonly EvidenceRef[] | undefined;
    readonly note?: string | undefined;
    /** Whether a longer body (`:::action`) follows the table, at `#<id>-body`. */
    readonly hasBody?: boolean | undefined;
    /** Its status changes read from git, oldest first. */
    readonly history?: readonly HistoryEntry[] | undefined;
  }

  export interface Props {
    /** Anchor id, unique on the site. */
    readonly id: string;
    readonly title: string;
    readonly status: StatusValue;
    readonly owners: readonly OwnerRef[];
    readonly due?: DueDate | undefined;
    readonly sdg: readonly SdgRef[];
    readonly nexus: readonly NexusRef[];
    readonly response?: ResponseRef | undefined;
    /** Why the recommendation is not fully accepted (`response-note`). */
    readonly responseNote?: string | undefined;
    /** Key actions, in document order. */
    readonly actions?: readonly ActionRef[] | undefined;
    /** Fields that follow from the key actions: `status`, `due`, `owners`. */
    readonly derived?: readonly string[] | undefined;
    /** Date of the progress note, `YYYY-MM-DD`. */
    readonly asOf?: string | undefined;
    /** The other pages that show this item through `::status-ref` or `::status-table`. */
    readonly pulledBy?: readonly PageLink[] | undefined;
    /** Its status changes read from git, oldest first. */
    readonly history?: readonly HistoryEntry[] | undefined;
    /**
     * On a translated page, a block its translation lacks: the locale of the source page its title and
     * body are shown from (a "not translated yet" note, `lang` on the title and body).
     */
    readonly untranslated?: string | undefined;
    /** In the dev server, the block's errors, shown on its card. */
    readonly problems?: readonly import('@theme/StatusBlockError').Problem[] | undefined;
    /** The Markdown body (progress notes). */
    readonly children?: ReactNode;
  }

  /** One status change: when, which commit, who, and the statuses before and after. */
  export interface HistoryEntry {
    readonly date: string;
    readonly commit: string;
    readonly author: string;
    readonly from?: string | undefined;
    readonly fromLabel?: string | undefined;
    readonly to: string;
    readonly toLabel: string;
  }

  /** A page of the site, e.g. `{title: 'Action plan 2018', permalink: '/docs/plans/2018'}` (no baseUrl). */
  export interface PageLink {
    readonly title: string;
    readonly permalink: string;
  }

  export default function StatusBlock(props: Props): ReactNode;
}

declare module '@theme/StatusBlock/PulledBy' {
  import type {ReactNode} from 'react';
  import type {PageLink} from '@theme/StatusBlock';

  export interface Props {
    readonly pages: readonly PageLink[];
  }

  export default function StatusBlockPulledBy(props: Props): ReactNode;
}

declare module '@theme/StatusRef' {
  import type {ReactNode} from 'react';
  import type {DueDate, OwnerRef, PageLink, StatusValue} from '@theme/StatusBlock';

  /** An item as a pull shows it: its fields and its home, never its body. */
  export interface PulledItem {
    readonly id: string;
    readonly title: string;
    readonly status: StatusValue;
    readonly owners: readonly OwnerRef[];
    readonly due?: DueDate | undefined;
    /** The item on its page: the page's permalink and `#id`, without baseUrl. */
    readonly href: string;
    /** The page that defines the item. */
    readonly page: PageLink;
    /** On a translated page, an item not translated yet: the source page's locale (its title is in it). */
    readonly untranslated?: string | undefined;
  }

  export interface Props {
    /** The id written in `::status-ref{id=…}`. */
    readonly id: string;
    /** The item; absent when no status block has the id (the build reports it). */
    readonly item?: PulledItem | undefined;
  }

  export default function StatusRef(props: Props): ReactNode;
}

declare module '@theme/StatusTable' {
  import type {ReactNode} from 'react';
  import type {PulledItem} from '@theme/StatusRef';

  /** One attribute of the filter, e.g. `{key: 'status', values: [{value: 'ongoing', label: 'Ongoing'}]}`. */
  export interface FilterPart {
    readonly key: 'status' | 'owner' | 'nexus' | 'sdg' | 'type' | 'due' | 'parent';
    readonly values: readonly {readonly value: string; readonly label: string}[];
  }

  export interface Props {
    /** The text in brackets of `::status-table[…]{…}`, if any. */
    readonly caption?: string | undefined;
    /** The filter, attribute by attribute (AND), each with its values (OR). */
    readonly filter: readonly FilterPart[];
    /** The matching items, in site order. */
    readonly items: readonly PulledItem[];
  }

  export default function StatusTable(props: Props): ReactNode;
}

declare module '@theme/StatusBlock/Actions' {
  import type {ReactNode} from 'react';
  import type {ActionRef} from '@theme/StatusBlock';

  export interface Props {
    /** Id of the recommendation, for the table's caption id. */
    readonly id: string;
    readonly actions: readonly ActionRef[];
    /** Fields of the recommendation that follow from these actions. */
    readonly derived?: readonly string[] | undefined;
  }

  /** The compact table of a recommendation's key actions: title, units, due, status, evidence, comments. */
  export default function StatusBlockActions(props: Props): ReactNode;
}

declare module '@theme/StatusBlock/Fields' {
  import type {ReactNode} from 'react';
  import type {Props as StatusBlockProps} from '@theme/StatusBlock';

  export type Props = Pick<StatusBlockProps, 'owners' | 'due' | 'response' | 'asOf'> &
    Partial<Pick<StatusBlockProps, 'responseNote' | 'status'>>;

  export default function StatusBlockFields(props: Props): ReactNode;
}

declare module '@theme/StatusBadge' {
  import type {ReactNode} from 'react';
  import type {StatusValue} from '@theme/StatusBlock';

  export interface Props {
    readonly status: StatusValue;
    readonly className?: string | undefined;
  }

  export default function StatusBadge(props: Props): ReactNode;
}

declare module '@theme/StatusBlockError' {
  import type {ReactNode} from 'react';

  /** A problem of a status block as the dev server shows it. */
  export interface Problem {
    /** What was found (the reason's first sentence). */
    readonly message: string;
    /** What to do instead (the rest of the reason). */
    readonly hint?: string | undefined;
    readonly ruleId?: string | undefined;
    /** The rule's documentation. */
    readonly url?: string | undefined;
    readonly line: number;
    readonly column: number;
  }

  export interface Props {
    readonly problems: readonly Problem[];
    /** Shown on a block's card, above its fields (else in place of a block that could not be read). */
    readonly inCard?: boolean | undefined;
    /** The block's text as written. */
    readonly children?: ReactNode;
  }

  /** In the dev server: a status block's errors at its place, with hints and the rules' documentation. */
  export default function StatusBlockError(props: Props): ReactNode;
}

declare module '@theme/kbStatusColor' {
  import type {StatusValue} from '@theme/StatusBlock';

  /**
   * The CSS colour of a status: the design system's `--kb-status-<value>` (AA in light and dark) when
   * the status keeps the default vocabulary's colour, else the colour the site configured.
   */
  export default function kbStatusColor(status: Pick<StatusValue, 'value' | 'color'>): string;

  /**
   * The inline style of an element classed `kb-status-block--<value>` or `kb-status-badge--<value>`:
   * `undefined` while the status keeps the default vocabulary's colour (kb-design.css gives those classes
   * `--kb-status-color`), else `{'--kb-status-color': <the site's colour>}`.
   */
  export function kbStatusStyle(
    status: Pick<StatusValue, 'value' | 'color'>,
  ): import('react').CSSProperties | undefined;
}

declare module '@theme/DueDate' {
  import type {ReactNode} from 'react';
  import type {DueDate as DueDateValue} from '@theme/StatusBlock';

  export interface Props {
    readonly due: DueDateValue;
  }

  export default function DueDate(props: Props): ReactNode;
}

declare module '@theme/OverdueBy' {
  import type {ReactNode} from 'react';
  import type {DueDate as DueDateValue} from '@theme/StatusBlock';

  export interface Props {
    readonly due?: DueDateValue | null | undefined;
    /** The item's status value; whether it closes the item comes from the status vocabulary. */
    readonly status: string;
    /** Overrides the vocabulary's `closed` for `status`. */
    readonly closed?: boolean | undefined;
    /** `block`: on a line of its own (in table cells); `inline` (default): after the due date, with the space before it. */
    readonly layout?: 'inline' | 'block' | undefined;
    readonly className?: string | undefined;
  }

  /** "overdue by N days" (the reader's plural forms and day, after hydration) for an open item past its due date; nothing otherwise. */
  export default function OverdueBy(props: Props): ReactNode;
}

declare module '@theme/UntranslatedMark' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The locale the item is shown in (default: the site's default locale). */
    readonly locale?: string | undefined;
    readonly className?: string | undefined;
  }

  /** "not translated (English)", in the reader's language: beside an item a translated page shows from its source. */
  export default function UntranslatedMark(props: Props): ReactNode;
}

declare module '@theme/KbItemTitle' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** Where the title links: the item's card. */
    readonly to: string;
    readonly title: ReactNode;
    /**
     * Set when a translated site shows the item in its source language: that locale (`true`: the site's
     * default locale). The link gets `lang` and is followed by `@theme/UntranslatedMark`.
     */
    readonly untranslated?: string | boolean | undefined;
    /** Classes of the link. */
    readonly className?: string | undefined;
  }

  /** An item's title as a link, with "not translated (English)" after it when it is shown untranslated. */
  export default function KbItemTitle(props: Props): ReactNode;
}

declare module '@theme/LongDate' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** An ISO calendar date, `YYYY-MM-DD`. */
    readonly date: string;
  }

  export default function LongDate(props: Props): ReactNode;
}

declare module '@theme/SdgChip' {
  import type {ReactNode} from 'react';
  import type {SdgRef} from '@theme/StatusBlock';

  export interface Props {
    readonly sdg: SdgRef;
  }

  export default function SdgChip(props: Props): ReactNode;
}

declare module '@theme/NexusChip' {
  import type {ReactNode} from 'react';
  import type {NexusRef} from '@theme/StatusBlock';

  export interface Props {
    readonly nexus: NexusRef;
  }

  export default function NexusChip(props: Props): ReactNode;
}

declare module '@theme/KbTable' {
  import type {ComponentProps, ReactNode} from 'react';

  export interface Props extends Omit<ComponentProps<'table'>, 'children'> {
    /** The table's name, shown above it (outside the scrolling box); the box and the table are labelled by it. */
    readonly caption?: ReactNode;
    /** Keep the caption for screen readers only (a heading above already says it). */
    readonly captionHidden?: boolean;
    /** The id of an element that names the table instead of `caption`, e.g. the heading of its group. */
    readonly labelledBy?: string;
    /**
     * A wide table scrolls in its own focusable box, with a shadow at the clipped edge and the first
     * column sticky (default `true`); `false` for a table laid out otherwise on a phone (as cards).
     */
    readonly scroll?: boolean;
    /** Classes of the `<table>` (after `kb-table`). */
    readonly className?: string;
    /** Classes of the block around the caption and the table (`kb-table-block`). */
    readonly blockClassName?: string;
    /** The table's `colgroup`, `thead` and `tbody`: row headers as `<th scope="row">`, numbers in `NumCell`. */
    readonly children: ReactNode;
  }
  export type NumCellProps = ComponentProps<'td'>;
  export interface SortHeaderProps extends Omit<ComponentProps<'th'>, 'onClick'> {
    /** How the table is sorted by this column now. */
    readonly order: 'ascending' | 'descending' | 'none';
    /** Sorts by this column (the caller picks the next order). */
    readonly onSort: () => void;
    readonly children: ReactNode;
  }
  /** A number's cell (`td.kb-num`): right-aligned, tabular figures, never wrapped. */
  export function NumCell(props: NumCellProps): ReactNode;
  /** A sortable column's header: `aria-sort`, a button and a mark (▲ ▼ ↕). */
  export function SortHeader(props: SortHeaderProps): ReactNode;
  /**
   * A data table of the design system: the name above it, a scrolling box with a visible cue on a
   * phone and a sticky first column, compact cells, numbers right-aligned.
   */
  export default function KbTable(props: Props): ReactNode;
}

declare module '@theme/UnitLink' {
  import type {ReactNode} from 'react';

  export interface Props {
    /** The unit's code, as written in `owner=`. */
    readonly code: string;
    /** The unit's name from `units.yml`, shown on hover. */
    readonly name?: string;
    /** What the link shows (default: the code). */
    readonly children?: ReactNode;
    readonly className?: string;
  }
  /** The page of a unit when `@kmportal/kb-indexes` builds one for the code, else `undefined`. */
  export function useUnitHref(code: string): string | undefined;
  /** A responsible unit, linking to its unit page (`/units/<code>`) when the site has one. */
  export default function UnitLink(props: Props): ReactNode;
}

declare module '@theme/StatusHistory' {
  import type {ReactNode} from 'react';
  import type {HistoryEntry} from '@theme/StatusBlock';

  export interface Props {
    readonly entries: readonly HistoryEntry[];
  }

  export default function StatusHistory(props: Props): ReactNode;
}

declare module '@theme/StatusBlockMdx' {
  import type {ReactNode} from 'react';
  import type {CardCodes} from '@kmportal/remark-status/card';
  import type {HistoryEntry, PageLink, Props as StatusBlockProps} from '@theme/StatusBlock';

  /** The `<StatusBlock>` element as the remark plugin writes it: the item's codes, its backlinks and history. */
  export type Props = (
    | CardCodes
    | Pick<CardCodes, 'id' | 'title'>
    | Omit<StatusBlockProps, 'pulledBy' | 'history' | 'children'>
  ) & {
    /** The other fields, backlinks and history as one JSON string, as the remark plugin writes them. */
    readonly card?: string;
    readonly pulledBy?: readonly PageLink[] | undefined;
    readonly history?: readonly HistoryEntry[] | undefined;
    readonly problems?: readonly import('@theme/StatusBlockError').Problem[] | undefined;
    readonly children?: ReactNode;
  };
  export default function StatusBlockMdx(props: Props): ReactNode;
}

declare module '@theme/useKbFrontMatter' {
  import type {DocFrontMatter} from '@docusaurus/plugin-content-docs';
  import type {KbFrontMatter} from '@kmportal/docusaurus-plugin-status';

  export type {KbFrontMatter};
  /** The current doc's front matter with the KM portal's keys typed; call it inside a doc page. */
  export default function useKbFrontMatter(): DocFrontMatter & KbFrontMatter;
}

declare module '@theme/useKbIntl' {
  import type {KbIntl} from '@kmportal/model/intl';

  export type {KbIntl};
  /**
   * Formatters of the reader's locale (`htmlLang`): `number`, `percent`, `longDate`, `monthYear` and
   * `plural(message, count)` for `|`-separated plural messages (`one|few|many|other` in Russian).
   */
  export default function useKbIntl(): KbIntl;
}

declare module '@theme/useCardLinks' {
  import type {CardLinks} from '@kmportal/remark-status/card';

  /**
   * Where the SDG and nexus chips of a card of docs instance `docs` (default `default`) and docs version
   * `version` (default: the one shown) link, from the `@kmportal/kb-indexes` instance that shows it.
   */
  export default function useCardLinks(docs?: string, version?: string): CardLinks | undefined;
}

declare module '@theme/useKbLabels' {
  /**
   * Labels in the reader's language: `status(value, fallback?)`, `response(value, fallback?)` and
   * `pageType(value)`, from `i18n/<locale>/kmportal-status/labels.json` (fr and ru shipped).
   */
  export default function useKbLabels(): {
    status(value: string, fallback?: string): string;
    response(value: string, fallback?: string): string;
    pageType(value: string): string;
  };
}
