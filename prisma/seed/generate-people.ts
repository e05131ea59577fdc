import { generatePerson, type TSeedPerson } from "./generate-person";
import { createRandom } from "./random";
import type { TSeedWindow } from "./seed-window";

/** Seed of the demo data's random source; change it to get a different but equally stable crowd. */
export const DEMO_RANDOM_SEED = 0x5eed_2026;

/**
 * `count` demo customers with their histories. Pure and deterministic: the same count, window and
 * seed always give the same people, identifiers and events.
 */
export function generatePeople(count: number, window: TSeedWindow, seed: number = DEMO_RANDOM_SEED): TSeedPerson[] {
  const random = createRandom(seed);
  const taken = { emails: new Set<string>(), phones: new Set<string>() };
  return Array.from({ length: count }, (_, index) => generatePerson({ random, window, index, taken }));
}
