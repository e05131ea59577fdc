/**
 * A fresh local id (branch path, split variant) that is not in `taken`: `<prefix>-<n>` with the
 * smallest n above every number already used under that prefix, so a removed path's id is never
 * reused (its old edge must not reattach to a new path).
 */
export function nextLocalId(taken: readonly string[], prefix: string): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const highest = taken.reduce((max, id) => {
    const n = Number(pattern.exec(id)?.[1] ?? 0);
    return n > max ? n : max;
  }, 0);
  let n = highest + 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** `items` with the one at `index` swapped with its neighbour; unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  const moving = items[index];
  const other = items[to];
  if (moving === undefined || other === undefined) return [...items];
  return items.map((item, i) => (i === index ? other : i === to ? moving : item));
}
