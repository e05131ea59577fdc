import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db/client";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph, waitForClickGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { sendIngest } from "./testing/ingest-fixtures";

async function workspaceWithJourney(graphOf: (emailId: string, smsId: string) => Parameters<typeof createLiveJourney>[2]) {
  const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
  const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Test source" });
  const { journeyId } = await createLiveJourney(db, workspace.id, graphOf(emailTemplateId, smsTemplateId));
  return { workspaceId: workspace.id, key, journeyId };
}

describe("ingested events reach live journeys in the same request", () => {
  it("enrols on a triggering track event and writes the first send before the response", async () => {
    const ws = await workspaceWithJourney(emailThenSmsGraph);
    const identify = await sendIngest("identify", { userId: "u-live", traits: { email: "live@example.test", first_name: "Lin", consent: { email: "subscribed" } } }, { key: ws.key });
    expect(identify.status).toBe(200);
    const track = await sendIngest("track", { userId: "u-live", event: "Signed Up", properties: { plan: "pro" } }, { key: ws.key });
    expect(track.status).toBe(200);
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } });
    expect(enrollment.currentNodeId).toBe("wait-1d");
    const messages = await db.message.findMany({ where: { workspaceId: ws.workspaceId, enrollmentId: enrollment.id } });
    expect(messages.map((m) => m.channel)).toEqual(["email"]);
  });

  it("does not enrol twice when the same messageId is sent again", async () => {
    const ws = await workspaceWithJourney(emailThenSmsGraph);
    await sendIngest("identify", { userId: "u-dup", traits: { email: "dup@example.test", consent: { email: "subscribed" } } }, { key: ws.key });
    const event = { userId: "u-dup", event: "Signed Up", messageId: "m-dup-1" };
    await sendIngest("track", event, { key: ws.key });
    await sendIngest("track", event, { key: ws.key });
    expect(await db.enrollment.count({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } })).toBe(1);
  });

  it("enrols and sends once when one batch carries the same messageId twice", async () => {
    // re-entry "always": nothing but the messageId can tell the two copies apart
    const ws = await workspaceWithJourney((emailId, smsId) => {
      const graph = emailThenSmsGraph(emailId, smsId);
      return { ...graph, nodes: graph.nodes.map((node) => (node.type === "trigger" ? { ...node, data: { ...node.data, reentry: "always" } } : node)) } as typeof graph;
    });
    await sendIngest("identify", { userId: "u-twice", traits: { email: "twice@example.test", consent: { email: "subscribed" } } }, { key: ws.key });
    const event = { type: "track", userId: "u-twice", event: "Signed Up", messageId: "m-twice-1" };
    const response = await sendIngest("batch", { batch: [event, event] }, { key: ws.key });
    expect(response.status).toBe(200);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, messageId: "m-twice-1" } })).toBe(1);
    const enrollments = await db.enrollment.findMany({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } });
    expect(enrollments).toHaveLength(1);
    expect(await db.message.count({ where: { workspaceId: ws.workspaceId, enrollmentId: enrollments[0]?.id } })).toBe(1);
  });

  it("resumes a wait-for-event when the awaited event arrives", async () => {
    const ws = await workspaceWithJourney((emailId) => waitForClickGraph(emailId));
    await sendIngest("identify", { userId: "u-click", traits: { email: "click@example.test", consent: { email: "subscribed" } } }, { key: ws.key });
    await sendIngest("track", { userId: "u-click", event: "Signed Up" }, { key: ws.key });
    const waiting = await db.enrollment.findFirstOrThrow({ where: { workspaceId: ws.workspaceId, journeyId: ws.journeyId } });
    expect(waiting.currentNodeId).toBe("wait-click");
    await sendIngest("track", { userId: "u-click", event: "Clicked" }, { key: ws.key });
    const resumed = await db.enrollment.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(resumed.state).toBe("completed");
    expect(await db.message.count({ where: { enrollmentId: waiting.id, channel: "email" } })).toBe(1);
  });
});
