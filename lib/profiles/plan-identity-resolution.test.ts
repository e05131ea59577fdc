import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_IDENTITY_RULES, type TIdentityRules } from "./identity-rules";
import { parseIdentityKey } from "./incoming-event";
import { planIdentityResolution, profilesNeedingCounts, type TExistingProfile, type TKindCounts, type TPlanEvent, type TPlanInput } from "./plan-identity-resolution";

const ev = (messageId: string, keys: string[], previousId: string | null = null): TPlanEvent => ({ messageId, keys, previousId });
const profiles = (...list: [string, string][]) => new Map<string, TExistingProfile>(list.map(([id, iso]) => [id, { id, createdAt: new Date(iso) }]));
/** Rules that never refuse: identity resolution as plain connected components. */
const OPEN: TIdentityRules = { priority: DEFAULT_IDENTITY_RULES.priority, limits: { userId: 10_000, email: 10_000, phone: 10_000, deviceId: 10_000, anonymousId: 10_000 } };

/** The per-kind counts of existing profiles, from who owns what. */
function countsOf(owners: ReadonlyMap<string, string>): Map<string, TKindCounts> {
  const counts = new Map<string, TKindCounts>();
  for (const [key, profileId] of owners) {
    const c = counts.get(profileId) ?? { userId: 0, anonymousId: 0, email: 0, phone: 0, deviceId: 0 };
    c[parseIdentityKey(key).kind] += 1;
    counts.set(profileId, c);
  }
  return counts;
}

function plan(events: TPlanEvent[], owners: Map<string, string> = new Map(), known: Map<string, TExistingProfile> = new Map(), rules: TIdentityRules = OPEN) {
  let n = 0;
  const input: TPlanInput = { owners, profiles: known, counts: countsOf(owners), rules, newProfileId: () => `new${++n}` };
  return planIdentityResolution(events, input);
}

describe("planIdentityResolution", () => {
  it("puts an event with unknown identifiers on a new profile that gets all of them", () => {
    expect(plan([ev("m1", ["userId:u1", "email:a@x.io"])]).groups).toEqual([{ profileId: "new1", isNew: true, merged: [], newKeys: ["userId:u1", "email:a@x.io"], eventIndexes: [0] }]);
  });

  it("attaches new identifiers to the profile that holds a known one", () => {
    const result = plan([ev("m1", ["anonymousId:a1", "userId:u1"])], new Map([["anonymousId:a1", "p1"]]), profiles(["p1", "2026-01-01"]));
    expect(result.groups[0]).toMatchObject({ profileId: "p1", isNew: false, merged: [], newKeys: ["userId:u1"] });
  });

  it("merges two existing profiles into the older one, credited to the linking event", () => {
    const owners = new Map([["anonymousId:a1", "young"], ["userId:u1", "old"]]);
    const result = plan([ev("m0", ["anonymousId:a1"]), ev("link", ["anonymousId:a1", "userId:u1"])], owners, profiles(["young", "2026-02-01"], ["old", "2026-01-01"]));
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({ profileId: "old", merged: [{ profileId: "young", messageId: "link" }], eventIndexes: [0, 1] });
  });

  it("links through identifiers first seen in the same batch", () => {
    const owners = new Map([["userId:u1", "p1"], ["userId:u2", "p2"]]);
    const result = plan([ev("m1", ["userId:u1", "deviceId:d"]), ev("m2", ["userId:u2", "deviceId:d"])], owners, profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"]));
    expect(result.groups[0]).toMatchObject({ profileId: "p1", merged: [{ profileId: "p2", messageId: "m2" }], newKeys: ["deviceId:d"] });
  });

  it("matches an alias's previousId against a known user id or anonymous id", () => {
    const result = plan([ev("m1", ["userId:new-id"], "old-id")], new Map([["userId:old-id", "p1"]]), profiles(["p1", "2026-01-01"]));
    expect(result.groups[0]).toMatchObject({ profileId: "p1", newKeys: ["userId:new-id"] });
    expect(plan([ev("m1", ["userId:new-id"], "anon-9")]).groups[0]?.newKeys).toEqual(["userId:new-id", "anonymousId:anon-9"]);
  });

  it("gives the same partition whatever order the events come in, when no limit is reached", () => {
    const key = fc.constantFrom("userId:1", "userId:2", "anonymousId:a", "anonymousId:b", "email:e@x.io", "deviceId:d");
    const events = fc.array(fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });
    const owned = fc.array(fc.tuple(key, fc.constantFrom("p1", "p2", "p3")), { maxLength: 4 });
    fc.assert(
      fc.property(events, owned, (keyLists, ownerList) => {
        const owners = new Map(ownerList);
        const known = profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"], ["p3", "2026-01-03"]);
        const partition = (lists: string[][]) => {
          const groups = plan(lists.map((keys, i) => ev(`m${i}`, keys)), owners, known).groups;
          return groups.map((g) => [g.isNew ? null : g.profileId, [...g.merged.map((m) => m.profileId)].sort(), [...g.newKeys].sort()]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        };
        expect(partition([...keyLists].reverse())).toEqual(partition(keyLists));
      }),
    );
  });
});

describe("planIdentityResolution under identity rules", () => {
  const phone = "phone:+14155550100";

  it("keeps two known users apart: the shared phone stays with the first, the second's is dropped as a conflict", () => {
    const owners = new Map([["userId:u1", "p1"], ["email:e1@x.io", "p1"], [phone, "p1"]]);
    const result = plan([ev("m1", ["userId:u2", "email:e2@x.io", phone])], owners, profiles(["p1", "2026-01-01"]), DEFAULT_IDENTITY_RULES);
    expect(result.groups).toEqual([{ profileId: "new1", isNew: true, merged: [], newKeys: ["userId:u2", "email:e2@x.io"], eventIndexes: [0] }]);
    expect(result.drops).toEqual([{ eventIndex: 0, kind: "phone", value: "+14155550100", reason: "conflict", ownerProfileId: "p1", detail: "phone +14155550100 belongs to another profile that has a userId (limit: 1 userId per profile)" }]);
  });

  it("attaches an anonymous visit to the known user holding its phone", () => {
    const owners = new Map([["userId:u1", "p1"], [phone, "p1"]]);
    const result = plan([ev("m1", ["anonymousId:a9", phone])], owners, profiles(["p1", "2026-01-01"]), DEFAULT_IDENTITY_RULES);
    expect(result.groups).toEqual([{ profileId: "p1", isNew: false, merged: [], newKeys: ["anonymousId:a9"], eventIndexes: [0] }]);
    expect(result.drops).toEqual([]);
  });

  it("drops an alias's previousId when both ids are known users: nothing merges", () => {
    const owners = new Map([["userId:u1", "p1"], ["userId:u2", "p2"]]);
    const result = plan([ev("m1", ["userId:u2"], "u1")], owners, profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"]), DEFAULT_IDENTITY_RULES);
    expect(result.groups).toEqual([{ profileId: "p2", isNew: false, merged: [], newKeys: [], eventIndexes: [0] }]);
    expect(result.drops).toMatchObject([{ kind: "userId", value: "u1", reason: "conflict", ownerProfileId: "p1" }]);
  });

  it("drops a new identifier past its kind's limit", () => {
    const rules: TIdentityRules = { ...DEFAULT_IDENTITY_RULES, limits: { ...DEFAULT_IDENTITY_RULES.limits, email: 2 } };
    const result = plan([ev("m1", ["userId:u1", "email:a@x.io"]), ev("m2", ["userId:u1", "email:b@x.io"]), ev("m3", ["userId:u1", "email:c@x.io"])], new Map(), new Map(), rules);
    expect(result.groups).toEqual([{ profileId: "new1", isNew: true, merged: [], newKeys: ["userId:u1", "email:a@x.io", "email:b@x.io"], eventIndexes: [0, 1, 2] }]);
    expect(result.drops).toEqual([{ eventIndex: 2, kind: "email", value: "c@x.io", reason: "limit", ownerProfileId: null, detail: "email c@x.io was not added: the profile already has 2 emails (limit: 2 emails per profile)" }]);
  });

  it("resolves in priority order: the event joins its highest-priority identifier's profile", () => {
    // email before userId: the email's owner wins and the userId (a second one) is dropped
    const rules: TIdentityRules = { priority: ["email", "userId", "phone", "deviceId", "anonymousId"], limits: DEFAULT_IDENTITY_RULES.limits };
    const owners = new Map([["userId:u1", "p1"], ["email:e@x.io", "p1"], ["userId:u2", "p2"]]);
    const result = plan([ev("m1", ["userId:u2", "email:e@x.io"])], owners, profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"]), rules);
    expect(result.groups[0]).toMatchObject({ profileId: "p1", merged: [] });
    expect(result.drops).toMatchObject([{ kind: "userId", value: "u2", reason: "conflict", ownerProfileId: "p2" }]);
  });

  it("lets a profile already beyond a limit take identifiers that do not add to it", () => {
    // made before the rules: three user ids on one profile
    const owners = new Map([["userId:u1", "p1"], ["userId:u2", "p1"], ["userId:u3", "p1"], ["anonymousId:a1", "p2"]]);
    const result = plan([ev("m1", ["userId:u1", "anonymousId:a1"]), ev("m2", ["userId:u3", "userId:u9"])], owners, profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"]), DEFAULT_IDENTITY_RULES);
    expect(result.groups[0]).toMatchObject({ profileId: "p1", merged: [{ profileId: "p2", messageId: "m1" }] });
    expect(result.drops).toMatchObject([{ eventIndex: 1, kind: "userId", value: "u9", reason: "limit" }]);
  });

  it("reads counts only for profiles an event with several identifiers reaches", () => {
    const owners = new Map([["userId:u1", "p1"], ["userId:u2", "p2"], ["anonymousId:a", "p3"]]);
    expect(profilesNeedingCounts([ev("m1", ["userId:u1"]), ev("m2", ["userId:u2", "email:x@y.io"]), ev("m3", ["userId:u9"], "a")], owners).sort()).toEqual(["p2", "p3"]);
  });
});
