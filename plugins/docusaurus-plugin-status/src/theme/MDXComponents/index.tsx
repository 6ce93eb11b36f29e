import MDXComponents from '@theme-init/MDXComponents';
import StatusBlock from '@theme/StatusBlock';

/** The MDX components of the underlying theme, plus `<StatusBlock>` for status blocks. */
export default {
  ...MDXComponents,
  StatusBlock,
};
