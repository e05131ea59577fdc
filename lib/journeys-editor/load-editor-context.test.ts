import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import { loadEditorContext } from "./load-editor-context";

describe("loadEditorContext", () => {
  it("reads the workspace's own templates and segments, never another workspace's", async () => {
    const mine = await createTestWorkspace("Mine");
    const other = await createTestWorkspace("Other");
    await db.template.create({ data: { workspaceId: mine.id, name: "Welcome", channel: "email", content: {} } });
    await db.template.create({ data: { workspaceId: other.id, name: "Foreign", channel: "sms", content: {} } });
    await db.segment.create({ data: { workspaceId: mine.id, name: "VIPs", definition: { kind: "all", conditions: [] } } });
    await db.segment.create({ data: { workspaceId: other.id, name: "Theirs", definition: { kind: "all", conditions: [] } } });

    const context = await loadEditorContext(mine.id, { liveVersionId: null });
    expect(context.templates.map((t) => [t.name, t.channel])).toEqual([["Welcome", "email"]]);
    expect(context.segments.map((s) => s.name)).toEqual(["VIPs"]);
    expect(context.liveVersion).toBeNull();
  });

  it("names the live version's number", async () => {
    const workspace = await createTestWorkspace();
    const journey = await db.journey.create({ data: { workspaceId: workspace.id, name: "J", draft: { nodes: [], edges: [] } } });
    await db.journeyVersion.create({ data: { workspaceId: workspace.id, journeyId: journey.id, version: 1, graph: { nodes: [], edges: [] } } });
    const v2 = await db.journeyVersion.create({ data: { workspaceId: workspace.id, journeyId: journey.id, version: 2, graph: { nodes: [], edges: [] } } });
    expect((await loadEditorContext(workspace.id, { liveVersionId: v2.id })).liveVersion).toBe(2);
    // A version id from another workspace is not found through this one.
    const stranger = await createTestWorkspace();
    expect((await loadEditorContext(stranger.id, { liveVersionId: v2.id })).liveVersion).toBeNull();
  });
});
