import {withActions, type SiteModel, type StatusItem} from '@kmportal/model';
import {oncePerSite, pushTo} from './site-memo.js';

/** Every item and key action a unit is responsible for, in site order. */
export function unitItems(site: SiteModel, code: string): StatusItem[] {
  return [...(itemsByUnit(site).get(code) ?? [])];
}

// The unit list, each unit's page and summary ask for a unit's items again and again: one pass per site.
const itemsByUnit = oncePerSite((site) => {
  const byUnit = new Map<string, StatusItem[]>();
  for (const item of withActions(site.items))
    for (const owner of new Set(item.owners)) pushTo(byUnit, owner, item);
  return byUnit;
});
