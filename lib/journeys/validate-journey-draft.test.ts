import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { DomainError } from "../errors";
import { createJourney } from "./create-journey";
import { createPublishableJourney, publishableGraph } from "./testing/journey-factories";
import { validateJourneyDraft } from "./validate-journey-draft";

describe("validateJourneyDraft", () => {
  let workspaceId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
  });

  it("finds nothing wrong with a complete journey whose template exists in the workspace", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    expect(await validateJourneyDraft(workspaceId, journey.id)).toEqual({ issues: [], hasErrors: false });
  });

  it("reports a message template that exists only in another workspace", async () => {
    const other = (await createTestWorkspace("Other")).id;
    const foreign = await db.template.create({ data: { workspaceId: other, name: "Theirs", channel: "email", content: {} } });
    const journey = await createJourney(workspaceId, null, { name: "Borrowing", graph: publishableGraph(foreign.id) });
    const result = await validateJourneyDraft(workspaceId, journey.id);
    expect(result.hasErrors).toBe(true);
    expect(result.issues).toEqual([expect.objectContaining({ nodeId: "email", severity: "error", code: "message-template-unknown" })]);
  });

  it("reports stored settings that do not parse (a goal without an event) as a blocking issue", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    await db.journey.update({ where: { id: journey.id }, data: { settings: { goal: { event: "", within: { amount: 1, unit: "days" }, exitOnGoal: false } } } });
    const result = await validateJourneyDraft(workspaceId, journey.id);
    expect(result.hasErrors).toBe(true);
    expect(result.issues[0]).toMatchObject({ code: "settings-invalid", message: expect.stringContaining("goal.event") });
  });

  it("checks a submitted unsaved graph instead of the stored one, without saving it", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    const loneTrigger = { nodes: [journey.graph.nodes[0]], edges: [] };
    const result = await validateJourneyDraft(workspaceId, journey.id, { graph: loneTrigger });
    expect(result.hasErrors).toBe(true);
    expect((await db.journey.findUniqueOrThrow({ where: { id: journey.id } })).revision).toBe(journey.revision);
    const broken = await validateJourneyDraft(workspaceId, journey.id, { graph: { nodes: "no" } }).catch((e: unknown) => e);
    expect(broken).toMatchObject({ kind: "invalid", path: "graph.nodes" });
  });

  it("answers notFound for another workspace's journey", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    const other = (await createTestWorkspace("Other")).id;
    const error = await validateJourneyDraft(other, journey.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("notFound");
  });
});
