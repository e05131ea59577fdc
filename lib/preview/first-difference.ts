/**
 * Where two sequences first part: the index and the item of each side there (null past a
 * side's end), or null when they are the same throughout. Used for two versions' paths and
 * for a saved case's expected path against the one it takes now.
 */
export function firstDifference<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): { index: number; a: T | null; b: T | null } | null {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a[index];
    const y = b[index];
    if (x === undefined || y === undefined || !same(x, y)) return { index, a: x ?? null, b: y ?? null };
  }
  return null;
}
