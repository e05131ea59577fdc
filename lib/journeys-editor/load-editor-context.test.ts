import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestWorkspace } from "@/lib/db/testing/factories";
import { loadEditorContext } from "./load-editor-context";

describe("loadEditorContext", () => {
  it("reads the workspace's own templates and segments, never another workspace's", async () => {
    const mine = await createTestWorkspace("Mine");
    const other = await createTestWorkspace("Other");
    await db.template.create({ data: { workspaceId: mine.id, name: "Welcome", channel: "email", content: {} } });
    await db.template.create({ data: { workspaceId: mine.id, name: "Reminder", channel: "sms", content: {} } });
    await db.template.create({ data: { workspaceId: other.id, name: "Foreign", channel: "sms", content: {} } });
    await db.segment.create({ data: { workspaceId: mine.id, name: "VIPs", definition: { kind: "all", conditions: [] } } });
    await db.segment.create({ data: { workspaceId: other.id, name: "Theirs", definition: { kind: "all", conditions: [] } } });

    const context = await loadEditorContext(mine.id);
    expect(context.templates.map((t) => [t.name, t.channel])).toEqual([
      ["Reminder", "sms"],
      ["Welcome", "email"],
    ]);
    expect(context.segments.map((s) => s.name)).toEqual(["VIPs"]);
  });

  it("offers the workspace's active topics, not archived or foreign ones", async () => {
    const mine = await createTestWorkspace("Mine");
    const other = await createTestWorkspace("Other");
    await db.topic.createMany({ data: [{ workspaceId: mine.id, name: "Offers" }, { workspaceId: mine.id, name: "Old", archivedAt: new Date() }, { workspaceId: other.id, name: "Theirs" }] });
    expect((await loadEditorContext(mine.id)).topics.map((t) => t.name)).toEqual(["Offers"]);
  });

  it("answers with empty lists for a workspace without any", async () => {
    const empty = await createTestWorkspace("Empty");
    expect(await loadEditorContext(empty.id)).toEqual({ templates: [], segments: [], topics: [] });
  });
});
