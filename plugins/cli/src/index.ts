export {main, USAGE} from './main.js';
export {CHECK_JSON_VERSION, formatLine, runCheck, summary, toJson} from './check.js';
export type {CheckOptions} from './check.js';
export type {CommandIo} from './io.js';
export {localToday, pageSlug, runNew, suggestTemplate} from './new.js';
export type {NewOptions} from './new.js';
export {formatStaleTable, runStale, staleRows} from './stale.js';
export type {StaleOptions, StaleRow} from './stale.js';
export {TEMPLATE_FOLDERS, TEMPLATE_NAMES, fillTemplate, readTemplate} from './templates.js';
