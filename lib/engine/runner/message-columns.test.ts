import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { dispatchOutbox } from "../../channels/dispatch-outbox";
import { readMessageMeta } from "../context/message-meta";
import { loadStepContexts } from "../context/load-step-contexts";
import { updateWorkspaceRules } from "../../workspace-settings/update-workspace-rules";
import { listMessages } from "../../messages/list-messages";
import { enrollProfile } from "./enroll-profile";
import { loadRunVersions } from "./load-run-versions";
import { at, createLiveJourney, createReachableProfile, createRunnerWorkspace, emailThenSmsGraph, signedUp } from "./testing/runner-fixtures";

describe("readMessageMeta", () => {
  it("prefers the columns and falls back to the JSON of rows written before them", () => {
    const legacy = { to: "old@example.test", rendered: { subject: "Hi" }, frequencyCapExempt: true, templateName: "Welcome" };
    expect(readMessageMeta(legacy)).toEqual(legacy);
    expect(readMessageMeta(legacy, { recipient: "new@example.test", frequencyCapExempt: false })).toEqual({ ...legacy, to: "new@example.test" });
    expect(readMessageMeta({ rendered: { subject: "Hi" }, templateName: null }, { recipient: null, frequencyCapExempt: true })).toEqual({
      to: null,
      rendered: { subject: "Hi" },
      frequencyCapExempt: true,
      templateName: null,
    });
  });
});

describe("Message columns written by the runner", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
  });

  it("stores the resolved address and the exemption as columns, and the outbox API reads them", async () => {
    const { journeyId, versionId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId), { frequencyCapExempt: true });
    const profile = await createReachableProfile(db, world.workspace.id, "Ada");
    const run = (await loadRunVersions(db, [versionId])).versions.get(versionId);
    if (!run) throw new Error("no run");
    await enrollProfile(db, { run, profileId: profile.id, event: signedUp("2026-03-02T10:00:00Z"), now: at("2026-03-02T10:00:00Z") });
    const email = await db.identity.findFirstOrThrow({ where: { profileId: profile.id, kind: "email" } });
    const row = await db.message.findFirstOrThrow({ where: { journeyId } });
    expect(row).toMatchObject({ recipient: email.value, frequencyCapExempt: true });
    // The address lives in its column; content keeps only what the customer sees (email headers included).
    expect(row.content).toEqual({
      rendered: {
        subject: "Hi Ada",
        html: "<p>Hi</p>",
        text: "Hi pro",
        headers: { "List-Unsubscribe": expect.stringMatching(/^<http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[\w-]+>$/), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      },
      templateName: "Welcome email",
    });
    const [listed] = await listMessages(world.workspace.id, { journeyId, limit: 10 });
    expect(listed).toMatchObject({ to: email.value, templateName: "Welcome email" });
  });

  it("counts only non-exempt sends against frequency caps (column, and the JSON of older rows)", async () => {
    await updateWorkspaceRules(db, world.workspace.id, { frequencyCaps: [{ id: "day", name: "max 2/day", max: 2, windowHours: 24, channels: null }], quietHours: {} });
    const profile = await createReachableProfile(db, world.workspace.id);
    const now = at("2026-03-02T10:00:00Z");
    const base = { workspaceId: world.workspace.id, profileId: profile.id, channel: "email", status: "sent", createdAt: at("2026-03-02T09:00:00Z") };
    await db.message.createMany({
      data: [
        { ...base, idempotencyKey: `${profile.id}:counted`, frequencyCapExempt: false },
        { ...base, idempotencyKey: `${profile.id}:exempt-column`, frequencyCapExempt: true },
        { ...base, idempotencyKey: `${profile.id}:exempt-legacy`, content: { to: "x@example.test", rendered: {}, frequencyCapExempt: true, templateName: null } },
      ],
    });
    const { versionId, journeyId } = await createLiveJourney(db, world.workspace.id, emailThenSmsGraph(world.emailTemplateId, world.smsTemplateId));
    const version = (await loadRunVersions(db, [versionId])).versions.get(versionId)?.version;
    if (!version) throw new Error("no version");
    const contexts = await loadStepContexts(db, [{ enrollmentId: "e1", workspaceId: world.workspace.id, profileId: profile.id, journeyId, version }], now);
    const counted = contexts.get("e1")?.messages.filter((m) => !m.exempt) ?? [];
    expect(counted).toHaveLength(1);
  });

  it("names the dispatcher in Message.leaseOwner while an attempt is in flight and clears it on record", async () => {
    const profile = await createReachableProfile(db, world.workspace.id);
    const message = await db.message.create({ data: { workspaceId: world.workspace.id, profileId: profile.id, channel: "email", recipient: "ada@example.test", idempotencyKey: `${profile.id}:lease`, content: { rendered: { subject: "Hi" } } } });
    const seen: { owner: string | null; to: string | null }[] = [];
    const summary = await dispatchOutbox(db, {
      now: new Date(),
      workerId: "worker-7",
      adapterFor: () => ({
        name: "probe",
        idempotent: true,
        async send(delivery) {
          const row = await db.message.findUniqueOrThrow({ where: { id: delivery.message.id } });
          seen.push({ owner: row.leaseOwner, to: delivery.to });
          return { status: "sent" };
        },
      }),
    });
    expect(summary.sent).toBeGreaterThanOrEqual(1);
    expect(seen.find((s) => s.to === "ada@example.test")).toEqual({ owner: "worker-7", to: "ada@example.test" });
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "sent", leaseOwner: null });
  });
});
