import type {PageHeading, PageSection} from './sections.js';
import type {VFileMessage} from 'vfile-message';

/** A point in a source file, 1-based like unist positions. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A span in a source file. */
export interface Span {
  start: Point;
  end: Point;
}

/** One value of the status vocabulary. */
export interface StatusDefinition {
  /** Value written in `status=…`, e.g. `ongoing`. */
  value: string;
  /** Label shown on badges, e.g. `Ongoing`. */
  label: string;
  /** CSS colour of the badge. */
  color: string;
  /** Whether an item with this status is finished (never overdue). */
  closed: boolean;
}

/** A responsible unit from `units.yml`. */
export interface Unit {
  code: string;
  /** In the configuration's locale (the default locale's name where it has none). */
  name: string;
  /** Every name the registry gives, by locale (`name: {en: …, fr: …}`); absent for a plain name. */
  names?: Record<string, string>;
  parent?: string;
  /** In the configuration's locale, like `name` (a text written once is every locale's). */
  focalPoint?: string;
  /** Every focal point the registry gives, by locale (`focal_point: {en: …, fr: …}`). */
  focalPoints?: Record<string, string>;
}

/** A nexus area from `nexus.yml`. */
export interface NexusArea {
  slug: string;
  /** In the configuration's locale (the default locale's where it has none), like `description`. */
  title: string;
  description: string;
  /** Every title the registry gives, by locale; absent for a plain title. */
  titles?: Record<string, string>;
  /** Every description the registry gives, by locale; absent for a plain description. */
  descriptions?: Record<string, string>;
  /** In the configuration's locale, like `title` (a text written once is every locale's). */
  focalPoint?: string;
  /** Every focal point the registry gives, by locale. */
  focalPoints?: Record<string, string>;
}

/** An SDG target, e.g. 11.2. */
export interface SdgTarget {
  code: string;
  goal: number;
  title: string;
}

/** An SDG goal with its targets. */
export interface SdgGoal {
  goal: number;
  code: string;
  short: string;
  title: string;
  color: string;
  /** Black or white, whichever contrasts more with `color`. */
  textColor: string;
  targets: SdgTarget[];
}

/** The 17 goals and 169 targets. */
export interface SdgCatalog {
  locale: string;
  goals: SdgGoal[];
  goalByNumber: Map<number, SdgGoal>;
  targetByCode: Map<string, SdgTarget>;
}

/** Everything the parser checks values against; built once by `createModelConfig`. */
export interface ModelConfig {
  statuses: StatusDefinition[];
  statusByValue: Map<string, StatusDefinition>;
  /** `null` when no `units.yml` exists: owners are then not checked. */
  units: Map<string, Unit> | null;
  /** `null` when no `nexus.yml` exists: nexus slugs are then not checked. */
  nexus: Map<string, NexusArea> | null;
  sdg: SdgCatalog;
  pageTypes: string[];
  /** The locale pages are read in: registry names and SDG titles are in it. */
  locale: string;
  /** The source language of the docs folder. */
  defaultLocale: string;
  /** Every locale of the site. */
  locales: string[];
  /** Whether script in pages is rejected (`ModelOptions.authoringSafety`); absent means `true`. */
  authoringSafety?: boolean;
}

/** When an item is due: a day or a period, due at its end. */
export interface DueDate {
  raw: string;
  kind: 'day' | 'month' | 'year' | 'quarter' | 'half' | 'tbc';
  /** First day of the period, `YYYY-MM-DD` (absent for `tbc`). */
  start?: string;
  /** Last day of the period, `YYYY-MM-DD` (absent for `tbc`). */
  end?: string;
}

/** Management response to an evaluation recommendation. */
export type ResponseValue = 'accepted' | 'partially-accepted' | 'not-accepted';

/** One document or link an action's `evidence` lists. */
export interface Evidence {
  /** As written, e.g. `../reports/x.md` or `https://…`. */
  href: string;
  /** `url` for a link with a scheme (`https:`, `mailto:` …) or a site path (`/…`), `path` for a relative file. */
  kind: 'url' | 'path';
  /** Where it stands in the file, for messages. */
  place: Point;
}

/** The fields of a recommendation that were not written but follow from its key actions. */
export type DerivedField = 'status' | 'due' | 'owners';

/** One status block: an action item, recommendation or decision to follow up; or a key action of one. */
export interface StatusItem {
  id: string;
  title: string;
  status: string;
  owners: string[];
  due?: DueDate;
  /** Goals (`11`) and targets (`11.2`) as written, de-duplicated, in order. */
  sdg: string[];
  /** Goals reached by `sdg`, directly or through a target, ascending. */
  sdgGoals: number[];
  nexus: string[];
  response?: ResponseValue;
  /** Why a recommendation is only partially or not accepted (`response-note="…"`). */
  responseNote?: string;
  /** Key actions (`::action` / `:::action` inside the block), in document order; absent when none. */
  actions?: StatusItem[];
  /** A key action: the id of its recommendation (absent on a status block). */
  parent?: string;
  /** A key action: the documents and links that show it was done (absent when none). */
  evidence?: Evidence[];
  /** A key action: the short comment of `note="…"`. */
  note?: string;
  /** Fields taken from the key actions because the block does not write them (absent when none). */
  derived?: DerivedField[];
  /** Date of the progress note, `YYYY-MM-DD`; defaults to the page's `as_of`. */
  asOf?: string;
  /** The Markdown source of the body. */
  body: string;
  /** The body as plain text (for search and exports). */
  bodyText: string;
  /** Path of the page, as given to the parser. */
  path: string;
  /** URL of the item: its page's permalink and `#id` (set by `loadSite`). */
  url?: string;
  position: Span;
  /**
   * Read in a locale other than the source's (`SiteOptions.localizedDir`), the item is shown in the source
   * language: its page has no translation, or the translation has no block with its id.
   */
  untranslated?: boolean;
  /**
   * The errors found in the block (not in its key actions, which carry their own), in the order of the
   * page's messages: the item holds the fields that could be read. Absent on a valid item.
   */
  invalid?: ItemProblem[];
  /**
   * The block's opening line is malformed, so Markdown does not read it as a block (the page shows its
   * text): the item is read from what the line holds, and is `invalid`. Absent otherwise.
   */
  salvaged?: true;
}

/** An error found in a status block, where it stands in the item's page (`path`). */
export interface ItemProblem {
  line: number;
  column: number;
  ruleId: string;
  reason: string;
}

/** Where a page of a locale's site was translated from (see `SiteOptions.localizedDir`). */
export interface PageTranslation {
  /** The locale of the translation. */
  locale: string;
  /** The translated file, as message paths give it (relative to `cwd`). */
  path: string;
  /** The translated file, absolute. */
  file: string;
}

/** The page types of the portal. */
export type PageType = string;

/** Page metadata read from front matter (and the first heading). */
export interface PageMeta {
  path: string;
  /** Path relative to the docs folder (set by `loadSite`). */
  source?: string;
  /** URL path of the page without the site's baseUrl, e.g. `/docs/plans/a` (set by `loadSite`). */
  permalink?: string;
  title?: string;
  description?: string;
  type?: PageType;
  owners: string[];
  sdg: string[];
  sdgGoals: number[];
  nexus: string[];
  asOf?: string;
  /** Review cycle from `reviewers`, `last_reviewed` and `review_every` (absent when none is given). */
  review?: PageReview;
  /** The whole front matter, as parsed. */
  frontMatter: Record<string, unknown>;
  /** In a locale's site: the translation the title, block titles and bodies come from. */
  translation?: PageTranslation;
  /** In a locale's site: the page has no translation and is shown in the source language. */
  untranslated?: boolean;
}

/** A review interval from `review_every`, e.g. `6 months`. */
export interface ReviewInterval {
  count: number;
  unit: 'day' | 'week' | 'month' | 'year';
  /** As written. */
  raw: string;
}

/** A page's review cycle. */
export interface PageReview {
  /** Unit codes (names in `reviewers` are resolved to codes). */
  reviewers: string[];
  /** `YYYY-MM-DD`. */
  lastReviewed?: string;
  every?: ReviewInterval;
  /** Next review, `YYYY-MM-DD`: `lastReviewed` plus `every` (12 months when absent). */
  next?: string;
}

/** The directives that pull items defined on other pages into a page. */
export type PullKind = 'status-ref' | 'status-table';

/** What a `status-table` can filter on. */
/** `parent` selects the key actions of a recommendation (`::status-table{parent=eval-2017-r2}`). */
export type FilterKey = 'status' | 'owner' | 'nexus' | 'sdg' | 'type' | 'due' | 'parent';

/** A table's selection: AND across keys, OR within a key's values; an absent key selects all. */
export type ItemFilter = Partial<Record<FilterKey, string[]>>;

/** A `::status-ref{id=…}` or `::status-table{…}` leaf directive of a page. */
export interface Pull {
  kind: PullKind;
  /** The attributes as written, e.g. `{id: 'eval-2017-r3'}` or `{status: 'ongoing,delayed'}`. */
  attributes: Record<string, string>;
  /** `status-ref`: the id of the item shown. */
  id?: string;
  /** `status-table`: the filter, values as written (a value that is not valid matches nothing). */
  filter?: ItemFilter;
  /** `status-table`: the text in brackets, used as the table's caption. */
  label?: string;
  /** Path of the page, as given to the parser. */
  path: string;
  position: Span;
  /** Where each attribute's value starts, for messages. */
  places: Record<string, Point>;
}

/** The result of parsing one page. */
export interface ParsedPage {
  page: PageMeta;
  items: StatusItem[];
  /** The page's `status-ref` and `status-table` directives, in document order. */
  pulls: Pull[];
  /** The page's top-level headings of depth 2 to 6 (`pageHeadings`), for grouping items by heading. */
  headings: PageHeading[];
  /**
   * The page's sections (`pageSections`: the text before the first heading, then one per heading of
   * depth 2 to 6), from the same parse; the translation's in a locale's site. What search indexes.
   */
  sections?: PageSection[];
  messages: VFileMessage[];
  /** `sourceDigest` of the text parsed, when read from a file by the site loader (see `pairStatusBlocks`). */
  digest?: string;
}
