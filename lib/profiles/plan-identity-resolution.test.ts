import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planIdentityResolution, type TExistingProfile, type TPlanEvent } from "./plan-identity-resolution";

const ev = (messageId: string, keys: string[], previousId: string | null = null): TPlanEvent => ({ messageId, keys, previousId });
const profiles = (...list: [string, string][]) => new Map<string, TExistingProfile>(list.map(([id, iso]) => [id, { id, createdAt: new Date(iso) }]));

describe("planIdentityResolution", () => {
  it("puts an event with unknown identifiers on a new profile that gets all of them", () => {
    const plan = planIdentityResolution([ev("m1", ["userId:u1", "email:a@x.io"])], new Map(), new Map());
    expect(plan.groups).toEqual([{ survivorId: null, merged: [], newKeys: ["userId:u1", "email:a@x.io"], eventIndexes: [0] }]);
  });

  it("attaches new identifiers to the profile that holds a known one", () => {
    const owners = new Map([["anonymousId:a1", "p1"]]);
    const plan = planIdentityResolution([ev("m1", ["anonymousId:a1", "userId:u1"])], owners, profiles(["p1", "2026-01-01"]));
    expect(plan.groups[0]).toMatchObject({ survivorId: "p1", merged: [], newKeys: ["userId:u1"] });
  });

  it("merges two existing profiles into the older one, credited to the linking event", () => {
    const owners = new Map([["anonymousId:a1", "young"], ["userId:u1", "old"]]);
    const plan = planIdentityResolution([ev("m0", ["anonymousId:a1"]), ev("link", ["anonymousId:a1", "userId:u1"])], owners, profiles(["young", "2026-02-01"], ["old", "2026-01-01"]));
    expect(plan.groups).toHaveLength(1);
    expect(plan.groups[0]).toMatchObject({ survivorId: "old", merged: [{ profileId: "young", messageId: "link" }], eventIndexes: [0, 1] });
  });

  it("links through identifiers first seen in the same batch", () => {
    const owners = new Map([["userId:u1", "p1"], ["userId:u2", "p2"]]);
    const plan = planIdentityResolution([ev("m1", ["userId:u1", "deviceId:d"]), ev("m2", ["userId:u2", "deviceId:d"])], owners, profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"]));
    expect(plan.groups[0]).toMatchObject({ survivorId: "p1", merged: [{ profileId: "p2", messageId: "m2" }], newKeys: ["deviceId:d"] });
  });

  it("matches an alias's previousId against a known user id or anonymous id", () => {
    const owners = new Map([["userId:old-id", "p1"]]);
    const plan = planIdentityResolution([ev("m1", ["userId:new-id"], "old-id")], owners, profiles(["p1", "2026-01-01"]));
    expect(plan.groups[0]).toMatchObject({ survivorId: "p1", newKeys: ["userId:new-id"] });
    const fresh = planIdentityResolution([ev("m1", ["userId:new-id"], "anon-9")], new Map(), new Map());
    expect(fresh.groups[0]?.newKeys).toEqual(["userId:new-id", "anonymousId:anon-9"]);
  });

  it("gives the same partition whatever order the events come in", () => {
    const key = fc.constantFrom("userId:1", "userId:2", "anonymousId:a", "anonymousId:b", "email:e@x.io", "deviceId:d");
    const events = fc.array(fc.uniqueArray(key, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 });
    const owned = fc.array(fc.tuple(key, fc.constantFrom("p1", "p2", "p3")), { maxLength: 4 });
    fc.assert(
      fc.property(events, owned, (keyLists, ownerList) => {
        const owners = new Map(ownerList);
        const known = profiles(["p1", "2026-01-01"], ["p2", "2026-01-02"], ["p3", "2026-01-03"]);
        const partition = (lists: string[][]) => {
          const plan = planIdentityResolution(lists.map((keys, i) => ev(`m${i}`, keys)), owners, known);
          return plan.groups.map((g) => [g.survivorId, [...g.merged.map((m) => m.profileId)].sort(), [...g.newKeys].sort()]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        };
        expect(partition([...keyLists].reverse())).toEqual(partition(keyLists));
      }),
    );
  });
});
