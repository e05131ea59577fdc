import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteProfile } from "./delete-profile";
import { sendIngest } from "./testing/ingest-fixtures";
import { createHistoryWorkspace, createProfileWithHistory } from "./testing/profile-with-history";

describe("deleteProfile under concurrent ingestion", () => {
  it("never leaves rows behind on a deleted profile: events either go with it or start a new profile", async () => {
    const ws = await createHistoryWorkspace();
    for (let round = 0; round < 4; round++) {
      const ada = await createProfileWithHistory(ws, `Ada${round}`);
      const sends = Array.from({ length: 6 }, (_, i) => sendIngest("track", { userId: ada.userId, event: "Clicked", messageId: `race-${ada.tag}-${i}` }, { key: ws.writeKey }));
      const [deleted, ...results] = await Promise.all([deleteProfile(ws.workspaceId, ada.profileId, "user:u_1"), ...sends]);
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(deleted.deleted.events).toBeGreaterThan(0);
      expect(await db.profile.count({ where: { id: ada.profileId } })).toBe(0);
      for (const table of [db.event, db.identity, db.consent, db.enrollment, db.message] as const) {
        expect(await (table as typeof db.event).count({ where: { profileId: ada.profileId } })).toBe(0);
      }
      // Every event sent is stored exactly once: with the deleted profile (and gone) or on a new one.
      const survivors = await db.event.findMany({ where: { workspaceId: ws.workspaceId, messageId: { startsWith: `race-${ada.tag}-` } }, select: { profileId: true } });
      const newOwners = new Set(survivors.map((e) => e.profileId));
      expect(newOwners.size).toBeLessThanOrEqual(1);
      if (survivors.length > 0) {
        const owner = [...newOwners][0] ?? "";
        expect(await db.identity.findFirst({ where: { workspaceId: ws.workspaceId, kind: "userId", value: ada.userId } })).toMatchObject({ profileId: owner });
      }
    }
  });
});
