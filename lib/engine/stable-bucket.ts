/**
 * A number in [0, 1) fixed by `key`: FNV-1a over the UTF-16 code units, then murmur3's final
 * mix so that keys differing only in their last characters ("p-1001:split", "p-1002:split")
 * still spread over the whole range. Same key, same bucket, on every machine and every run.
 */
export function stableBucket(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
}
