/**
 * A profile's traits with, per trait, the time of the observation that set it. Traits written
 * before per-trait times existed (seeded or imported rows) count as set at `untimedAt`.
 */
export interface TTraitState {
  traits: Record<string, unknown>;
  traitTimestamps: Record<string, string>;
  untimedAt?: Date;
}

export interface TTraitUpdate {
  traits: Record<string, unknown>;
  traitTimestamps: Record<string, string>;
  /** whether any stored value or time moved */
  changed: boolean;
}

/**
 * Own-property write that is safe for any key, `__proto__` included. Only `__proto__` needs
 * defineProperty (assignment would set the prototype); for every other key on these plain
 * objects assignment creates the same own, enumerable, writable property, several times faster
 * — ingestion calls this for every stored trait time of every profile it touches.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** When a trait was last set: its own time, else the state's untimed time, else never. */
export function traitTime(state: TTraitState, key: string): number {
  const own = Object.hasOwn(state.traitTimestamps, key) ? state.traitTimestamps[key] : undefined;
  if (own !== undefined) return Date.parse(own);
  return Object.hasOwn(state.traits, key) && state.untimedAt ? state.untimedAt.getTime() : Number.NEGATIVE_INFINITY;
}

/**
 * Trait times as they can be compared at `present`: a stored time later than `present` was never
 * observed and counts as `as` (the request's arrival, the step's time). Event times are bounded
 * by their arrival (eventTime), but rows written before that — a client clock hours fast, a 2099
 * timestamp — would otherwise keep their traits frozen until that date. Returns `times` itself
 * when no time is later (the common case copies nothing).
 */
export function boundTraitTimes(times: Record<string, string>, present: Date, as: Date): Record<string, string> {
  const iso = present.toISOString();
  const ms = present.getTime();
  const replacement = as.toISOString();
  // stored times are toISOString()s: text order is time order, and cheaper than parsing each
  const later = (value: string) => (value.length === iso.length && value.endsWith("Z") ? value > iso : Date.parse(value) > ms);
  let bounded: Record<string, string> | null = null;
  for (const key of Object.keys(times)) {
    const value = times[key] as string;
    if (!later(value)) continue;
    bounded ??= { ...times };
    setOwn(bounded, key, replacement);
  }
  return bounded ?? times;
}

/**
 * Sets traits observed at `at`: per trait, the newest observation wins, so an event that arrives
 * late (a mobile client flushing a day-old queue) cannot overwrite a newer value. `null` removes
 * the trait, and its time is kept so an older event cannot bring it back. Values are replaced
 * whole (a nested `address` object is one trait). Pure: returns new objects.
 *
 * This is the one trait writer: identify calls use it with the event's time, and the journey
 * engine's updateProfile node applies its assignments through it with the step's time
 * (`increment`/`append` compute the new value first, then call this with `{ [trait]: value }`).
 */
export function updateTraits(profile: TTraitState, traits: Record<string, unknown>, at: Date): TTraitUpdate {
  const next = { ...profile.traits };
  const times = { ...profile.traitTimestamps };
  const stamp = at.toISOString();
  let changed = false;
  for (const [key, value] of Object.entries(traits)) {
    if (value === undefined || traitTime(profile, key) > at.getTime()) continue;
    const had = Object.hasOwn(next, key);
    if (value === null) {
      if (had) delete next[key];
      changed ||= had;
    } else {
      changed ||= !had || JSON.stringify(next[key]) !== JSON.stringify(value);
      setOwn(next, key, value);
    }
    if (times[key] !== stamp) {
      setOwn(times, key, stamp);
      changed = true;
    }
  }
  return { traits: next, traitTimestamps: times, changed };
}

/**
 * Two profiles' traits as one: per trait, the value set most recently on either side wins (the
 * survivor's on a tie). Used when profiles merge.
 */
export function mergeTraitStates(survivor: TTraitState, merged: TTraitState): TTraitUpdate {
  const traits = { ...survivor.traits };
  const times = { ...survivor.traitTimestamps };
  // untimed traits get the time of their side, so later merges still compare them fairly
  for (const key of Object.keys(survivor.traits)) if (!Object.hasOwn(times, key) && survivor.untimedAt) setOwn(times, key, survivor.untimedAt.toISOString());
  let changed = false;
  const keys = new Set([...Object.keys(merged.traits), ...Object.keys(merged.traitTimestamps)]);
  for (const key of keys) {
    const theirs = traitTime(merged, key);
    if (theirs === Number.NEGATIVE_INFINITY || theirs <= traitTime(survivor, key)) continue;
    if (Object.hasOwn(merged.traits, key)) setOwn(traits, key, merged.traits[key]);
    else delete traits[key];
    setOwn(times, key, new Date(theirs).toISOString());
    changed = true;
  }
  return { traits, traitTimestamps: times, changed };
}
