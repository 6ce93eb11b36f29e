import {RESPONSES, type ModelConfig, type StatusItem} from '@kmportal/model';

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

/** The props of `@theme/StatusBlock` for one item, all resolved at build time. */
export function statusBlockProps(item: StatusItem, config: ModelConfig, links: LinkOptions) {
  return {
    id: item.id,
    title: item.title,
    status: statusProps(item.status, config),
    owners: item.owners.map((code) => ({code, name: config.units?.get(code)?.name ?? code})),
    due: item.due,
    sdg: sdgProps(item.sdg, config, links),
    nexus: item.nexus.map((slug) => ({
      slug,
      title: config.nexus?.get(slug)?.title ?? slug,
      href: `${links.nexusBasePath}/${slug}`,
    })),
    response: item.response
      ? {value: item.response, label: RESPONSES.get(item.response)!}
      : undefined,
    asOf: item.asOf,
  };
}
