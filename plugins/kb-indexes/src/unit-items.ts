import {withActions, type SiteModel, type StatusItem} from '@kmportal/model';

/** Every item and key action a unit is responsible for, in site order. */
export function unitItems(site: SiteModel, code: string): StatusItem[] {
  return [...(itemsByUnit(site).get(code) ?? [])];
}

// The unit list, each unit's page and summary ask for a unit's items again and again: one pass per site.
const ITEMS_BY_UNIT = new WeakMap<SiteModel, Map<string, StatusItem[]>>();

function itemsByUnit(site: SiteModel): Map<string, StatusItem[]> {
  const known = ITEMS_BY_UNIT.get(site);
  if (known) return known;
  const byUnit = new Map<string, StatusItem[]>();
  for (const item of withActions(site.items)) {
    for (const owner of new Set(item.owners)) {
      const items = byUnit.get(owner);
      if (items) items.push(item);
      else byUnit.set(owner, [item]);
    }
  }
  ITEMS_BY_UNIT.set(site, byUnit);
  return byUnit;
}
