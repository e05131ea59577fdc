import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { exit, link, step } from "../../journey/templates/template-kit";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, signedUp } from "./testing/runner-fixtures";

describe("segments after update-profile steps", () => {
  it("follow the traits a journey sets, as they follow an identify", async () => {
    const world = await createRunnerWorkspace(db);
    const workspaceId = world.workspace.id;
    const profile = await createReachableProfile(db, workspaceId);
    const vip = await db.segment.create({ data: { workspaceId, name: "VIP tier", definition: { kind: "trait", path: "tier", op: "equals", value: "vip" } } });
    const graph = {
      nodes: [
        step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "never" }),
        step("promote", "updateProfile", { assignments: [{ trait: "tier", op: "set", value: "vip" }] }),
        exit("done", "Done"),
      ],
      edges: [link("trigger", "next", "promote"), link("promote", "next", "done")],
    };
    const { versionId } = await createLiveJourney(db, workspaceId, graph);
    const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
    if (!run) throw new Error("no run version");

    const result = await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    expect(result).toMatchObject({ enrolled: true, state: "completed" });
    const membership = await db.segmentMembership.findUnique({ where: { segmentId_profileId: { segmentId: vip.id, profileId: profile.id } } });
    expect(membership).toMatchObject({ exitedAt: null, enteredAt: at("2026-03-02T10:00:00Z") });
    expect(await db.segmentMembershipChange.findMany({ where: { segmentId: vip.id }, select: { profileId: true, change: true } })).toEqual([{ profileId: profile.id, change: "entered" }]);
    expect((await db.segment.findUniqueOrThrow({ where: { id: vip.id } })).memberCount).toBe(1);
  });
});
