// The theme modules (`@theme/StatusBlock`, `@theme/ReviewBadge`, `@theme/KbReportLink`, …) of every
// plugin of the preset. The preset's own types reference this file, so a TypeScript site that imports
// `@kmportal/docusaurus-preset` in its config gets them with no setting of its own.
/// <reference types="@kmportal/docusaurus-plugin-status/theme" />
/// <reference types="@kmportal/kb-indexes/theme" />
/// <reference types="@kmportal/kb-review/theme" />
/// <reference types="@kmportal/docusaurus-search/theme" />
/// <reference types="@kmportal/kb-feeds/theme" />
export {};
