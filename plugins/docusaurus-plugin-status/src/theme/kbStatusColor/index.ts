import type {CSSProperties} from 'react';
import type {StatusValue} from '@theme/StatusBlock';

/**
 * The default vocabulary's colours (as @kmportal/model ships them): a status that keeps its default
 * colour is drawn with the design system's `--kb-status-<value>`, which has AA contrast in both themes.
 * A colour the site chose itself is used as given.
 */
const DEFAULT_COLORS = new Map([
  ['not-started', '#757575'],
  ['planned', '#1565c0'],
  ['ongoing', '#f9a825'],
  ['delayed', '#c62828'],
  ['completed', '#2e7d32'],
  ['continuing', '#00838f'],
  ['cancelled', '#424242'],
]);

/** Whether the status keeps the default vocabulary's colour (drawn with the design system's token). */
function keepsDefaultColor(status: Pick<StatusValue, 'value' | 'color'>): boolean {
  return DEFAULT_COLORS.get(status.value) === status.color.toLowerCase();
}

/** The CSS colour of a status: the design system's token for a default colour, else the site's colour. */
export default function kbStatusColor(status: Pick<StatusValue, 'value' | 'color'>): string {
  if (!keepsDefaultColor(status)) return status.color || 'var(--kb-status-unknown)';
  return `var(--kb-status-${status.value}, ${status.color})`;
}

/**
 * The inline style of a `.kb-status-block--<value>` or `.kb-status-badge--<value>` element: none when the
 * status keeps its default colour (kb-design.css gives those classes `--kb-status-color`, so the style is
 * not written into every card of every page), else `--kb-status-color` set to the site's colour.
 */
export function kbStatusStyle(
  status: Pick<StatusValue, 'value' | 'color'>,
): CSSProperties | undefined {
  if (keepsDefaultColor(status)) return undefined;
  return {'--kb-status-color': kbStatusColor(status)} as CSSProperties;
}
