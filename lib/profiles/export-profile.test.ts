import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { exportProfile } from "./export-profile";
import { createHistoryWorkspace, createProfileWithHistory } from "./testing/profile-with-history";

describe("exportProfile", () => {
  it("streams every event of a large profile across pages, each once, in pieces", async () => {
    const ws = await createHistoryWorkspace();
    const ada = await createProfileWithHistory(ws, "Ada");
    const base = Date.parse("2026-01-01T00:00:00Z");
    await db.event.createMany({
      data: Array.from({ length: 1_203 }, (_, i) => ({ workspaceId: ws.workspaceId, profileId: ada.profileId, messageId: `bulk-${ada.tag}-${i}`, type: "track", name: "Bulk", properties: { i }, timestamp: new Date(base + i * 1000) })),
    });
    const stored = await db.event.count({ where: { profileId: ada.profileId } });
    const pieces: string[] = [];
    for await (const piece of await exportProfile(ws.workspaceId, ada.profileId)) pieces.push(piece);
    // One piece per event (and per enrollment / message): nothing builds the whole document first.
    expect(pieces.length).toBeGreaterThan(stored);
    const doc = JSON.parse(pieces.join(""));
    expect(doc.events).toHaveLength(stored);
    expect(new Set(doc.events.map((e: { id: string }) => e.id)).size).toBe(stored);
    expect(doc.events.filter((e: { name: string }) => e.name === "Bulk").map((e: { properties: { i: number } }) => e.properties.i).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 1_203 }, (_, i) => i));
  });

  it("throws notFound before the first piece for another workspace's profile", async () => {
    const ws = await createHistoryWorkspace();
    const other = await createHistoryWorkspace();
    const stranger = await createProfileWithHistory(other, "Sam");
    await expect(exportProfile(ws.workspaceId, stranger.profileId)).rejects.toMatchObject({ kind: "notFound" });
  });
});
