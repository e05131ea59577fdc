import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { DomainError } from "../errors";
import { archiveJourney } from "./archive-journey";
import { pauseJourney } from "./pause-journey";
import { publishJourney } from "./publish-journey";
import { resumeJourney } from "./resume-journey";
import { createPublishableJourney } from "./testing/journey-factories";

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("pausing and resuming", () => {
  let workspaceId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
  });

  async function liveJourney() {
    const { journey } = await createPublishableJourney(workspaceId);
    return (await publishJourney(workspaceId, journey.id, null)).journey;
  }

  it("pauses a live journey and resumes it on the same version", async () => {
    const live = await liveJourney();
    const paused = await pauseJourney(workspaceId, live.id);
    expect(paused).toMatchObject({ status: "paused", liveVersionId: live.liveVersionId, liveVersion: 1 });
    const resumed = await resumeJourney(workspaceId, live.id);
    expect(resumed).toMatchObject({ status: "live", liveVersionId: live.liveVersionId, liveVersion: 1 });
    expect(resumed.revision).toBe(live.revision);
  });

  it("refuses to pause a draft, a paused or an archived journey, saying why, and changes nothing", async () => {
    const { journey: draft } = await createPublishableJourney(workspaceId);
    expect(await refusal(pauseJourney(workspaceId, draft.id))).toMatchObject({ kind: "invalid", path: "status", message: expect.stringContaining("never been published") });

    const live = await liveJourney();
    await pauseJourney(workspaceId, live.id);
    expect((await refusal(pauseJourney(workspaceId, live.id))).message).toBe("status: journey is already paused; resume it to run it again");

    await archiveJourney(workspaceId, live.id);
    expect((await refusal(pauseJourney(workspaceId, live.id))).message).toContain("archived");
    expect((await db.journey.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
    expect((await db.journey.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("archived");
  });

  it("refuses to resume a draft, a live or an archived journey, saying why", async () => {
    const { journey: draft } = await createPublishableJourney(workspaceId);
    expect((await refusal(resumeJourney(workspaceId, draft.id))).message).toBe("status: journey is a draft and has never been published; publish it to make it live");
    const live = await liveJourney();
    expect((await refusal(resumeJourney(workspaceId, live.id))).message).toBe("status: journey is already live");
    await archiveJourney(workspaceId, live.id);
    expect((await refusal(resumeJourney(workspaceId, live.id))).path).toBe("status");
  });

  it("answers notFound for unknown ids and for other workspaces' journeys", async () => {
    const live = await liveJourney();
    const other = (await createTestWorkspace("Other")).id;
    expect((await refusal(pauseJourney(other, live.id))).kind).toBe("notFound");
    expect((await refusal(resumeJourney(workspaceId, "no-such-journey"))).kind).toBe("notFound");
    expect((await db.journey.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("live");
  });
});
