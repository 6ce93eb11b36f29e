import type {ModelConfig, StatusItem} from '@kmportal/model';
import {resolveCard, type CardRegistry} from './card.js';
import {cardCodes, cardRegistry} from './registry.js';

/** Where the SDG and nexus index pages live, for chip links. */
export interface LinkOptions {
  sdgBasePath: string;
  nexusBasePath: string;
}

/** A status as the badge shows it. */
export function statusProps(value: string, config: ModelConfig) {
  const known = config.statusByValue.get(value);
  return {value, label: known?.label ?? value, color: known?.color ?? '#757575'};
}

/** SDG chips: code, goal, official text and colours, link to the goal page. */
export function sdgProps(codes: string[], config: ModelConfig, links: LinkOptions) {
  return codes.map((code) => {
    const goalNumber = Number(code.split('.')[0]);
    const goal = config.sdg.goalByNumber.get(goalNumber)!;
    const target = config.sdg.targetByCode.get(code);
    return {
      code,
      goal: goalNumber,
      title: target ? target.title : `${goal.short}: ${goal.title}`,
      color: goal.color,
      textColor: goal.textColor,
      href: `${links.sdgBasePath}/${goalNumber}`,
    };
  });
}

const registries = new WeakMap<ModelConfig, CardRegistry>();

/** The props of `@theme/StatusBlock` for one item, all resolved (as the theme resolves a page's card codes). */
export function statusBlockProps(item: StatusItem, config: ModelConfig, links: LinkOptions) {
  let registry = registries.get(config);
  if (!registry) {
    registry = cardRegistry(config);
    registries.set(config, registry);
  }
  return resolveCard(cardCodes(item, links), registry);
}
