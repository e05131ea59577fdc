import { describeConflict, describeLimit } from "./describe-dropped-identifier";
import type { TIdentityRules } from "./identity-rules";
import { identityKey, IDENTITY_KINDS, parseIdentityKey, type TIdentityKind } from "./incoming-event";

export interface TPlanEvent {
  messageId: string;
  /** identity keys the event carries (`email:ada@example.com`) */
  keys: readonly string[];
  /** alias: the earlier id, matched against known user ids and anonymous ids */
  previousId: string | null;
}

export interface TExistingProfile {
  id: string;
  createdAt: Date;
}

/** How many identifiers of each kind a profile holds. */
export type TKindCounts = Record<TIdentityKind, number>;

export interface TResolutionGroup {
  /** the profile everything lands on: the surviving existing profile, or a new one's id */
  profileId: string;
  isNew: boolean;
  /** existing profiles that merge into it, each with the event that merged it */
  merged: { profileId: string; messageId: string }[];
  /** identity keys no profile held: they are created on the group's profile */
  newKeys: string[];
  /** the events of the group, in batch order */
  eventIndexes: number[];
}

/** An identifier an event carried that the rules kept off its profile. */
export interface TPlannedDrop {
  eventIndex: number;
  kind: TIdentityKind;
  value: string;
  reason: "conflict" | "limit";
  detail: string;
  /** conflict: the profile that keeps the identifier (as it stands after the batch) */
  ownerProfileId: string | null;
}

export interface TResolutionPlan {
  groups: TResolutionGroup[];
  /** index into groups, per event */
  groupOfEvent: number[];
  drops: TPlannedDrop[];
}

export interface TPlanInput {
  /** identity key → the existing profile holding it */
  owners: ReadonlyMap<string, string>;
  profiles: ReadonlyMap<string, TExistingProfile>;
  /** identifiers per kind of the existing profiles profilesNeedingCounts names (read under their locks) */
  counts: ReadonlyMap<string, TKindCounts>;
  rules: TIdentityRules;
  /** ids for profiles the batch creates, increasing in creation order (UUIDv7) */
  newProfileId: () => string;
}

/** A profile as the plan sees it: an existing one, or one the batch creates. */
interface TRef {
  id: string;
  isNew: boolean;
  createdAt: number;
  /** null until needed: an existing profile's counts come from TPlanInput.counts */
  counts: TKindCounts | null;
  newKeys: string[];
  merged: { profileId: string; messageId: string }[];
  events: number[];
}

const zero = (): TKindCounts => ({ userId: 0, anonymousId: 0, email: 0, phone: 0, deviceId: 0 });

/** Which keys an alias's previousId stands for: the known user id and/or anonymous id, else a new anonymous id. */
function aliasKeys(previousId: string, known: (key: string) => boolean): string[] {
  const candidates = [identityKey("userId", previousId), identityKey("anonymousId", previousId)].filter(known);
  return candidates.length > 0 ? candidates : [identityKey("anonymousId", previousId)];
}

/**
 * The existing profiles whose identifier counts the plan may consult: owners of identifiers in
 * events that carry more than one (a single identifier always lands, so it needs no count, and a
 * profile only reaches another identifier through such an event). Saves the read on batches of
 * plain track calls.
 */
export function profilesNeedingCounts(events: readonly TPlanEvent[], owners: ReadonlyMap<string, string>): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const keys = event.previousId ? [...event.keys, identityKey("userId", event.previousId), identityKey("anonymousId", event.previousId)] : event.keys;
    if (keys.length < 2) continue;
    for (const key of keys) {
      const owner = owners.get(key);
      if (owner !== undefined) ids.add(owner);
    }
  }
  return [...ids];
}

/** The first kind (in priority order) a merge of two profiles would take past its limit; null if none. */
function brokenKind(mine: TKindCounts, theirs: TKindCounts, rules: TIdentityRules): TIdentityKind | null {
  // A profile already beyond a limit (made before the rules, or before they were tightened) may
  // still take identifiers that add nothing to that kind: a merge only breaks a limit it raises.
  for (const kind of rules.priority) if (mine[kind] > 0 && theirs[kind] > 0 && mine[kind] + theirs[kind] > rules.limits[kind]) return kind;
  return null;
}

type TPendingDrop = Omit<TPlannedDrop, "ownerProfileId"> & { owner: string | null };

/** The batch's profiles as the events are applied one at a time: union-find over profile ids. */
class BatchResolver {
  private readonly rank: Map<TIdentityKind, number>;
  private readonly ownerOf: Map<string, string>;
  private readonly refs = new Map<string, TRef>();
  private readonly parent = new Map<string, string>();
  readonly drops: TPendingDrop[] = [];
  readonly refOfEvent: string[] = [];

  constructor(private readonly input: TPlanInput) {
    this.rank = new Map(input.rules.priority.map((kind, index) => [kind, index]));
    this.ownerOf = new Map(input.owners);
  }

  rootOf(id: string): TRef {
    let root = id;
    for (let up = this.parent.get(root); up !== undefined; up = this.parent.get(root)) root = up;
    if (root !== id) this.parent.set(id, root);
    let ref = this.refs.get(root);
    if (!ref) {
      ref = { id: root, isNew: false, createdAt: this.input.profiles.get(root)?.createdAt.getTime() ?? 0, counts: null, newKeys: [], merged: [], events: [] };
      this.refs.set(root, ref);
    }
    return ref;
  }

  private countsOf(ref: TRef): TKindCounts {
    if (ref.counts) return ref.counts;
    const stored = this.input.counts.get(ref.id);
    if (!stored) throw new Error(`identifier counts of profile ${ref.id} were not read`);
    return (ref.counts = { ...stored });
  }

  /** The event's identity keys (an alias's previousId as known now) in priority order. */
  private keysOf(event: TPlanEvent): string[] {
    const own = event.previousId ? [...event.keys, ...aliasKeys(event.previousId, (k) => this.ownerOf.has(k))] : event.keys;
    const rankOf = (key: string) => this.rank.get(parseIdentityKey(key).kind) ?? IDENTITY_KINDS.length;
    return [...new Set(own)].sort((a, b) => rankOf(a) - rankOf(b));
  }

  /** The profile-to-be of one event: the profiles it merges and the keys it adds; the rest are dropped. */
  private take(event: TPlanEvent, index: number): { roots: TRef[]; fresh: string[] } {
    const { rules } = this.input;
    const roots: TRef[] = [];
    const fresh: string[] = [];
    let counts: TKindCounts | null = null;
    for (const key of this.keysOf(event)) {
      const { kind, value } = parseIdentityKey(key);
      const ownerId = this.ownerOf.get(key);
      const owner = ownerId === undefined ? null : this.rootOf(ownerId);
      if (roots.length === 0 && fresh.length === 0) {
        // the highest-priority identifier always lands
        if (owner) roots.push(owner);
        else fresh.push(key);
        continue;
      }
      if (owner && roots.includes(owner)) continue;
      if (!counts) {
        counts = zero();
        for (const root of roots) for (const k of IDENTITY_KINDS) counts[k] += this.countsOf(root)[k];
        for (const k of fresh) counts[parseIdentityKey(k).kind] += 1;
      }
      if (owner) {
        const theirs = this.countsOf(owner);
        const broken = brokenKind(counts, theirs, rules);
        if (broken) {
          this.drops.push({ eventIndex: index, kind, value, reason: "conflict", detail: describeConflict(kind, value, broken, theirs[broken], rules.limits[broken]), owner: owner.id });
          continue;
        }
        roots.push(owner);
        for (const k of IDENTITY_KINDS) counts[k] += theirs[k];
      } else if (counts[kind] + 1 > rules.limits[kind]) {
        this.drops.push({ eventIndex: index, kind, value, reason: "limit", detail: describeLimit(kind, value, counts[kind], rules.limits[kind]), owner: null });
      } else {
        fresh.push(key);
        counts[kind] += 1;
      }
    }
    if (roots.length === 0 && fresh.length === 0) throw new Error(`event ${index} carries no identifier`);
    return { roots, fresh };
  }

  /** Makes the profile-to-be real: merges into the oldest of its profiles (or a new one) and adds the new keys. */
  apply(event: TPlanEvent, index: number): void {
    const { roots, fresh } = this.take(event, index);
    // existing before new; existing by creation time then id; new in creation order (their ids increase)
    const older = (a: TRef, b: TRef) => (a.isNew !== b.isNew ? !a.isNew : a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id);
    let target = roots.reduce<TRef | null>((best, ref) => (best === null || older(ref, best) ? ref : best), null);
    if (!target) {
      target = { id: this.input.newProfileId(), isNew: true, createdAt: Number.MAX_SAFE_INTEGER, counts: zero(), newKeys: [], merged: [], events: [] };
      this.refs.set(target.id, target);
    }
    for (const other of roots) {
      if (other === target) continue;
      this.parent.set(other.id, target.id);
      target.counts = { ...this.countsOf(target) };
      for (const k of IDENTITY_KINDS) target.counts[k] += this.countsOf(other)[k];
      target.newKeys.push(...other.newKeys);
      target.events.push(...other.events);
      target.merged.push(...other.merged, ...(other.isNew ? [] : [{ profileId: other.id, messageId: event.messageId }]));
      this.refs.delete(other.id);
    }
    for (const key of fresh) {
      this.ownerOf.set(key, target.id);
      target.newKeys.push(key);
      // fresh keys beside a root mean its counts were read in take()
      if (target.counts) target.counts[parseIdentityKey(key).kind] += 1;
    }
    target.events.push(index);
    this.refOfEvent.push(target.id);
  }
}

/**
 * Identity resolution for a batch, decided in memory before anything is written, exactly as
 * applying the events one at a time would decide it. Per event, its identifiers (an alias's
 * previousId included) are taken in the rules' priority order into a profile-to-be: one that a
 * profile already holds merges that profile in, unless the union would break a limit — then the
 * identifier is dropped (`conflict`; its owner keeps it); a new one is added unless its kind is
 * full (`limit`). The first always lands, so the event joins the profile of its highest-priority
 * identifier. Merged profiles go to the oldest existing one (creation time, then id); profiles
 * the batch creates are younger than any existing one and merge without a record.
 */
export function planIdentityResolution(events: readonly TPlanEvent[], input: TPlanInput): TResolutionPlan {
  const resolver = new BatchResolver(input);
  events.forEach((event, index) => resolver.apply(event, index));
  const groups: TResolutionGroup[] = [];
  const groupOfRoot = new Map<string, number>();
  const groupOfEvent = resolver.refOfEvent.map((id) => {
    const root = resolver.rootOf(id);
    let group = groupOfRoot.get(root.id);
    if (group === undefined) {
      group = groups.push({ profileId: root.id, isNew: root.isNew, merged: root.merged, newKeys: root.newKeys, eventIndexes: [...root.events].sort((a, b) => a - b) }) - 1;
      groupOfRoot.set(root.id, group);
    }
    return group;
  });
  const drops = resolver.drops.map(({ owner, ...drop }) => ({ ...drop, ownerProfileId: owner === null ? null : resolver.rootOf(owner).id }));
  return { groups, groupOfEvent, drops };
}
