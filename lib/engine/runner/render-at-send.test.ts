import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import type { TJourneyGraph } from "../../journey/graph";
import { exit, link, sendLinks, step } from "../../journey/templates/template-kit";
import { renderTemplate } from "../../message-templates/render-template";
import { loadStepContexts } from "../context/load-step-contexts";
import { simulateJourney } from "../simulate";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, signedUp } from "./testing/runner-fixtures";

const now = at("2026-03-02T10:00:00Z");
const trigger = step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "always" });
const message = (id: string, templateId: string) => step(id, "message", { channel: "email", templateId, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false });
const setTier = (id: string, value: string) => step(id, "updateProfile", { assignments: [{ trait: "tier", op: "set", value }] });

/** The journey: trigger → tier = gold → branch on tier equals gold → email "Tier is {{ tier }}". */
function goldGraph(templateId: string): TJourneyGraph {
  return {
    nodes: [
      trigger,
      setTier("upgrade", "gold"),
      step("branch", "branch", { paths: [{ id: "gold", label: "Gold", condition: { kind: "trait", path: "tier", op: "equals", value: "gold" } }] }),
      message("email", templateId),
      exit("done", "Done"),
      exit("other", "Not gold"),
    ],
    edges: [link("trigger", "next", "upgrade"), link("upgrade", "next", "branch"), link("branch", "gold", "email"), link("branch", "else", "other"), ...sendLinks("email", "done")],
  };
}

async function liveRun(versionId: string) {
  const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
  if (!run) throw new Error("version did not load");
  return run;
}

describe("a message is rendered from the profile as it is at the message step", () => {
  let workspaceId: string;
  let tierTemplateId: string;
  beforeEach(async () => {
    workspaceId = (await createRunnerWorkspace(db)).workspace.id;
    const template = await db.template.create({
      data: { workspaceId, name: "Tier", channel: "email", content: { subject: "Tier is {{ profile.traits.tier }}", html: "<p>{{ profile.traits.tier }}</p>", text: "Tier is {{ profile.traits.tier }} for {{ profile.email }}" } },
    });
    tierTemplateId = template.id;
  });

  it("prints the trait an update-profile step set earlier in the same step (the issue's example)", async () => {
    const { versionId } = await createLiveJourney(db, workspaceId, goldGraph(tierTemplateId));
    const silver = await createReachableProfile(db, workspaceId, "Silvia");
    await db.profile.update({ where: { id: silver.id }, data: { traits: { first_name: "Silvia", tier: "silver" } } });
    const blank = await createReachableProfile(db, workspaceId, "Blanche");
    const run = await liveRun(versionId);
    for (const profile of [silver, blank]) {
      const result = await enrollProfile(db, { run, profileId: profile.id, event: signedUp(now.toISOString()), now });
      expect(result).toMatchObject({ enrolled: true, state: "completed", sent: 1 });
      const enrollment = await db.enrollment.findFirstOrThrow({ where: { versionId, profileId: profile.id } });
      const branch = await db.stepLog.findFirstOrThrow({ where: { enrollmentId: enrollment.id, nodeId: "branch" } });
      expect(branch.handle).toBe("gold");
      const sent = await db.message.findFirstOrThrow({ where: { enrollmentId: enrollment.id } });
      expect(sent.content).toMatchObject({ rendered: { subject: "Tier is gold" } });
    }
  });

  it("gives two messages of one step with an update between them each their own moment", async () => {
    const graph: TJourneyGraph = {
      nodes: [trigger, setTier("first", "gold"), message("m1", tierTemplateId), setTier("second", "platinum"), message("m2", tierTemplateId), exit("done", "Done")],
      edges: [link("trigger", "next", "first"), link("first", "next", "m1"), ...sendLinks("m1", "second"), link("second", "next", "m2"), ...sendLinks("m2", "done")],
    };
    const { versionId } = await createLiveJourney(db, workspaceId, graph);
    const profile = await createReachableProfile(db, workspaceId);
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp(now.toISOString()), now });
    const messages = await db.message.findMany({ where: { profileId: profile.id } });
    const subjects = Object.fromEntries(messages.map((m) => [m.nodeId, (m.content as { rendered: { subject: string } }).rendered.subject]));
    expect(subjects).toEqual({ m1: "Tier is gold", m2: "Tier is platinum" });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).traits).toMatchObject({ tier: "platinum" });
  });

  it("sends to the address an update-profile step set when the address comes from the email trait", async () => {
    const graph: TJourneyGraph = {
      nodes: [trigger, step("move", "updateProfile", { assignments: [{ trait: "email", op: "set", value: "new@example.test" }] }), message("email", tierTemplateId), exit("done", "Done")],
      edges: [link("trigger", "next", "move"), link("move", "next", "email"), ...sendLinks("email", "done")],
    };
    const { versionId } = await createLiveJourney(db, workspaceId, graph);
    // No email identity: the address is the `email` trait, which the journey changes before sending.
    const profile = await db.profile.create({ data: { workspaceId, traits: { email: "old@example.test", tier: "bronze" }, consents: { create: [{ workspaceId, channel: "email", status: "subscribed", source: "test" }] } } });
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp(now.toISOString()), now });
    const sent = await db.message.findFirstOrThrow({ where: { profileId: profile.id } });
    expect(sent.recipient).toBe("new@example.test");
    expect(sent.content).toMatchObject({ rendered: { text: "Tier is bronze for new@example.test" } });
  });

  it("renders the preview (simulation) from the same state as the live runner", async () => {
    const { journeyId, versionId } = await createLiveJourney(db, workspaceId, goldGraph(tierTemplateId));
    const profile = await createReachableProfile(db, workspaceId, "Silvia");
    await db.profile.update({ where: { id: profile.id }, data: { traits: { tier: "silver" } } });
    const run = await liveRun(versionId);
    const contexts = await loadStepContexts(db, [{ enrollmentId: "preview", workspaceId, profileId: profile.id, journeyId, version: run.version }], now);
    const context = contexts.get("preview");
    if (!context) throw new Error("no context");
    const simulated = simulateJourney(run.version, context, [signedUp(now.toISOString())], { start: now, until: at("2026-03-03T10:00:00Z"), journeyName: run.journeyName });
    expect(simulated.messages).toHaveLength(1);
    const template = await db.template.findUniqueOrThrow({ where: { id: tierTemplateId } });
    const preview = await renderTemplate("email", template.content, { ...simulated.messages[0]!.variables, unsubscribeUrl: "" });

    await enrollProfile(db, { run, profileId: profile.id, event: signedUp(now.toISOString()), now });
    const live = await db.message.findFirstOrThrow({ where: { profileId: profile.id } });
    expect(preview.rendered).toMatchObject({ subject: "Tier is gold" });
    expect((live.content as { rendered: { subject: string; text: string } }).rendered).toMatchObject({ subject: (preview.rendered as { subject: string }).subject, text: (preview.rendered as { text: string }).text });
    expect(live.recipient).toBe(simulated.messages[0]!.send.recipient);
  });
});

describe("a message is rendered at the pass's moment", () => {
  it("prints Liquid's `now` as the runner's `now` (the test clock), not the machine's clock", async () => {
    const { workspace } = await createRunnerWorkspace(db);
    const template = await db.template.create({ data: { workspaceId: workspace.id, name: "Dated", channel: "sms", content: { body: 'Sent {{ "now" | date: "%Y-%m-%d %H:%M" }}' } } });
    const graph: TJourneyGraph = {
      nodes: [trigger, step("sms", "message", { channel: "sms", templateId: template.id, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false }), exit("done", "Done")],
      edges: [link("trigger", "next", "sms"), ...sendLinks("sms", "done")],
    };
    const { versionId } = await createLiveJourney(db, workspace.id, graph);
    const profile = await createReachableProfile(db, workspace.id);
    const pass = at("2031-05-06T07:08:00Z");
    await enrollProfile(db, { run: await liveRun(versionId), profileId: profile.id, event: signedUp(pass.toISOString()), now: pass });
    const message = await db.message.findFirstOrThrow({ where: { profileId: profile.id } });
    expect((message.content as { rendered: { body: string } }).rendered.body).toBe("Sent 2031-05-06 07:08");
  });
});
