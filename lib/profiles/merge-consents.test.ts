import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createIngestWorkspace, identitiesOf, sendIngest } from "./testing/ingest-fixtures";

describe("consent through a merge", () => {
  it("dates an unsubscribe that wins over the other profile's newer subscribe after it, so a late, older subscribe cannot undo it", async () => {
    const ws = await createIngestWorkspace();
    const send = (body: Record<string, unknown>) => sendIngest("identify", body, { key: ws.writeKey });
    await send({ userId: "mc-u", traits: { consent: { email: "subscribed" } }, timestamp: "2026-03-02T00:00:00Z" });
    await send({ anonymousId: "mc-a", traits: { consent: { email: "unsubscribed" } }, timestamp: "2026-03-01T00:00:00Z" });
    await send({ userId: "mc-u", anonymousId: "mc-a", timestamp: "2026-03-03T00:00:00Z" });
    const profileId = (await identitiesOf(ws.workspaceId)).get("userId:mc-u");
    expect(await db.consent.findFirst({ where: { profileId, channel: "email" } })).toMatchObject({ status: "unsubscribed", updatedAt: new Date("2026-03-02T00:00:00.001Z") });

    // a subscribe from between the two statements, arriving late, is older than what stands
    await send({ userId: "mc-u", traits: { consent: { email: "subscribed" } }, timestamp: "2026-03-01T12:00:00Z" });
    expect(await db.consent.findFirst({ where: { profileId, channel: "email" } })).toMatchObject({ status: "unsubscribed" });
    await send({ userId: "mc-u", traits: { consent: { email: "subscribed" } }, timestamp: "2026-03-04T00:00:00Z" });
    expect(await db.consent.findFirst({ where: { profileId, channel: "email" } })).toMatchObject({ status: "subscribed" });
  });
});
