import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { loadRunVersions } from "../engine/runner/load-run-versions";
import { enrollProfile } from "../engine/runner/enroll-profile";
import { stepEnrollments } from "../engine/runner/step-enrollments";
import { at, createReachableProfile, createRunnerWorkspace, signedUp } from "../engine/runner/testing/runner-fixtures";
import type { TJourneyGraph } from "../journey/graph";
import { exit, link, pause, sendLinks, step } from "../journey/templates/template-kit";
import { createJourney } from "../journeys/create-journey";
import { publishJourney } from "../journeys/publish-journey";
import { updateJourney } from "../journeys/update-journey";
import { deleteTemplate } from "./delete-template";
import { getTemplate } from "./get-template";
import { listTemplates } from "./list-templates";

const trigger = step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "afterExit" });

/** v1 of the journey: trigger → wait 1 day → email with `templateId` → exit. */
function waitThenEmail(templateId: string): TJourneyGraph {
  return {
    nodes: [trigger, pause("wait", 1, "days"), step("email", "message", { channel: "email", templateId, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false }), exit("done", "Done")],
    edges: [link("trigger", "next", "wait"), link("wait", "next", "email"), ...sendLinks("email", "done")],
  };
}

/** v2: the email is gone. */
const waitOnly: TJourneyGraph = { nodes: [trigger, pause("wait", 1, "days"), exit("done", "Done")], edges: [link("trigger", "next", "wait"), link("wait", "next", "done")] };

describe("deleting a template that enrollments of an older version still need", () => {
  let workspaceId: string;
  let templateId: string;
  beforeEach(async () => {
    const world = await createRunnerWorkspace(db);
    workspaceId = world.workspace.id;
    templateId = world.emailTemplateId;
  });

  it("is refused (409) naming the journey, the version and how many enrollments still run there; allowed once they finish", async () => {
    const journey = await createJourney(workspaceId, null, { name: "Onboarding", graph: waitThenEmail(templateId) });
    const v1 = await publishJourney(workspaceId, journey.id, null);
    const run = (await loadRunVersions(db, [v1.version.id])).versions.get(v1.version.id);
    if (!run) throw new Error("v1 did not load");
    const t0 = at("2026-03-02T10:00:00Z");
    const enrolled = [];
    for (const name of ["Ada", "Bob"]) {
      const profile = await createReachableProfile(db, workspaceId, name);
      const result = await enrollProfile(db, { run, profileId: profile.id, event: signedUp(t0.toISOString()), now: t0 });
      if (!result.enrolled) throw new Error(result.reason);
      enrolled.push(result.enrollmentId);
    }
    const detail = await updateJourney(workspaceId, journey.id, { graph: waitOnly });
    expect(detail.revision).toBeGreaterThan(journey.revision);
    await publishJourney(workspaceId, journey.id, null);

    await expect(deleteTemplate(workspaceId, templateId)).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringContaining(`"Onboarding" (version 1 still has 2 running enrollments)`),
    });
    expect((await listTemplates(workspaceId)).find((t) => t.id === templateId)?.usedBy).toBe(1);
    expect((await getTemplate(workspaceId, templateId)).journeys).toEqual([{ id: journey.id, name: "Onboarding", status: "live", runningVersions: [{ version: 1, enrollments: 2 }] }]);

    // The runs finish on version 1, sending the template; then nothing needs it any more.
    await stepEnrollments(db, workspaceId, enrolled, { now: at("2026-03-03T10:00:00Z") });
    expect(await db.message.count({ where: { workspaceId, templateId, status: "pending" } })).toBe(2);
    expect((await getTemplate(workspaceId, templateId)).journeys).toEqual([]);
    await expect(deleteTemplate(workspaceId, templateId)).resolves.toEqual({ id: templateId, deleted: true });
  });
});
