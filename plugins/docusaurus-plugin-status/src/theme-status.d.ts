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
    /** Date of the progress note, `YYYY-MM-DD`. */
    readonly asOf?: string | undefined;
    /** The Markdown body (progress notes). */
    readonly children?: ReactNode;
  }

  export default function StatusBlock(props: Props): ReactNode;
}

declare module '@theme/StatusBlock/Fields' {
  import type {ReactNode} from 'react';
  import type {Props as StatusBlockProps} from '@theme/StatusBlock';

  export type Props = Pick<StatusBlockProps, 'owners' | 'due' | 'response' | 'asOf'>;

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

declare module '@theme/DueDate' {
  import type {ReactNode} from 'react';
  import type {DueDate as DueDateValue} from '@theme/StatusBlock';

  export interface Props {
    readonly due: DueDateValue;
  }

  export default function DueDate(props: Props): ReactNode;
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
