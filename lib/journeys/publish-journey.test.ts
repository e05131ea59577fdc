import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestMember, createTestWorkspace } from "../db/testing/factories";
import { DomainError } from "../errors";
import { archiveJourney } from "./archive-journey";
import { createJourney } from "./create-journey";
import { pauseJourney } from "./pause-journey";
import { publishJourney } from "./publish-journey";
import { createPublishableJourney } from "./testing/journey-factories";
import { updateJourney } from "./update-journey";

/** The DomainError a promise rejects with (fails the test if it resolves or throws anything else). */
async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("publishJourney", () => {
  let workspaceId: string;
  let authorId: string;

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    authorId = (await createTestMember(workspaceId, "marketer")).user.id;
  });

  it("publishes version 1, then version 2 after an edit, each authored and live in turn", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId, authorId);
    const first = await publishJourney(workspaceId, journey.id, authorId);
    expect(first.version).toMatchObject({ version: 1, author: { id: authorId } });
    expect(first.journey).toMatchObject({ status: "live", liveVersionId: first.version.id, liveVersion: 1 });

    await updateJourney(workspaceId, journey.id, { graph: { ...graph, nodes: graph.nodes.map((n) => (n.id === "done" ? { ...n, data: { reason: "Finished" } } : n)) } });
    const second = await publishJourney(workspaceId, journey.id, authorId);
    expect(second.version.version).toBe(2);
    expect(second.journey).toMatchObject({ status: "live", liveVersionId: second.version.id, liveVersion: 2 });
    const rows = await db.journeyVersion.findMany({ where: { journeyId: journey.id }, orderBy: { version: "asc" } });
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
  });

  it("refuses a draft with validation errors with 409 listing the issues, and writes no version", async () => {
    const journey = await createJourney(workspaceId, authorId, { name: "Lone trigger" });
    const error = await refusal(publishJourney(workspaceId, journey.id, authorId));
    expect(error.kind).toBe("conflict");
    expect(error.message).toMatch(/^graph: \d+ validation errors? blocks? publishing$/);
    const issues = error.details?.issues as { severity: string; code: string }[];
    expect(issues.some((i) => i.severity === "error")).toBe(true);
    expect(await db.journeyVersion.count({ where: { journeyId: journey.id } })).toBe(0);
    expect((await db.journey.findUniqueOrThrow({ where: { id: journey.id } })).status).toBe("draft");
  });

  it("keeps the published version exactly as published when the draft is edited afterwards", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId, authorId);
    const { version } = await publishJourney(workspaceId, journey.id, authorId);
    await updateJourney(workspaceId, journey.id, { graph: { nodes: graph.nodes.slice(0, 1), edges: [] }, settings: { frequencyCapExempt: true } });
    const stored = await db.journeyVersion.findUniqueOrThrow({ where: { id: version.id } });
    expect(stored.graph).toEqual(graph);
    expect(stored.settings).toEqual({ frequencyCapExempt: false });
    expect((await db.journey.findUniqueOrThrow({ where: { id: journey.id } })).liveVersionId).toBe(version.id);
  });

  it("refuses to publish again when neither graph nor settings changed, naming the live version", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    await publishJourney(workspaceId, journey.id, authorId);
    const error = await refusal(publishJourney(workspaceId, journey.id, authorId));
    expect(error.kind).toBe("conflict");
    expect(error.message).toMatch(/^nothing changed since version 1/);
    expect(await db.journeyVersion.count({ where: { journeyId: journey.id } })).toBe(1);
  });

  it("counts a settings-only change as a change", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    await publishJourney(workspaceId, journey.id, authorId);
    await updateJourney(workspaceId, journey.id, { settings: { frequencyCapExempt: true } });
    expect((await publishJourney(workspaceId, journey.id, authorId)).version.version).toBe(2);
  });

  it("makes a paused journey live again when a changed draft is published", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId, authorId);
    await publishJourney(workspaceId, journey.id, authorId);
    await pauseJourney(workspaceId, journey.id);
    const unchanged = await refusal(publishJourney(workspaceId, journey.id, authorId));
    expect(unchanged.message).toContain("resume the journey");
    await updateJourney(workspaceId, journey.id, { graph: { ...graph, nodes: graph.nodes.map((n) => (n.id === "done" ? { ...n, data: { reason: "New ending" } } : n)) } });
    const republished = await publishJourney(workspaceId, journey.id, authorId);
    expect(republished.journey).toMatchObject({ status: "live", liveVersion: 2 });
  });

  it("refuses archived journeys on `status`", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    await archiveJourney(workspaceId, journey.id);
    const error = await refusal(publishJourney(workspaceId, journey.id, authorId));
    expect(error).toMatchObject({ kind: "invalid", path: "status" });
    expect(await db.journeyVersion.count({ where: { journeyId: journey.id } })).toBe(0);
  });

  it("leaves the revision alone, so an editor open on the journey can keep saving", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    const { journey: published } = await publishJourney(workspaceId, journey.id, authorId);
    expect(published.revision).toBe(journey.revision);
    await expect(updateJourney(workspaceId, journey.id, { name: "Still saving", revision: journey.revision })).resolves.toMatchObject({ name: "Still saving" });
  });

  it("records no author when a management key publishes", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    expect((await publishJourney(workspaceId, journey.id, null)).version.author).toBeNull();
  });

  it("numbers versions without gaps or duplicates when two publishes race", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId, authorId);
    await publishJourney(workspaceId, journey.id, authorId);
    await updateJourney(workspaceId, journey.id, { graph: { ...graph, nodes: graph.nodes.map((n) => (n.id === "done" ? { ...n, data: { reason: "Raced" } } : n)) } });
    const results = await Promise.allSettled([publishJourney(workspaceId, journey.id, authorId), publishJourney(workspaceId, journey.id, authorId)]);
    // One wins with version 2; the other then finds nothing new to publish.
    expect(results.filter((r) => r.status === "fulfilled").map((r) => r.value.version.version)).toEqual([2]);
    const loser = results.find((r) => r.status === "rejected");
    expect(loser?.status === "rejected" && (loser.reason as DomainError).message).toMatch(/^nothing changed since version 2/);
    expect((await db.journeyVersion.findMany({ where: { journeyId: journey.id } })).map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it("does not see journeys of other workspaces", async () => {
    const { journey } = await createPublishableJourney(workspaceId, authorId);
    const other = (await createTestWorkspace("Other")).id;
    expect((await refusal(publishJourney(other, journey.id, null))).kind).toBe("notFound");
  });
});
