import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { asJson } from "../db/json";
import { createTestWorkspace } from "../db/testing/factories";
import { stableBucket } from "../engine/stable-bucket";
import { enrollProfile } from "../engine/runner/enroll-profile";
import { loadRunVersions } from "../engine/runner/load-run-versions";
import { createLiveJourney } from "../engine/runner/testing/runner-fixtures";
import type { TJourneyGraph } from "../journey/graph";
import { exit, link, pause, send, sendLinks, step } from "../journey/templates/template-kit";
import { createJourneyFromTemplate } from "../journeys/create-journey-from-template";
import { publishJourney } from "../journeys/publish-journey";
import { updateWorkspaceRules } from "../workspace-settings/update-workspace-rules";
import { DomainError } from "../errors";
import { comparePreviews } from "./compare-previews";
import type { TPreviewResult } from "./preview-schemas";
import { runPreview } from "./run-preview";
import { countEveryTable } from "./testing/count-rows";

const start = new Date("2026-03-02T14:00:00Z"); // a Monday, 14:00 UTC, 09:00 in New York
const cartAbandoned = { type: "track" as const, event: "Cart Abandoned", after: { amount: 0, unit: "minutes" as const }, properties: { cart_url: "https://shop.test/c/1", item_count: 2 } };
const hours = (h: number) => new Date(start.getTime() + h * 3_600_000).toISOString();

/** "+Nh node action: reason", hours from the start. */
const story = (result: TPreviewResult) => result.steps.map((s) => `+${(Date.parse(s.at) - start.getTime()) / 3_600_000}h ${s.nodeId} ${s.action}: ${s.reason}`);

async function expectInvalid(promise: Promise<unknown>, path: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ kind: "invalid", path });
}

/** A profile with an email, a phone and a push device; subscribed to email and push, never asked about SMS. */
async function createShopper(workspaceId: string, firstName = "Ada") {
  const tag = randomUUID().slice(0, 8);
  return db.profile.create({
    data: {
      workspaceId,
      traits: { first_name: firstName },
      timezone: "America/New_York",
      identities: {
        create: [
          { workspaceId, kind: "email", value: `${firstName.toLowerCase()}-${tag}@example.test` },
          { workspaceId, kind: "phone", value: `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}` },
          { workspaceId, kind: "deviceId", value: `device-${tag}` },
        ],
      },
      consents: { create: [{ workspaceId, channel: "email", status: "subscribed", source: "test" }, { workspaceId, channel: "push", status: "subscribed", source: "test" }] },
    },
  });
}

describe("runPreview: the cascade from the gallery", () => {
  let workspaceId: string;
  let journeyId: string;
  let profileId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    journeyId = (await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })).id;
    profileId = (await createShopper(workspaceId)).id;
  });

  it("sends the email, skips the SMS for a profile without SMS consent (saying why), then sends the push, each message rendered", async () => {
    const result = await runPreview(workspaceId, journeyId, { profileId, start: start.toISOString(), events: [cartAbandoned] });
    expect(story(result)).toEqual([
      '+0h trigger entered: entered on "Cart Abandoned"',
      '+0h skip-recent-buyers passed: not suppressed: no match for performed "Order Completed" at least 1 time in the last 2 hours',
      "+0h email sent: sent Email",
      "+0h wait-24h waiting: waiting 24 hours",
      "+24h wait-24h resumed: waited 24 hours",
      "+24h opened-email branched: took path 'Else' (no path matched; saw email opened: no)",
      '+24h skip-buyers-sms passed: not suppressed: no match for performed "Order Completed" at least 1 time in the last 3 days',
      "+24h sms skipped: no SMS consent",
      '+24h skip-buyers-push passed: not suppressed: no match for performed "Order Completed" at least 1 time in the last 3 days',
      "+24h push sent: sent Push",
      "+24h exit-done completed: Cascade finished",
    ]);
    expect(result).toMatchObject({ version: { kind: "draft", number: null }, profile: { id: profileId, label: "Ada", hypothetical: false }, stoppedBecause: "ended", enrollment: { state: "completed", exitReason: "Cascade finished" } });
    expect(result.messages.map((m) => [m.nodeId, m.channel, m.at, m.error])).toEqual([
      ["email", "email", hours(0), null],
      ["push", "push", hours(24), null],
    ]);
    expect(result.messages[0]?.content).toMatchObject({ subject: "Ada, your cart is waiting", html: expect.stringContaining('<a href="https://shop.test/c/1">') });
    expect(result.messages[0]?.recipient).toMatch(/^ada-.*@example\.test$/);
    expect(result.messages[0]?.templateName).toBe("Cascade · Your cart is waiting (email)");
    expect(result.steps.find((s) => s.nodeId === "push" && s.action === "sent")?.messageIndex).toBe(1);
    expect(result.path.nodes.find((n) => n.nodeId === "wait-24h")?.visits).toEqual([3, 4]);
    expect(result.path.edges).toContain("sms--skipped");
    expect(result.path.edges).not.toContain("opened-email--opened");
  });

  it("records the goal and suppresses the follow-up in the live step log's words after an Order Completed at +1 h", async () => {
    const result = await runPreview(workspaceId, journeyId, { profileId, start: start.toISOString(), events: [cartAbandoned, { type: "track" as const, event: "Order Completed", after: { amount: 1, unit: "hours" as const }, properties: { total: 80 } }] });
    expect(story(result).slice(4)).toEqual([
      '+1h wait-24h converted: converted: performed "Order Completed"',
      "+24h wait-24h resumed: waited 24 hours",
      "+24h opened-email branched: took path 'Else' (no path matched; saw email opened: no)",
      '+24h skip-buyers-sms suppressed: suppressed: performed "Order Completed" 23 h ago',
    ]);
    expect(result.enrollment).toMatchObject({ state: "exited", exitReason: 'suppressed: performed "Order Completed" 23 h ago' });
    expect(result.messages).toHaveLength(1);
  });

  it("takes the opened branch when the email is assumed opened 2 h after it was sent", async () => {
    const result = await runPreview(workspaceId, journeyId, { profileId, start: start.toISOString(), events: [cartAbandoned], assume: { email: { opened: { amount: 2, unit: "hours" } } } });
    expect(story(result).slice(5)).toEqual(["+24h opened-email branched: took path 'Opened the email' (opened the message from step email; saw email opened: 22 h ago)", "+24h exit-engaged completed: Engaged by email"]);
  });

  it("does not enrol without the trigger event, and says so", async () => {
    const result = await runPreview(workspaceId, journeyId, { profileId, start: start.toISOString() });
    expect(result).toMatchObject({ stoppedBecause: "notEnrolled", reason: 'no matching "Cart Abandoned" event in the timeline', steps: [], enrollment: null });
  });

  it("runs a hypothetical profile, and a real one with overrides (what if she had SMS consent)", async () => {
    const hypothetical = await runPreview(workspaceId, journeyId, {
      profile: { traits: { first_name: "Hypo" }, consent: { email: "subscribed" }, identities: [{ kind: "email", value: "hypo@example.test" }] },
      start: start.toISOString(),
      events: [cartAbandoned],
    });
    expect(hypothetical.profile).toEqual({ id: null, label: "Hypo", hypothetical: true });
    expect(story(hypothetical)).toContain("+24h sms skipped: no SMS consent");
    expect(story(hypothetical)).toContain("+24h push skipped: no Push consent");
    const edited = await runPreview(workspaceId, journeyId, { profileId, profile: { consent: { sms: "subscribed" }, traits: { first_name: "Edited" } }, start: start.toISOString(), events: [cartAbandoned] });
    expect(story(edited)).toContain("+24h sms sent: sent SMS");
    expect(edited.messages.map((m) => m.channel)).toEqual(["email", "sms", "push"]);
    expect(edited.messages[1]?.content).toMatchObject({ body: expect.stringMatching(/^Edited, your cart is still saved/) });
  });

  it("folds a scripted identify as ingestion does: an unsubscribe in traits.consent stops the push", async () => {
    const result = await runPreview(workspaceId, journeyId, { profileId, start: start.toISOString(), events: [cartAbandoned, { type: "identify", after: { amount: 3, unit: "hours" }, traits: { consent: { push: "unsubscribed" } } }] });
    expect(story(result)).toContain("+24h push skipped: no Push consent");
  });
});

describe("runPreview: rules of the workspace", () => {
  let workspaceId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
  });

  async function journeyWith(graph: TJourneyGraph, settings: Record<string, unknown> = {}) {
    const journey = await db.journey.create({ data: { workspaceId, name: `Preview ${randomUUID().slice(0, 6)}`, draft: asJson(graph), settings: asJson({ frequencyCapExempt: false, ...settings }) } });
    return journey.id;
  }
  async function emailTemplate(name = `Mail ${randomUUID().slice(0, 6)}`) {
    return (await db.template.create({ data: { workspaceId, name, channel: "email", content: { subject: "Hi {{ profile.traits.first_name }}", html: "<p>{{ 'now' | date: '%H:%M' }}</p>", text: "Hi" } } })).id;
  }
  const api = step("trigger", "trigger", { source: { kind: "api" }, reentry: "never" });

  it("holds a push in quiet hours in the profile's own zone", async () => {
    await updateWorkspaceRules(db, workspaceId, { frequencyCaps: [], quietHours: { push: { start: "21:00", end: "08:00", behaviour: "defer" } }, consentPolicy: { push: "optOut" } });
    const push = await db.template.create({ data: { workspaceId, name: `Push ${randomUUID().slice(0, 6)}`, channel: "push", content: { title: "Hi", body: "Now", deepLink: "app://x" } } });
    const graph: TJourneyGraph = {
      nodes: [api, pause("w", 12, "hours"), send("push", "push", "x", { templateId: push.id, onSkip: "defer" }), exit("done", "Done")],
      edges: [link("trigger", "next", "w"), link("w", "next", "push"), ...sendLinks("push", "done")],
    };
    const profile = await createShopper(workspaceId, "Nora");
    const result = await runPreview(workspaceId, await journeyWith(graph), { profileId: profile.id, start: start.toISOString() });
    // 14:00 UTC + 12 h = 21:00 in New York: quiet until 08:00 there (13:00 UTC next day).
    expect(story(result).slice(-3)).toEqual(["+12h push deferred: quiet hours until 08:00 America/New_York", "+23h push sent: sent Push", "+23h done completed: Done"]);
    await updateWorkspaceRules(db, workspaceId, { frequencyCaps: [], quietHours: {}, consentPolicy: {} });
  });

  it("counts the profile's real messages and the simulated ones against the caps", async () => {
    await updateWorkspaceRules(db, workspaceId, { frequencyCaps: [{ id: "two", name: "Two a day", max: 2, windowHours: 24, channels: null, exemptJourneyIds: [] }], quietHours: {} });
    const template = await emailTemplate();
    const graph: TJourneyGraph = {
      nodes: [api, send("first", "email", "x", { templateId: template }), pause("w", 1, "hours"), send("second", "email", "x", { templateId: template }), exit("done", "Done")],
      edges: [link("trigger", "next", "first"), ...sendLinks("first", "w"), link("w", "next", "second"), ...sendLinks("second", "done")],
    };
    const profile = await createShopper(workspaceId, "Cap");
    await db.message.create({ data: { workspaceId, profileId: profile.id, channel: "email", idempotencyKey: `real-${randomUUID()}`, status: "sent", createdAt: new Date(start.getTime() - 3_600_000) } });
    const journeyId = await journeyWith(graph);
    const result = await runPreview(workspaceId, journeyId, { profileId: profile.id, start: start.toISOString() });
    expect(story(result)).toContain("+0h first sent: sent Email");
    expect(story(result)).toContain("+1h second skipped: capped: 2 messages in 24 h (workspace rule 'Two a day')");
    // Without the real message, both fit: the real one is what tipped the second over.
    const fresh = await runPreview(workspaceId, journeyId, { profileId: (await createShopper(workspaceId, "Fresh")).id, start: start.toISOString() });
    expect(story(fresh)).toContain("+1h second sent: sent Email");
    await updateWorkspaceRules(db, workspaceId, { frequencyCaps: [], quietHours: {} });
  });

  it("exits on the exit criteria at an identify that meets them", async () => {
    const template = await emailTemplate();
    const graph: TJourneyGraph = {
      nodes: [api, pause("w", 1, "days"), send("email", "email", "x", { templateId: template }), exit("done", "Done")],
      edges: [link("trigger", "next", "w"), link("w", "next", "email"), ...sendLinks("email", "done")],
    };
    const journeyId = await journeyWith(graph, { exitCriteria: { kind: "trait", path: "churned", op: "equals", value: true } });
    const result = await runPreview(workspaceId, journeyId, { profile: { traits: {} }, start: start.toISOString(), events: [{ type: "identify", after: { amount: 2, unit: "hours" }, traits: { churned: true } }] });
    expect(story(result)).toEqual(["+0h trigger entered: enrolled through the API", "+0h w waiting: waiting 1 day", "+2h w exited: exit criteria met: churned is true"]);
  });

  it("assigns a real profile the split variant the runner gives it, every time", async () => {
    const template = await emailTemplate();
    const graph: TJourneyGraph = {
      nodes: [api, step("split", "split", { variants: [{ id: "a", label: "A", percent: 50 }, { id: "b", label: "B", percent: 50 }] }), send("ea", "email", "x", { templateId: template }), send("eb", "email", "x", { templateId: template }), exit("done", "Done")],
      edges: [link("trigger", "next", "split"), link("split", "a", "ea"), link("split", "b", "eb"), ...sendLinks("ea", "done"), ...sendLinks("eb", "done")],
    };
    const { journeyId, versionId } = await createLiveJourney(db, workspaceId, graph);
    for (const name of ["Sam", "Kim", "Lee", "Max"]) {
      const profile = await createShopper(workspaceId, name);
      const expected = stableBucket(`${profile.id}:split`) * 100 < 50 ? "a" : "b";
      const first = await runPreview(workspaceId, journeyId, { profileId: profile.id, version: 1, start: start.toISOString() });
      const again = await runPreview(workspaceId, journeyId, { profileId: profile.id, version: 1, start: start.toISOString() });
      expect(first.steps.find((s) => s.nodeId === "split")?.handle).toBe(expected);
      expect(again.steps).toEqual(first.steps);
      const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
      if (!run) throw new Error("no run version");
      await enrollProfile(db, { run, profileId: profile.id, now: start });
      const live = await db.stepLog.findFirstOrThrow({ where: { nodeId: "split", enrollment: { profileId: profile.id } } });
      expect(live.handle).toBe(expected);
    }
  });

  it("stops a draft at its first broken step, with the validation error as the reason", async () => {
    const template = await emailTemplate();
    const graph: TJourneyGraph = {
      nodes: [api, send("ok", "email", "x", { templateId: template }), pause("w", 1, "hours"), send("broken", "email", "x", { templateId: null }), exit("done", "Done")],
      edges: [link("trigger", "next", "ok"), ...sendLinks("ok", "w"), link("w", "next", "broken"), ...sendLinks("broken", "done")],
    };
    const result = await runPreview(workspaceId, await journeyWith(graph), { profile: { consent: { email: "subscribed" }, identities: [{ kind: "email", value: "b@example.test" }] }, start: start.toISOString() });
    expect(story(result)).toEqual(["+0h trigger entered: enrolled through the API", "+0h ok sent: sent Email", "+0h w waiting: waiting 1 hour", "+1h w resumed: waited 1 hour"]);
    expect(result).toMatchObject({ stoppedBecause: "invalidStep", reason: 'Step "Message · Email · no template yet": The message has no template. Choose a Email template.', enrollment: { state: "active", currentNodeId: "broken" } });
    expect(result.path.edges).toContain("w--next");
  });

  it("reads a stored draft that no longer parses step by step, and stops at the step it cannot read", async () => {
    const template = await emailTemplate();
    const graph = {
      nodes: [api, send("ok", "email", "x", { templateId: template }), { id: "bad", type: "wait", position: { x: 0, y: 0 }, data: { mode: "duration", duration: { amount: -1, unit: "fortnights" } } }, exit("done", "Done")],
      edges: [link("trigger", "next", "ok"), ...sendLinks("ok", "bad"), link("bad", "next", "done")],
    };
    const journeyId = await journeyWith(graph as unknown as TJourneyGraph);
    const result = await runPreview(workspaceId, journeyId, { profile: { consent: { email: "subscribed" }, identities: [{ kind: "email", value: "c@example.test" }] }, start: start.toISOString() });
    expect(story(result)).toEqual(["+0h trigger entered: enrolled through the API", "+0h ok sent: sent Email"]);
    expect(result).toMatchObject({ stoppedBecause: "invalidStep", enrollment: { currentNodeId: "bad" } });
    expect(result.reason).toMatch(/^Step "Wait": Step 3 cannot be read \(data\..*\)\. Open it in the editor/);
  });

  it("stops a run that loops on short waits at the iteration bound, with a clear reason", async () => {
    const graph: TJourneyGraph = {
      nodes: [api, pause("w", 1, "minutes"), step("u", "updateProfile", { assignments: [{ trait: "n", op: "increment", value: 1 }] })],
      edges: [link("trigger", "next", "w"), link("w", "next", "u"), link("u", "next", "w")],
    };
    const result = await runPreview(workspaceId, await journeyWith(graph), { profile: {}, start: start.toISOString(), until: new Date(start.getTime() + 300 * 86_400_000).toISOString() });
    expect(result.stoppedBecause).toBe("iterationLimit");
    expect(result.reason).toMatch(/^stopped: iteration limit/);
  });

  it("answers bad input with a 400 naming the field", async () => {
    const template = await emailTemplate();
    const graph: TJourneyGraph = { nodes: [api, send("email", "email", "x", { templateId: template }), exit("done", "Done")], edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")] };
    const journeyId = await journeyWith(graph);
    await expectInvalid(runPreview(workspaceId, journeyId, { profileId: "nobody" }), "profileId");
    await expectInvalid(runPreview(workspaceId, journeyId, { version: 7 }), "version");
    await expectInvalid(runPreview(workspaceId, journeyId, { assume: { trigger: { opened: "never" } } }), "assume.trigger");
    await expectInvalid(runPreview(workspaceId, journeyId, { start: start.toISOString(), until: new Date(start.getTime() + 401 * 86_400_000).toISOString() }), "until");
    await expectInvalid(runPreview(workspaceId, journeyId, { start: start.toISOString(), duration: { amount: 58, unit: "weeks" } }), "duration");
    await expectInvalid(runPreview(workspaceId, journeyId, { events: [{ type: "track", event: "A", after: { amount: 1, unit: "hours" } }, { type: "track", event: "B", after: { amount: 1, unit: "hours" }, properties: { bad: "\u0000" } }] }), "events.1.properties.bad");
    await expectInvalid(runPreview(workspaceId, journeyId, { events: [{ type: "identify", after: { amount: 1, unit: "hours" }, traits: { consent: { sms: "maybe" } } }] }), "events.0.traits.consent.sms");
    await expect(runPreview(workspaceId, "no-such-journey", {})).rejects.toMatchObject({ kind: "notFound" });
  });
});

describe("runPreview: live beside predicted, and writing nothing", () => {
  it("shows the live step log beside the prediction, continuing the live run on its own version, and writes no row anywhere", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const journeyId = (await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })).id;
    await publishJourney(workspaceId, journeyId, null);
    const profile = await createShopper(workspaceId, "Liv");
    const live = (await loadRunVersions(db, [(await db.journey.findUniqueOrThrow({ where: { id: journeyId } })).liveVersionId ?? ""])).versions.values().next().value;
    if (!live) throw new Error("not published");
    const entered = await enrollProfile(db, { run: live, profileId: profile.id, event: { name: "Cart Abandoned", properties: {}, timestamp: start }, now: start });
    expect(entered).toMatchObject({ enrolled: true, state: "waiting" });

    const before = await countEveryTable(workspaceId);
    const later = new Date(start.getTime() + 2 * 3_600_000).toISOString();
    const continued = await runPreview(workspaceId, journeyId, { profileId: profile.id, version: 1, start: later });
    expect(continued.live).toMatchObject({ version: 1, state: "waiting", continued: true });
    expect(continued.live?.steps.map((s) => `${s.nodeId} ${s.action}`)).toEqual(["trigger entered", "skip-recent-buyers passed", "email sent", "wait-24h waiting"]);
    expect(continued.live?.steps[3]?.nodeLabel).toBe("Wait 24 hours");
    expect(story(continued)[0]).toBe("+24h wait-24h resumed: waited 24 hours");
    expect(continued.notes.join(" ")).toContain("Continues the profile's run in version 1");

    const fresh = await runPreview(workspaceId, journeyId, { profileId: profile.id, start: later, events: [{ ...cartAbandoned, after: { amount: 0, unit: "minutes" } }] });
    expect(fresh.live?.continued).toBe(false);
    expect(fresh.steps[0]?.action).toBe("entered");
    expect(fresh.notes.join(" ")).toContain("this preview shows a fresh entry into the draft");

    await comparePreviews(workspaceId, journeyId, { profileId: profile.id, versions: ["draft", 1], start: later, events: [cartAbandoned] });
    expect(await countEveryTable(workspaceId)).toEqual(before);
  });
});
