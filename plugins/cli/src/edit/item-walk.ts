import type {StatusItem} from '@kmportal/model';

/** A status item and, once the model reads them, its key actions (`actions`), depth first. */
export function everyItem(items: readonly StatusItem[]): StatusItem[] {
  const seen = new Set<StatusItem>();
  const out: StatusItem[] = [];
  const walk = (list: readonly StatusItem[]) => {
    for (const item of list) {
      if (seen.has(item)) continue;
      seen.add(item);
      out.push(item);
      const actions = (item as {actions?: StatusItem[]}).actions;
      if (actions) walk(actions);
    }
  };
  walk(items);
  return out;
}

/** The id of the item a key action belongs to, or `undefined` for a status block. */
export function parentOf(item: StatusItem): string | undefined {
  return (item as {parent?: string}).parent;
}
