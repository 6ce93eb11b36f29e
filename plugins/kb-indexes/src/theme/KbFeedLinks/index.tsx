import type {ReactNode} from 'react';
import type {Props} from '@theme/KbFeedLinks';

/**
 * Where the dashboard shows its feed links: nothing here. `@kmportal/kb-feeds`, listed after this plugin,
 * provides the component that renders them.
 */
export default function KbFeedLinks(_props: Props): ReactNode {
  return null;
}
