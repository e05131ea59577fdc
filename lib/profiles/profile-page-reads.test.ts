import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteProfile } from "./delete-profile";
import { getConsentPolicies } from "./get-consent-policies";
import { getProfile } from "./get-profile";
import { listProfileDeletions } from "./list-profile-deletions";
import { listProfileJourneys } from "./list-profile-journeys";
import { listProfileMessages } from "./list-profile-messages";
import { listProfileSegments } from "./list-profile-segments";
import { createHistoryWorkspace, createProfileWithHistory } from "./testing/profile-with-history";

describe("profile page reads", () => {
  let ws: Awaited<ReturnType<typeof createHistoryWorkspace>>;
  let ada: Awaited<ReturnType<typeof createProfileWithHistory>>;

  beforeAll(async () => {
    ws = await createHistoryWorkspace();
    ada = await createProfileWithHistory(ws, "Ada");
  });

  it("shows when each trait was last set", async () => {
    const profile = await getProfile(ws.workspaceId, ada.profileId);
    expect(Object.keys(profile.traitTimestamps)).toEqual(expect.arrayContaining(["email", "first_name", "plan"]));
    expect(Number.isNaN(Date.parse(profile.traitTimestamps.plan ?? ""))).toBe(false);
  });

  it("lists the profile's journeys with the current node by name and the step log with reasons", async () => {
    const [journey, ...rest] = await listProfileJourneys(ws.workspaceId, ada.profileId);
    expect(rest).toEqual([]);
    expect(journey).toMatchObject({ journeyId: ws.journey.journeyId, version: 1, state: "waiting", currentNodeId: "wait-1d", currentNodeLabel: "Wait 1 day" });
    expect(journey?.steps.map((s) => `${s.nodeId}:${s.action}`)).toEqual(["trigger:entered", "email:sent", "wait-1d:waiting"]);
    expect(journey?.steps.find((s) => s.nodeId === "email")?.nodeLabel).toMatch(/^Message · /);
    expect(journey?.steps.every((s) => s.reason.length > 0)).toBe(true);
  });

  it("pages the profile's messages newest first, with engagement", async () => {
    const extra = await db.message.findFirstOrThrow({ where: { profileId: ada.profileId } });
    await db.message.create({ data: { workspaceId: ws.workspaceId, profileId: ada.profileId, channel: "sms", idempotencyKey: `${extra.id}:later`, status: "pending", content: { to: "+447911123456", rendered: { body: "Later" } }, createdAt: new Date(extra.createdAt.getTime() + 1000) } });
    const first = await listProfileMessages(ws.workspaceId, ada.profileId, { limit: 1 });
    expect(first.messages.map((m) => [m.channel, m.content, m.nodeLabel])).toEqual([["sms", { body: "Later" }, null]]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await listProfileMessages(ws.workspaceId, ada.profileId, { limit: 1, cursor: first.nextCursor ?? "" });
    expect(second.messages).toEqual([expect.objectContaining({ channel: "email", journeyName: expect.any(String), nodeId: "email", nodeLabel: expect.stringMatching(/^Message · /), engagement: expect.objectContaining({ opened: expect.any(String), clicked: null }) })]);
    expect(second.nextCursor).toBeNull();
    await expect(listProfileMessages(ws.workspaceId, "nope")).rejects.toMatchObject({ kind: "notFound" });
  });

  it("lists the segments the profile is in now", async () => {
    expect((await listProfileSegments(ws.workspaceId, ada.profileId)).map((s) => s.segmentId)).toEqual([ws.segmentId]);
  });

  it("states the consent model per channel: the workspace's, else opt-in for SMS and push", async () => {
    await db.workspaceSettings.update({ where: { workspaceId: ws.workspaceId }, data: { consentPolicy: { email: "optIn" } } });
    const policies = await getConsentPolicies(ws.workspaceId);
    expect(policies).toMatchObject({ email: "optIn", sms: "optIn", push: "optIn", inApp: "optOut", webhook: "optOut" });
  });

  it("lists deletions with who did them by name, never another workspace's", async () => {
    const member = await db.user.create({ data: { email: `mia-${ada.tag}@example.test`, name: "Mia Marketer", passwordHash: "x", memberships: { create: { workspaceId: ws.workspaceId, role: "marketer" } } } });
    const bob = await createProfileWithHistory(ws, "Bob");
    await deleteProfile(ws.workspaceId, bob.profileId, `user:${member.id}`);
    const other = await createHistoryWorkspace();
    const { total, deletions } = await listProfileDeletions(ws.workspaceId);
    expect(total).toBe(1);
    expect(deletions).toEqual([expect.objectContaining({ profileId: bob.profileId, deletedByName: "Mia Marketer", counts: expect.objectContaining({ messages: 1, identities: 3 }) })]);
    expect((await listProfileDeletions(other.workspaceId)).total).toBe(0);
  });
});
