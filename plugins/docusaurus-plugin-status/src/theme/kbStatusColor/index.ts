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

/** The CSS colour of a status: the design system's token for a default colour, else the site's colour. */
export default function kbStatusColor(status: Pick<StatusValue, 'value' | 'color'>): string {
  const fallback = status.color || 'var(--kb-status-unknown)';
  const usual = DEFAULT_COLORS.get(status.value);
  if (usual === undefined || usual !== status.color.toLowerCase()) return fallback;
  return `var(--kb-status-${status.value}, ${status.color})`;
}
