/** Adds `value` to the list kept under `key` (a map of lists: relations by their target, and the like). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
