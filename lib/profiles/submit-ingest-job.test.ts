import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitIngestJob } from "./submit-ingest-job";
import { createIngestWorkspace } from "./testing/ingest-fixtures";
import { validateEvent } from "./validate-event";
import type { TIncomingEvent } from "./incoming-event";

function event(raw: Record<string, unknown>): TIncomingEvent {
  const result = validateEvent(raw, "track", { receivedAt: new Date(), defaultRegion: "US" });
  if (!result.ok) throw new Error(result.message);
  return result.event;
}

describe("submitIngestJob", () => {
  it("writes jobs submitted together and counts a messageId two of them carry once", async () => {
    const ws = await createIngestWorkspace();
    const source = { workspaceId: ws.workspaceId, apiKeyId: ws.apiKeyId, defaultRegion: "US" };
    const shared = event({ userId: "g1", event: "Shared", messageId: "group-shared" });
    const results = await Promise.all([
      submitIngestJob({ source, events: [shared, event({ userId: "g1", event: "One" })], rejected: [], receivedAt: new Date() }),
      submitIngestJob({ source, events: [shared, event({ userId: "g2", event: "Two" })], rejected: [], receivedAt: new Date() }),
    ]);
    expect(results.map((r) => [r.stored, r.duplicates]).sort()).toEqual([[1, 1], [2, 0]]);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId } })).toBe(3);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: ws.apiKeyId } })).toMatchObject({ acceptedCount: 4, duplicateCount: 1 });
  });

  it("fails only the job that cannot be written; the jobs submitted with it are stored", async () => {
    const ws = await createIngestWorkspace();
    const good = { workspaceId: ws.workspaceId, apiKeyId: ws.apiKeyId, defaultRegion: "US" };
    const broken = { ...good, workspaceId: "no-such-workspace" };
    const [ok, failed] = await Promise.allSettled([
      submitIngestJob({ source: good, events: [event({ userId: "fine", event: "Kept" })], rejected: [], receivedAt: new Date() }),
      submitIngestJob({ source: broken, events: [event({ userId: "lost", event: "Orphan" })], rejected: [], receivedAt: new Date() }),
    ]);
    expect(ok.status).toBe("fulfilled");
    expect(failed.status).toBe("rejected");
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, name: "Kept" } })).toBe(1);
  });
});
