import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { POST as enroll } from "../journeys/[id]/enroll/route";
import { GET as listMessages } from "../messages/route";
import { GET as listEnrollments } from "./route";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string, body?: unknown) {
  return new Request(url, { method: body === undefined ? "GET" : "POST", headers: { "content-type": "application/json", authorization: `Bearer ${key}` }, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe("engine operations API", () => {
  let marketerKey: string;
  let analystKey: string;
  let journeyId: string;
  let profileId: string;
  let email: string;

  beforeAll(async () => {
    const world = await createRunnerWorkspace(db);
    marketerKey = await createTestManagementKey(world.workspace.id, "marketer");
    analystKey = await createTestManagementKey(world.workspace.id, "analyst");
    journeyId = (await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId))).journeyId;
    const profile = await createReachableProfile(db, world.workspace.id, "Grace");
    profileId = profile.id;
    email = (await db.identity.findFirstOrThrow({ where: { profileId, kind: "email" } })).value;
  });

  it("enrols by email, then lists the enrollment with its step log and the queued email", async () => {
    const response = await enroll(req(`http://localhost/api/v1/journeys/${journeyId}/enroll`, marketerKey, { email, properties: { plan: "team" } }), ctx({ id: journeyId }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ state: "waiting", currentNodeId: "wait-1d", sent: 1 });

    const enrollments = await (await listEnrollments(req(`http://localhost/api/v1/enrollments?journeyId=${journeyId}`, analystKey), noParams)).json();
    expect(enrollments.enrollments).toHaveLength(1);
    expect(enrollments.enrollments[0].steps.map((s: { action: string }) => s.action)).toEqual(["entered", "sent", "waiting"]);
    expect(enrollments.enrollments[0].steps[2].reason).toMatch(/1 day/);

    const messages = await (await listMessages(req(`http://localhost/api/v1/messages?profileId=${profileId}&channel=email`, analystKey), noParams)).json();
    expect(messages.messages).toHaveLength(1);
    expect(messages.messages[0]).toMatchObject({ status: "pending", to: email, content: { subject: "Hi Grace", text: "Hi team" } });
  });

  it("answers 409 with the reason when the re-entry policy refuses, and 403 for analysts", async () => {
    const again = await enroll(req(`http://localhost/api/v1/journeys/${journeyId}/enroll`, marketerKey, { profileId }), ctx({ id: journeyId }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ reason: "already in this journey (re-entry only after exit)" });
    expect((await enroll(req(`http://localhost/api/v1/journeys/${journeyId}/enroll`, analystKey, { profileId }), ctx({ id: journeyId }))).status).toBe(403);
  });

  it("refuses a paused journey with 400 and a bad body with the field path", async () => {
    await db.journey.update({ where: { id: journeyId }, data: { status: "paused" } });
    const paused = await enroll(req(`http://localhost/api/v1/journeys/${journeyId}/enroll`, marketerKey, { profileId }), ctx({ id: journeyId }));
    expect(paused.status).toBe(400);
    expect(await paused.json()).toMatchObject({ path: "status" });
    await db.journey.update({ where: { id: journeyId }, data: { status: "live" } });
    const bad = await enroll(req(`http://localhost/api/v1/journeys/${journeyId}/enroll`, marketerKey, { profileId, email }), ctx({ id: journeyId }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: "profileId" });
    const badState = await listEnrollments(req(`http://localhost/api/v1/enrollments?state=sleeping`, analystKey), noParams);
    expect(badState.status).toBe(400);
  });
});
