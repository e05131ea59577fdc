import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createLiveJourney, segmentEntryGraph } from "../engine/runner/testing/runner-fixtures";
import { createIngestWorkspace, sendIngest } from "./testing/ingest-fixtures";

describe("segment-entry journeys on ingest", () => {
  it("enrol a profile and decide its first message in the request that put it in the segment", async () => {
    const ws = await createIngestWorkspace();
    const template = await db.template.create({ data: { workspaceId: ws.workspaceId, name: "Welcome, pro", channel: "email", content: { subject: "Welcome to Pro", html: "<p>Hi</p>", text: "Hi" } } });
    const segment = await db.segment.create({ data: { workspaceId: ws.workspaceId, name: "Pro plan", definition: { kind: "trait", path: "plan", op: "equals", value: "pro" } } });
    const { journeyId } = await createLiveJourney(db, ws.workspaceId, segmentEntryGraph(segment.id, template.id), {}, new Date(Date.now() - 60_000));

    const free = await sendIngest("identify", { userId: "ada", traits: { email: "ada@example.com", plan: "free" } }, { key: ws.writeKey });
    expect(free.status).toBe(200);
    expect(await db.enrollment.count({ where: { journeyId } })).toBe(0);

    const upgraded = await sendIngest("identify", { userId: "ada", traits: { plan: "pro" } }, { key: ws.writeKey });
    expect(upgraded.status).toBe(200);
    // No runner pass in between: the identify request itself enrolled and rendered the email.
    const [enrollment, ...others] = await db.enrollment.findMany({ where: { journeyId } });
    expect(others).toEqual([]);
    expect(await db.stepLog.findFirst({ where: { enrollmentId: enrollment?.id, action: "entered" }, select: { reason: true } })).toEqual({ reason: 'entered segment "Pro plan"' });
    expect(await db.message.findMany({ where: { journeyId }, select: { channel: true, recipient: true, status: true } })).toEqual([{ channel: "email", recipient: "ada@example.com", status: "pending" }]);
  });
});
