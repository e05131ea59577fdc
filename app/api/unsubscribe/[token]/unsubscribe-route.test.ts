import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { exit, link, pause, send, sendLinks, step } from "@/lib/journey/templates/template-kit";
import { enrollProfile } from "@/lib/engine/runner/enroll-profile";
import { loadRunVersions } from "@/lib/engine/runner/load-run-versions";
import { tick } from "@/lib/engine/runner/tick";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, signedUp } from "@/lib/engine/runner/testing/runner-fixtures";
import { signPreferenceToken } from "@/lib/preferences/sign-preference-token";
import { GET, POST } from "./route";

/** trigger → email → wait 1 day → email again (optionally of a topic) → exit. */
function twoEmailsGraph(templateId: string, topicId?: string): TJourneyGraph {
  return {
    nodes: [
      step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "afterExit" }),
      send("first", "email", templateId, { templateId, ...(topicId ? { topicId } : {}) }),
      pause("wait-1d", 1, "days"),
      send("second", "email", templateId, { templateId, ...(topicId ? { topicId } : {}) }),
      exit("done", "Done"),
    ],
    edges: [link("trigger", "next", "first"), ...sendLinks("first", "wait-1d"), link("wait-1d", "next", "second"), ...sendLinks("second", "done")],
  };
}

const ctx = (token: string) => ({ params: Promise.resolve({ token }) });
const oneClick = (token: string, body: BodyInit = new URLSearchParams({ "List-Unsubscribe": "One-Click" }), headers: Record<string, string> = {}) =>
  POST(new Request(`http://localhost/api/unsubscribe/${token}`, { method: "POST", body, headers }), ctx(token));

async function tokenFromHeader(messageKey: string): Promise<string> {
  const message = await db.message.findUniqueOrThrow({ where: { idempotencyKey: messageKey } });
  const rendered = (message.content as { rendered: { headers: Record<string, string>; text: string } }).rendered;
  expect(rendered.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const match = /^<http:\/\/localhost:3000\/api\/unsubscribe\/([\w.-]+)>$/.exec(rendered.headers["List-Unsubscribe"] ?? "");
  expect(match).not.toBeNull();
  return match?.[1] ?? "";
}

describe("one-click unsubscribe (RFC 8058)", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let templateId: string;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    templateId = (
      await db.template.create({
        data: { workspaceId: world.workspace.id, name: "News", channel: "email", content: { subject: "News", html: "<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>", text: "Manage: {{ preferences_url }}" } },
      })
    ).id;
  });

  async function enrolled(graph: TJourneyGraph) {
    const { versionId } = await createLiveJourney(db, world.workspace.id, graph);
    const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
    if (!run) throw new Error("version did not load");
    const profile = await createReachableProfile(db, world.workspace.id);
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { versionId } });
    return { profile, enrollment };
  }

  it("puts List-Unsubscribe headers and the links in the email; one click stops the next step's email", async () => {
    const { profile, enrollment } = await enrolled(twoEmailsGraph(templateId));
    const key = `${enrollment.id}:first:1`;
    const token = await tokenFromHeader(key);
    const first = await db.message.findUniqueOrThrow({ where: { idempotencyKey: key } });
    const rendered = (first.content as { rendered: { html: string; text: string } }).rendered;
    expect(rendered.html).toContain(`href="http://localhost:3000/api/unsubscribe/${token}"`);
    expect(rendered.text).toMatch(/^Manage: http:\/\/localhost:3000\/p\/[\w-]+\.[\w-]+$/);

    // a mail scanner prefetching the link changes nothing
    const page = await GET(new Request(`http://localhost/api/unsubscribe/${token}`), ctx(token));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await db.consent.findFirst({ where: { profileId: profile.id, channel: "email" } })).toMatchObject({ status: "subscribed" });

    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await db.consent.findFirst({ where: { profileId: profile.id, channel: "email" } })).toMatchObject({ status: "unsubscribed", source: "oneClick" });
    expect((await db.messageEvent.findMany({ where: { messageId: first.id } })).map((e) => e.type)).toContain("unsubscribed");
    expect((await oneClick(token)).status).toBe(200);
    expect(await db.messageEvent.count({ where: { messageId: first.id, type: "unsubscribed" } })).toBe(1);

    await tick(db, { now: at("2026-03-03T10:00:01Z"), workerId: "test" });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id, nodeId: "second" } });
    expect(logs.map((l) => `${l.action}: ${l.reason}`)).toEqual(["skipped: unsubscribed from Email"]);
    expect(await db.message.count({ where: { enrollmentId: enrollment.id } })).toBe(1);
  });

  it("unsubscribes from the message's topic only, and the next step of that topic is skipped with its name", async () => {
    const topic = await db.topic.create({ data: { workspaceId: world.workspace.id, name: "Offers" } });
    const { profile, enrollment } = await enrolled(twoEmailsGraph(templateId, topic.id));
    const first = await db.message.findUniqueOrThrow({ where: { idempotencyKey: `${enrollment.id}:first:1` } });
    expect(first.topicId).toBe(topic.id);
    const token = await tokenFromHeader(first.idempotencyKey);
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    expect((await oneClick(token, body)).status).toBe(200);
    expect(await db.topicPreference.findFirst({ where: { profileId: profile.id, topicId: topic.id } })).toMatchObject({ status: "unsubscribed", source: "oneClick" });
    expect(await db.consent.findFirst({ where: { profileId: profile.id, channel: "email" } })).toMatchObject({ status: "subscribed" });
    await tick(db, { now: at("2026-03-03T10:00:01Z"), workerId: "test" });
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id, nodeId: "second" } });
    expect(logs.map((l) => l.reason)).toEqual(['unsubscribed from topic "Offers"']);
  });

  it("skips a default-unsubscribed topic for someone who never chose", async () => {
    const topic = await db.topic.create({ data: { workspaceId: world.workspace.id, name: "Beta invites", defaultSubscribed: false } });
    const { enrollment } = await enrolled(twoEmailsGraph(templateId, topic.id));
    const logs = await db.stepLog.findMany({ where: { enrollmentId: enrollment.id, nodeId: "first" } });
    expect(logs.map((l) => l.reason)).toEqual(['unsubscribed from topic "Beta invites"']);
  });

  it("refuses a body without List-Unsubscribe=One-Click, and tampered tokens with 404, never 5xx", async () => {
    const { profile } = await enrolled(twoEmailsGraph(templateId));
    const token = signPreferenceToken({ workspaceId: world.workspace.id, profileId: profile.id, channel: "email" });
    expect((await oneClick(token, new URLSearchParams({ "List-Unsubscribe": "Nope" }))).status).toBe(400);
    expect((await oneClick(token, "{}", { "content-type": "application/json" })).status).toBe(400);
    const tampered = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    expect((await oneClick(tampered)).status).toBe(404);
    expect((await GET(new Request("http://localhost/api/unsubscribe/x"), ctx("garbage"))).status).toBe(404);
    expect(await db.consent.findFirst({ where: { profileId: profile.id, channel: "email" } })).toMatchObject({ status: "subscribed" });
    const html = await oneClick(token, new URLSearchParams({ "List-Unsubscribe": "One-Click" }), { accept: "text/html" });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain("You are unsubscribed");
  });
});

describe("one-click unsubscribe under hostile input", () => {
  it("never answers 5xx to any token or body (fuzz)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 200 }), fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data", "text/plain", ""), async (token, body, type) => {
        const response = await POST(new Request("http://localhost/api/unsubscribe/t", { method: "POST", body, headers: type ? { "content-type": type } : {} }), { params: Promise.resolve({ token }) });
        expect(response.status).toBeLessThan(500);
        const page = await GET(new Request("http://localhost/api/unsubscribe/t"), { params: Promise.resolve({ token }) });
        expect(page.status).toBe(404);
      }),
      { numRuns: 100 },
    );
  });
});
