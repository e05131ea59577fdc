import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { loadRunVersions } from "../runner/load-run-versions";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph } from "../runner/testing/runner-fixtures";
import { loadStepContexts } from "./load-step-contexts";

describe("loadStepContexts", () => {
  it("loads a batch larger than SQLite's parameter limit allows in one IN list pair (900 enrollments)", async () => {
    const world = await createRunnerWorkspace(db);
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const version = (await loadRunVersions(db, [versionId])).versions.get(versionId)?.version;
    if (!version) throw new Error("no version");
    const real = await createReachableProfile(db, world.workspace.id, "Ada");
    const requests = Array.from({ length: 900 }, (_, i) => ({ enrollmentId: `e-${i}`, workspaceId: world.workspace.id, profileId: i === 899 ? real.id : `missing-${i}`, journeyId, version }));
    const contexts = await loadStepContexts(db, requests, at("2026-03-02T10:00:00Z"));
    expect([...contexts.keys()]).toEqual(["e-899"]);
    expect(contexts.get("e-899")?.identities.map((i) => i.kind).sort()).toEqual(["email", "phone"]);
  });
});
