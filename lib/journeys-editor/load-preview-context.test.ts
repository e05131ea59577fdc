import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestMember, createTestWorkspace } from "@/lib/db/testing/factories";
import { DomainError } from "@/lib/errors";
import { publishJourney } from "@/lib/journeys/publish-journey";
import { createPublishableJourney } from "@/lib/journeys/testing/journey-factories";
import { updateJourney } from "@/lib/journeys/update-journey";
import { loadPreviewContext } from "./load-preview-context";

describe("loadPreviewContext", () => {
  it("gives the draft and every published version with its own graph, newest first, the live one marked", async () => {
    const workspace = await createTestWorkspace();
    const author = (await createTestMember(workspace.id, "marketer")).user.id;
    const { journey, graph, templateId } = await createPublishableJourney(workspace.id, author);
    await publishJourney(workspace.id, journey.id, author);
    const renamed = { ...graph, nodes: graph.nodes.map((n) => (n.id === "done" ? { ...n, data: { reason: "Finished" } } : n)) };
    await updateJourney(workspace.id, journey.id, { graph: renamed });
    await publishJourney(workspace.id, journey.id, author);
    await updateJourney(workspace.id, journey.id, { graph: { ...renamed, nodes: [...renamed.nodes, { id: "extra", type: "exit", position: { x: 0, y: 0 }, data: { reason: "Extra" } }] } });
    await db.topic.createMany({ data: [{ workspaceId: workspace.id, name: "Offers" }, { workspaceId: workspace.id, name: "Old", archivedAt: new Date() }] });

    const context = await loadPreviewContext(workspace.id, journey.id);
    expect(context.journey).toMatchObject({ id: journey.id, liveVersion: 2, status: "live" });
    expect(context.draft.nodes.map((n) => n.id)).toContain("extra");
    expect(context.versions.map((v) => [v.version, v.live])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(context.versions[1]!.graph.nodes.find((n) => n.id === "done")?.data).toEqual({ reason: "Done" });
    expect(context.versions[0]!.graph.nodes.find((n) => n.id === "done")?.data).toEqual({ reason: "Finished" });
    expect(context.topics.map((t) => t.name)).toEqual(["Offers"]);
    expect(Object.keys(context.templateNames)).toEqual([templateId]);
  });

  it("does not show another workspace's journey", async () => {
    const mine = await createTestWorkspace("Mine");
    const other = await createTestWorkspace("Other");
    const { journey } = await createPublishableJourney(other.id);
    const error = await loadPreviewContext(mine.id, journey.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe("notFound");
  });
});
