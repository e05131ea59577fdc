import { expect } from "vitest";
import { db } from "../../db/client";

/** Union-find over identifier keys: the partition ingestion must end with. */
export function expectedComponents(links: readonly (readonly string[])[]): string[][] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k) as string;
    return k;
  };
  for (const keys of links) {
    for (const k of keys) if (!parent.has(k)) parent.set(k, k);
    for (const k of keys.slice(1)) parent.set(find(k), find(keys[0] as string));
  }
  const groups = new Map<string, string[]>();
  for (const k of parent.keys()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()];
}

/**
 * The invariants identity resolution must keep, checked against the database: every identifier
 * on exactly one existing profile, identifiers linked by events on the same profile and unlinked
 * ones apart, no profile without identifiers, every event on an existing profile, and every
 * merge record leading through the chain to a profile that still exists.
 */
export async function checkIdentityInvariants(workspaceId: string, links: readonly (readonly string[])[], expectedEvents: number): Promise<Map<string, string>> {
  const identities = await db.identity.findMany({ where: { workspaceId } });
  const owner = new Map(identities.map((i) => [`${i.kind}:${i.value}`, i.profileId]));
  expect(owner.size).toBe(identities.length);
  const profiles = new Set((await db.profile.findMany({ where: { workspaceId }, select: { id: true } })).map((p) => p.id));
  for (const profileId of owner.values()) expect(profiles.has(profileId)).toBe(true);

  const components = expectedComponents(links);
  const profileOfComponent = components.map((keys) => {
    const holders = new Set(keys.map((k) => owner.get(k)));
    expect(holders.size, `one profile for ${keys.join(", ")}`).toBe(1);
    const [holder] = holders;
    expect(holder, `stored: ${keys.join(", ")}`).toBeDefined();
    return holder as string;
  });
  expect(new Set(profileOfComponent).size, "unlinked people stay apart").toBe(components.length);
  expect(profiles.size, "no profile without identifiers").toBe(components.length);

  const events = await db.event.findMany({ where: { workspaceId }, select: { profileId: true } });
  expect(events.length).toBe(expectedEvents);
  for (const event of events) expect(event.profileId !== null && profiles.has(event.profileId)).toBe(true);

  const merges = await db.profileMerge.findMany({ where: { workspaceId } });
  const survivorOf = new Map(merges.map((m) => [m.mergedId, m.survivorId]));
  for (const merge of merges) {
    expect(profiles.has(merge.mergedId)).toBe(false);
    let at = merge.survivorId;
    for (let hops = 0; survivorOf.has(at) && hops <= merges.length; hops++) at = survivorOf.get(at) as string;
    expect(profiles.has(at), `merge chain from ${merge.mergedId} ends on a live profile`).toBe(true);
  }
  return owner;
}
