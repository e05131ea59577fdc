import { identityKey } from "./incoming-event";

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

export interface TResolutionGroup {
  /** the existing profile everything lands on; null when the group is a new profile */
  survivorId: string | null;
  /** existing profiles that merge into the survivor, each with the event that linked it */
  merged: { profileId: string; messageId: string }[];
  /** identity keys no profile holds yet: they are created on the group's profile */
  newKeys: string[];
  /** the events of the group, in batch order */
  eventIndexes: number[];
}

export interface TResolutionPlan {
  groups: TResolutionGroup[];
  /** index into groups, per event */
  groupOfEvent: number[];
}

/** Which keys an alias's previousId stands for: the known user id and/or anonymous id, else a new anonymous id. */
function aliasKeys(previousId: string, known: (key: string) => boolean): string[] {
  const candidates = [identityKey("userId", previousId), identityKey("anonymousId", previousId)].filter(known);
  return candidates.length > 0 ? candidates : [identityKey("anonymousId", previousId)];
}

/**
 * Identity resolution for a batch, decided in memory before anything is written. Identifiers
 * that share an event belong to one person, and so do identifiers on one existing profile: the
 * connected components of that graph are the profiles after the batch — exactly what applying
 * the events one by one would give, since merging is transitive and never undone. Within a
 * component the oldest existing profile survives (creation time, then id); the others merge
 * into it, each credited to the first event that joined it to another existing profile.
 */
export function planIdentityResolution(events: readonly TPlanEvent[], owners: ReadonlyMap<string, string>, profiles: ReadonlyMap<string, TExistingProfile>): TResolutionPlan {
  const parent = new Map<string, string>();
  const members = new Map<string, string[]>(); // root → existing profile ids in its component
  const joinedBy = new Map<string, string>(); // profile id → messageId that first linked it
  const seen = new Set<string>();

  const find = (node: string): string => {
    let root = node;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    for (let n = node; n !== root; ) {
      const up = parent.get(n) as string;
      parent.set(n, root);
      n = up;
    }
    return root;
  };
  const ensure = (node: string, profileId?: string) => {
    if (parent.has(node)) return;
    parent.set(node, node);
    members.set(node, profileId ? [profileId] : []);
  };
  const union = (a: string, b: string, messageId: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [ma, mb] = [members.get(ra) ?? [], members.get(rb) ?? []];
    if (ma.length > 0 && mb.length > 0) for (const id of [...ma, ...mb]) if (!joinedBy.has(id)) joinedBy.set(id, messageId);
    const [big, small] = ma.length >= mb.length ? [ra, rb] : [rb, ra];
    parent.set(small, big);
    members.set(big, [...(members.get(big) ?? []), ...(members.get(small) ?? [])]);
    members.delete(small);
  };

  const eventNodes = events.map((event) => {
    const keys = [...event.keys, ...(event.previousId ? aliasKeys(event.previousId, (k) => owners.has(k) || seen.has(k)) : [])];
    const nodes: string[] = [];
    for (const key of keys) {
      seen.add(key);
      ensure(key);
      nodes.push(key);
      const owner = owners.get(key);
      if (owner) {
        ensure(`profile:${owner}`, owner);
        nodes.push(`profile:${owner}`);
      }
    }
    for (const node of nodes.slice(1)) union(nodes[0] as string, node, event.messageId);
    return nodes;
  });

  const groups: TResolutionGroup[] = [];
  const groupOfRoot = new Map<string, number>();
  const groupOfEvent = eventNodes.map((nodes, index) => {
    const first = nodes[0];
    if (first === undefined) throw new Error(`event ${index} carries no identifier`);
    const root = find(first);
    let group = groupOfRoot.get(root);
    if (group === undefined) {
      const ids = [...(members.get(root) ?? [])].sort((a, b) => age(profiles, a) - age(profiles, b) || (a < b ? -1 : 1));
      const [survivorId = null, ...mergedIds] = ids;
      group = groups.push({ survivorId, merged: mergedIds.map((profileId) => ({ profileId, messageId: joinedBy.get(profileId) ?? "" })), newKeys: [], eventIndexes: [] }) - 1;
      groupOfRoot.set(root, group);
    }
    groups[group]?.eventIndexes.push(index);
    return group;
  });
  for (const key of seen) {
    if (owners.has(key)) continue;
    const group = groupOfRoot.get(find(key));
    if (group !== undefined) groups[group]?.newKeys.push(key);
  }
  return { groups, groupOfEvent };
}

function age(profiles: ReadonlyMap<string, TExistingProfile>, id: string): number {
  return profiles.get(id)?.createdAt.getTime() ?? Number.MAX_SAFE_INTEGER;
}
