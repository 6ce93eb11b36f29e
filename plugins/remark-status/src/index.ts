export {default, default as remarkStatus, IMPORTED_COMPONENT} from './plugin.js';
export type {HistoryEntry, RemarkStatusOptions} from './plugin.js';
export {statusBlockProps, statusProps, sdgProps} from './props.js';
export type {LinkOptions} from './props.js';
export {
  resolveCard,
  resolveSdg,
  resolveStatus,
  DEFAULT_NEXUS_BASE,
  DEFAULT_SDG_BASE,
} from './card.js';
export type {CardCodes, CardDue, CardLinks, CardRegistry, ResolvedCard} from './card.js';
export {cardCodes, cardPlace, cardRegistry, mergedCardRegistry} from './registry.js';
export {CARD_ATTRIBUTE, decodeCard, encodeCard} from './card.js';
export {createConfigSource} from './config-cache.js';
export {createSiteSource, RECHECK_AFTER_MS} from './site-cache.js';
export {
  filterProps,
  pulledByProps,
  pulledItemProps,
  statusRefProps,
  statusTableProps,
} from './pull-props.js';
export type {PullPropsOptions} from './pull-props.js';
export {transformPulls} from './pulls.js';
export type {PullContext} from './pulls.js';
