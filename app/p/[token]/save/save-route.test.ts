import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createReachableProfile, createRunnerWorkspace } from "@/lib/engine/runner/testing/runner-fixtures";
import { loadPreferenceCentre } from "@/lib/preferences/load-preference-centre";
import { signPreferenceToken } from "@/lib/preferences/sign-preference-token";
import { POST } from "./route";

const submit = (token: string, fields: Record<string, string>) =>
  POST(new Request(`http://localhost/p/${token}/save`, { method: "POST", body: new URLSearchParams(fields) }), { params: Promise.resolve({ token }) });

describe("preference centre form", () => {
  let world: Awaited<ReturnType<typeof createRunnerWorkspace>>;
  let profileId: string;
  let token: string;
  let offers: string;
  let news: string;
  beforeEach(async () => {
    world = await createRunnerWorkspace(db);
    await db.workspaceSettings.create({ data: { workspaceId: world.workspace.id, consentPolicy: { email: "optOut", sms: "optIn", push: "optIn" }, preferenceCentre: { companyName: "Acme", accentColor: "#0f766e", footer: "Acme Ltd" } } });
    offers = (await db.topic.create({ data: { workspaceId: world.workspace.id, name: "Offers", description: "Deals" } })).id;
    news = (await db.topic.create({ data: { workspaceId: world.workspace.id, name: "Product news", defaultSubscribed: false } })).id;
    await db.topic.create({ data: { workspaceId: world.workspace.id, name: "Old list", archivedAt: new Date() } });
    profileId = (await createReachableProfile(db, world.workspace.id, "Jane")).id;
    token = signPreferenceToken({ workspaceId: world.workspace.id, profileId });
  });

  it("shows the masked email, the channels in use, active topics and the branding", async () => {
    const centre = await loadPreferenceCentre(token);
    expect(centre?.maskedEmail).toMatch(/^j\*\*\*@example\.test$/);
    expect(centre?.branding).toMatchObject({ companyName: "Acme", accentColor: "#0f766e", footer: "Acme Ltd" });
    expect(centre?.channels.map((c) => `${c.channel}:${c.subscribed}`)).toEqual(["email:true", "sms:true", "push:false"]);
    expect(centre?.topics.map((t) => `${t.name}:${t.subscribed}`)).toEqual(["Offers:true", "Product news:false"]);
  });

  it("saves only what changed, with source preferenceCentre, and redirects back with a notice", async () => {
    const response = await submit(token, { "channel.email": "on", [`topic.${news}`]: "on", intent: "save" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/p/${token}?saved=1`);
    const consent = await db.consent.findMany({ where: { profileId }, orderBy: { channel: "asc" } });
    expect(consent.map((c) => `${c.channel}:${c.status}:${c.source}`)).toEqual(["email:subscribed:test", "sms:unsubscribed:preferenceCentre"]);
    const topics = await db.topicPreference.findMany({ where: { profileId } });
    expect(topics.map((t) => `${t.topicId === offers ? "offers" : "news"}:${t.status}`).sort()).toEqual(["news:subscribed", "offers:unsubscribed"]);
    // push stayed unticked and was never asked: no new "no" recorded
    expect(consent.find((c) => c.channel === "push")).toBeUndefined();
  });

  it("unsubscribes from every channel and topic shown", async () => {
    const response = await submit(token, { "channel.email": "on", intent: "unsubscribeAll" });
    expect(response.headers.get("location")).toBe(`/p/${token}?saved=all`);
    const consent = await db.consent.findMany({ where: { profileId } });
    expect(consent.map((c) => `${c.channel}:${c.status}`).sort()).toEqual(["email:unsubscribed", "push:unsubscribed", "sms:unsubscribed"]);
    expect((await db.topicPreference.findMany({ where: { profileId } })).map((t) => t.status)).toEqual(["unsubscribed", "unsubscribed"]);
    const centre = await loadPreferenceCentre(token);
    expect([...(centre?.channels ?? []), ...(centre?.topics ?? [])].every((c) => !c.subscribed)).toBe(true);
  });

  it("sends a tampered token back to the page (which shows not-valid) and writes nothing", async () => {
    const tampered = token.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    expect(await loadPreferenceCentre(tampered)).toBeNull();
    const response = await submit(tampered, { intent: "unsubscribeAll" });
    expect(response.headers.get("location")).toBe(`/p/${tampered}`);
    expect(await db.consent.count({ where: { profileId, source: "preferenceCentre" } })).toBe(0);
  });

  it("follows a merged-away profile to the survivor", async () => {
    const survivor = await createReachableProfile(db, world.workspace.id, "Joan");
    await db.profileMerge.create({ data: { workspaceId: world.workspace.id, survivorId: survivor.id, mergedId: profileId } });
    await db.profile.delete({ where: { id: profileId } });
    await submit(token, { intent: "unsubscribeAll" });
    expect(await db.consent.findFirst({ where: { profileId: survivor.id, channel: "email" } })).toMatchObject({ status: "unsubscribed" });
  });
});
