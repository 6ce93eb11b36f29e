/// <reference types="@docusaurus/module-type-aliases" />

// Ambient declarations of the swizzlable theme components of @kmportal/docusaurus-search.

declare module '@theme/SearchMarked' {
  import type {ReactNode} from 'react';

  /** Text and the `[start, end)` ranges to mark. */
  export interface MarkedText {
    readonly text: string;
    readonly marks: readonly (readonly [number, number])[];
  }

  export interface Props {
    readonly value: MarkedText;
  }

  export default function SearchMarked(props: Props): ReactNode;
}

declare module '@theme/SearchResults' {
  import type {ReactNode} from 'react';
  import type {MarkedText} from '@theme/SearchMarked';

  /** A status item's fields. */
  export interface ItemFields {
    /** A key action: its recommendation's id. */
    readonly parent?: string | undefined;
    readonly id: string;
    readonly status: string;
    readonly statusLabel: string;
    readonly owners: readonly string[];
    readonly due?: string;
    readonly sdg: readonly string[];
    readonly nexus: readonly string[];
  }

  /** One ranked result: a page, a section or a status item, with its marked title and snippet. */
  export interface SearchHit {
    readonly doc: number;
    readonly page: number;
    readonly record: {
      readonly kind: 'page' | 'section' | 'item';
      readonly url: string;
      readonly title: string;
      readonly pageTitle: string;
      readonly trail: readonly string[];
      readonly text: string;
      readonly item?: ItemFields;
    };
    readonly title: MarkedText;
    readonly snippet: MarkedText;
    readonly terms: readonly string[];
  }

  export interface Props {
    /** Ranked hits; grouped by page when shown. */
    readonly hits: readonly SearchHit[];
  }

  export default function SearchResults(props: Props): ReactNode;
}

declare module '@theme/SearchPage' {
  import type {ReactNode} from 'react';

  /** One value of a facet and its label. */
  export interface FacetValue {
    readonly value: string;
    readonly label: string;
  }

  export interface Props {
    /** Values of each facet found in the index, from the route's data module. */
    readonly facets: Readonly<
      Record<'type' | 'status' | 'unit' | 'nexus' | 'sdg', readonly FacetValue[]>
    >;
  }

  export default function SearchPage(props: Props): ReactNode;
}

declare module '@theme/SearchBar' {
  import type {ReactNode} from 'react';

  export default function SearchBar(): ReactNode;
}

declare module '@kmportal/search-manifest' {
  const manifest: unknown;
  export default manifest;
}
