/** A small seeded random source: the same seed always yields the same demo data. */
export interface TRandom {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element chosen by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `count` lower-case hex digits. */
  hex(count: number): string;
  /** A version-4-shaped UUID drawn from this source (not cryptographically random). */
  uuid(): string;
}

/**
 * Creates a deterministic random source (mulberry32). Seed data must be reproducible so that
 * screenshots, tests and bug reports against the demo workspace show the same people and events.
 */
export function createRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick() needs a non-empty list");
    return item;
  };
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of choices) {
      roll -= weight;
      if (roll < 0) return value;
    }
    // Only rounding gets here; answer with the last choice that could have been drawn.
    const last = choices.findLast(([, weight]) => weight > 0);
    if (last === undefined) throw new Error("weighted() needs a choice with a positive weight");
    return last[0];
  };
  const hex = (count: number): string => {
    let out = "";
    for (let i = 0; i < count; i++) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (): string => {
    const variant = (8 + Math.floor(next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  return { next, int, chance: (p) => next() < p, pick, weighted, hex, uuid };
}
