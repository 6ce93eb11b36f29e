import type {SiteModel} from '@kmportal/model';

/** `build(site)`, made once per site model: later calls with the same model reuse it. */
export function oncePerSite<T>(build: (site: SiteModel) => T): (site: SiteModel) => T {
  const known = new WeakMap<SiteModel, T>();
  return (site) => {
    if (known.has(site)) return known.get(site)!;
    const value = build(site);
    known.set(site, value);
    return value;
  };
}

/** Appends `value` to the list of `key` in `map`. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
