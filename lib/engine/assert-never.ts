/**
 * The exhaustive-check end of a `switch`: TypeScript proves the call unreachable, and should a
 * value from outside the types (corrupted JSON, a newer writer) reach it anyway, the engine stops
 * loudly instead of taking a silent default.
 */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
