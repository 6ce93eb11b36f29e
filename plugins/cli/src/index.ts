export {main, USAGE} from './main.js';
export {CHECK_JSON_VERSION, formatLine, runCheck, summary, toJson} from './check.js';
export type {CheckOptions} from './check.js';
export type {CommandIo} from './io.js';
