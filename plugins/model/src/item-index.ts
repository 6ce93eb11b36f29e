import type {FilterKey, ItemFilter, StatusItem} from './types.js';

/** Item positions by attribute value, so that a table tests its candidates only, not every item. */
export type ItemIndex = Map<FilterKey, Map<string, number[]>>;

const INDEXED: readonly FilterKey[] = ['status', 'owner', 'nexus', 'type'];

function valuesOf(item: StatusItem, key: FilterKey, type: string | undefined): string[] {
  if (key === 'status') return [item.status];
  if (key === 'owner') return item.owners;
  if (key === 'nexus') return item.nexus;
  return type ? [type] : [];
}

/** Indexes items by status, owner, nexus area and the type of their page. */
export function buildItemIndex(
  items: readonly StatusItem[],
  pageType: ReadonlyMap<string, string | undefined>,
): ItemIndex {
  const index: ItemIndex = new Map(INDEXED.map((key) => [key, new Map()]));
  items.forEach((item, position) => {
    for (const key of INDEXED) {
      const byValue = index.get(key)!;
      for (const value of valuesOf(item, key, pageType.get(item.path))) {
        const positions = byValue.get(value);
        if (positions) positions.push(position);
        else byValue.set(value, [position]);
      }
    }
  });
  return index;
}

function positionLists(index: ItemIndex, key: FilterKey, filter: ItemFilter): number[][] {
  return (filter[key] ?? []).map((value) => index.get(key)?.get(value) ?? []);
}

function size(lists: number[][]): number {
  return lists.reduce((total, list) => total + list.length, 0);
}

/** The items that may pass `filter`: those with a value of its most selective indexed key, in site order. */
export function candidateItems(
  index: ItemIndex,
  items: readonly StatusItem[],
  filter: ItemFilter,
): readonly StatusItem[] {
  const choices = INDEXED.filter((key) => filter[key]).map((key) =>
    positionLists(index, key, filter),
  );
  if (choices.length === 0) return items;
  const lists = choices.reduce((best, lists) => (size(lists) < size(best) ? lists : best));
  const positions =
    lists.length === 1 ? lists[0] : [...new Set(lists.flat())].sort((a, b) => a - b);
  return positions.map((position) => items[position]);
}
