import type {ModelConfig, StatusItem} from '@kmportal/model';
import {resolveCard, resolveSdg, resolveStatus, type CardRegistry} from './card.js';
import {cardCodes, cardRegistry} from './registry.js';

/** Where the SDG and nexus index pages live, for chip links. */
export interface LinkOptions {
  sdgBasePath: string;
  nexusBasePath: string;
}

const registries = new WeakMap<ModelConfig, CardRegistry>();

/** The registry of every name of `config` (all SDG targets), built once per configuration. */
function registryOf(config: ModelConfig): CardRegistry {
  let registry = registries.get(config);
  if (!registry) {
    registry = cardRegistry(config);
    registries.set(config, registry);
  }
  return registry;
}

/** A status as the badge shows it. */
export function statusProps(value: string, config: ModelConfig) {
  return resolveStatus(value, registryOf(config));
}

/** SDG chips: code, goal, official text and colours, link to the goal page. */
export function sdgProps(codes: string[], config: ModelConfig, links: LinkOptions) {
  return codes.map((code) => resolveSdg(code, registryOf(config), links.sdgBasePath));
}

/** The props of `@theme/StatusBlock` for one item, all resolved (as the theme resolves a page's card codes). */
export function statusBlockProps(item: StatusItem, config: ModelConfig, links: LinkOptions) {
  return resolveCard(cardCodes(item, links), registryOf(config));
}
