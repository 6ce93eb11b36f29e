import {join} from 'node:path';

/** Where the global setup builds the main site for the browser tests (or `KB_SITE_BUILD`). */
export const SITE_BUILD_DIR =
  process.env.KB_SITE_BUILD ?? join(__dirname, '..', '..', 'test-results', 'site-build');
