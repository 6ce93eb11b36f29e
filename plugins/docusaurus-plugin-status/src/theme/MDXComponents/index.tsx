import MDXComponents from '@theme-init/MDXComponents';
import StatusBlockMdx from '@theme/StatusBlockMdx';
import StatusRef from '@theme/StatusRef';
import StatusTable from '@theme/StatusTable';

/** The MDX components of the underlying theme, plus the elements that status blocks and pulls become. */
export default {
  ...MDXComponents,
  // The element status blocks become: it carries codes, `StatusBlockMdx` names them.
  StatusBlock: StatusBlockMdx,
  StatusRef,
  StatusTable,
};
