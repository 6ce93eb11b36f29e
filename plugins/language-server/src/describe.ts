// Markdown shown in hovers and completion details.
import type {ModelConfig, NexusArea, StatusItem, Unit} from '@kmportal/model';

/** `**OES** Office of the Executive Secretary`, its focal point and parent unit. */
export function unitMarkdown(unit: Unit, config: ModelConfig): string {
  const lines = [`**${unit.code}** — ${unit.name}`];
  if (unit.focalPoint) lines.push(`Focal point: ${unit.focalPoint}`);
  const parent = unit.parent ? config.units?.get(unit.parent) : undefined;
  if (unit.parent) lines.push(`Part of: ${unit.parent}${parent ? ` (${parent.name})` : ''}`);
  return lines.join('\n\n');
}

/** A goal's or target's title, e.g. `**SDG target 11.2** …`; `undefined` for an unknown code. */
export function sdgMarkdown(code: string, config: ModelConfig): string | undefined {
  const target = config.sdg.targetByCode.get(code);
  if (target) {
    const goal = config.sdg.goalByNumber.get(target.goal);
    return `**SDG target ${target.code}** — ${target.title}${goal ? `\n\nGoal ${goal.goal}: ${goal.short}` : ''}`;
  }
  const goal = /^\d+$/.test(code) ? config.sdg.goalByNumber.get(Number(code)) : undefined;
  return goal ? `**SDG ${goal.goal}: ${goal.short}** — ${goal.title}` : undefined;
}

/** A nexus area's title, description and focal point. */
export function nexusMarkdown(area: NexusArea): string {
  const lines = [`**${area.title}** (\`${area.slug}\`)`, area.description];
  if (area.focalPoint) lines.push(`Focal point: ${area.focalPoint}`);
  return lines.join('\n\n');
}

/** An item as a pull shows it: title, status, owners, due date and where it is defined. */
export function itemMarkdown(item: StatusItem, config: ModelConfig, due?: string): string {
  const status = config.statusByValue.get(item.status)?.label ?? item.status;
  const facts = [`Status: **${status}**`];
  if (item.owners.length) facts.push(`Owner: ${item.owners.join(', ')}`);
  if (item.asOf) facts.push(`As of ${item.asOf}`);
  const lines = [`**${item.title || item.id}** (\`${item.id}\`)`, facts.join(' · ')];
  if (due) lines.push(due);
  lines.push(`Defined in \`${item.path}:${item.position.start.line}\``);
  return lines.join('\n\n');
}
