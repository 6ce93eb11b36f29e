export {default, default as remarkStatus} from './plugin.js';
export type {RemarkStatusOptions} from './plugin.js';
export {statusBlockProps, statusProps, sdgProps} from './props.js';
export type {LinkOptions} from './props.js';
export {createConfigSource} from './config-cache.js';
