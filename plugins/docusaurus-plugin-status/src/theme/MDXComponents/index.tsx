import MDXComponents from '@theme-init/MDXComponents';
import StatusBlock from '@theme/StatusBlock';
import StatusRef from '@theme/StatusRef';
import StatusTable from '@theme/StatusTable';

/** The MDX components of the underlying theme, plus the elements that status blocks and pulls become. */
export default {
  ...MDXComponents,
  StatusBlock,
  StatusRef,
  StatusTable,
};
