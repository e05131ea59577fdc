import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey, createTestWorkspace } from "@/lib/db/testing/factories";
import { createJourney } from "@/lib/journeys/create-journey";
import { POST as duplicate } from "./[id]/duplicate/route";
import { DELETE, GET as getOne, PUT } from "./[id]/route";
import { GET as listProfiles } from "./preview-profiles/route";
import { POST as preview } from "./preview/route";
import { GET as list, POST } from "./route";

const base = "http://localhost/api/v1/templates";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const noParams = ctx({} as Record<string, never>);

function req(url: string, key: string, init: { method?: string; body?: unknown } = {}) {
  return new Request(url, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** A draft journey whose one message node sends `templateId`. */
function graphSending(templateId: string) {
  return {
    nodes: [
      { id: "t", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "event", event: "Signed Up" }, reentry: "never" } },
      { id: "m", type: "message", position: { x: 0, y: 150 }, data: { channel: "sms", templateId, onSkip: "skip", respectQuietHours: true, frequencyCapExempt: false } },
      { id: "x", type: "exit", position: { x: 0, y: 300 }, data: { reason: "done" } },
    ],
    edges: [
      { id: "e1", source: "t", sourceHandle: "next", target: "m" },
      { id: "e2", source: "m", sourceHandle: "next", target: "x" },
    ],
  };
}

describe("templates API", () => {
  let workspaceId: string;
  let marketerKey: string;
  let analystKey: string;
  let otherKey: string;

  const create = async (body: unknown, key = marketerKey) => POST(req(base, key, { method: "POST", body }), noParams);
  const createOk = async (body: unknown) => {
    const response = await create(body);
    expect(response.status).toBe(201);
    return response.json();
  };

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    marketerKey = await createTestManagementKey(workspaceId, "marketer");
    analystKey = await createTestManagementKey(workspaceId, "analyst");
    otherKey = await createTestManagementKey((await createTestWorkspace("Other")).id, "admin");
  });

  it("creates a template with starter content, then reads it and lists it with its usage", async () => {
    const template = await createOk({ name: "Welcome SMS", channel: "sms" });
    expect(template).toMatchObject({ name: "Welcome SMS", channel: "sms", usedBy: 0, contentValid: true, journeys: [] });
    expect(template.content.body).toContain("{{ profile.traits.first_name");
    const read = await getOne(req(`${base}/${template.id}`, analystKey), ctx({ id: template.id }));
    expect(read.status).toBe(200);
    const listed = await (await list(req(base, analystKey), noParams)).json();
    expect(listed.templates).toContainEqual(expect.objectContaining({ id: template.id, usedBy: 0, snippet: expect.stringContaining("Hi") }));
  });

  it("filters the list by channel and by part of the name, ignoring case", async () => {
    await createOk({ name: "Filter · Receipt email", channel: "email" });
    await createOk({ name: "Filter · Receipt push", channel: "push" });
    const emails = await (await list(req(`${base}?channel=email&q=filter`, marketerKey), noParams)).json();
    expect(emails.templates.map((t: { name: string }) => t.name)).toEqual(["Filter · Receipt email"]);
    const byName = await (await list(req(`${base}?q=RECEIPT%20PUSH`, marketerKey), noParams)).json();
    expect(byName.templates.map((t: { name: string }) => t.name)).toEqual(["Filter · Receipt push"]);
    const bad = await list(req(`${base}?channel=fax`, marketerKey), noParams);
    expect(bad.status).toBe(400);
    expect((await bad.json()).path).toBe("query.channel");
  });

  it("refuses a second template with the same name in the workspace with 409 naming name", async () => {
    await createOk({ name: "Unique name", channel: "sms" });
    const again = await create({ name: "Unique name", channel: "email" });
    expect(again.status).toBe(409);
    const body = await again.json();
    expect(body.path).toBe("name");
    expect(body.error).toContain("Unique name");
    // Renaming onto a taken name is the same conflict.
    const other = await createOk({ name: "Another name", channel: "sms" });
    const rename = await PUT(req(`${base}/${other.id}`, marketerKey, { method: "PUT", body: { name: "Unique name" } }), ctx({ id: other.id }));
    expect(rename.status).toBe(409);
    expect((await db.template.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Another name");
  });

  it("answers content that breaks the channel schema with 400 at content.<field>", async () => {
    const response = await create({ name: "Bad email", channel: "email", content: { subject: "", preheader: "", html: "", text: "" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ path: "content.subject", error: "content.subject: must not be empty" });
    const webhook = await create({ name: "Bad hook", channel: "webhook", content: { url: "ftp://x", method: "POST", headers: {}, body: "" } });
    expect((await webhook.json()).path).toBe("content.url");
  });

  it("answers a Liquid syntax error with 400 naming field, line and column, and keeps the stored content", async () => {
    const template = await createOk({ name: "Syntax", channel: "sms", content: { body: "Hello {{ profile.traits.first_name }}" } });
    const response = await PUT(req(`${base}/${template.id}`, marketerKey, { method: "PUT", body: { content: { body: "Hello\nthere {{ profile.traits.first_name" } } }), ctx({ id: template.id }));
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error.path).toBe("content.body");
    expect(error.error).toMatch(/^content\.body: line 2, column 7: /);
    expect(error.errors).toEqual([expect.objectContaining({ field: "body", line: 2, column: 7 })]);
    expect((await db.template.findUniqueOrThrow({ where: { id: template.id } })).content).toEqual({ body: "Hello {{ profile.traits.first_name }}" });
  });

  it("saves new content and a new name, but never a new channel", async () => {
    const template = await createOk({ name: "Editable", channel: "push" });
    const saved = await PUT(req(`${base}/${template.id}`, marketerKey, { method: "PUT", body: { name: "Edited", content: { title: "Hi {{ profile.traits.first_name }}", body: "New", imageUrl: "https://cdn.example/x.png" } } }), ctx({ id: template.id }));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toMatchObject({ name: "Edited", content: { title: "Hi {{ profile.traits.first_name }}", body: "New", imageUrl: "https://cdn.example/x.png" } });
    const channel = await PUT(req(`${base}/${template.id}`, marketerKey, { method: "PUT", body: { channel: "sms" } }), ctx({ id: template.id }));
    expect(channel.status).toBe(400);
  });

  it("refuses a save made from an older copy with 409 (two tabs), and keeps the newer save", async () => {
    const template = await createOk({ name: "Two tabs", channel: "sms" });
    const put = (body: unknown) => PUT(req(`${base}/${template.id}`, marketerKey, { method: "PUT", body }), ctx({ id: template.id }));
    const first = await put({ content: { body: "From tab A" }, expectedUpdatedAt: template.updatedAt });
    expect(first.status).toBe(200);
    const saved = await first.json();
    const stale = await put({ content: { body: "From tab B" }, expectedUpdatedAt: template.updatedAt });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatch(/someone else saved this template/);
    const read = await (await getOne(req(`${base}/${template.id}`, analystKey), ctx({ id: template.id }))).json();
    expect(read.content.body).toBe("From tab A");
    const next = await put({ content: { body: "From tab A again" }, expectedUpdatedAt: saved.updatedAt });
    expect(next.status).toBe(200);
    expect((await put({ content: { body: "x" }, expectedUpdatedAt: "yesterday" })).status).toBe(400);
  });

  it("refuses to delete a template a journey draft sends with 409 naming the journey, and deletes it once unused", async () => {
    const template = await createOk({ name: "In use", channel: "sms" });
    const journey = await createJourney(workspaceId, null, { name: "Signup follow-up", graph: graphSending(template.id) });
    const listed = await (await list(req(`${base}?q=in%20use`, marketerKey), noParams)).json();
    expect(listed.templates[0]).toMatchObject({ id: template.id, usedBy: 1 });
    expect((await (await getOne(req(`${base}/${template.id}`, marketerKey), ctx({ id: template.id }))).json()).journeys).toEqual([{ id: journey.id, name: "Signup follow-up", status: "draft" }]);

    const refused = await DELETE(req(`${base}/${template.id}`, marketerKey, { method: "DELETE" }), ctx({ id: template.id }));
    expect(refused.status).toBe(409);
    const body = await refused.json();
    expect(body.error).toContain("\"Signup follow-up\"");
    expect(body.journeys).toEqual([expect.objectContaining({ id: journey.id })]);
    expect(await db.template.count({ where: { id: template.id } })).toBe(1);

    await db.journey.update({ where: { id: journey.id }, data: { draft: { nodes: [], edges: [] } } });
    const deleted = await DELETE(req(`${base}/${template.id}`, marketerKey, { method: "DELETE" }), ctx({ id: template.id }));
    expect(deleted.status).toBe(200);
    expect(await db.template.count({ where: { id: template.id } })).toBe(0);
  });

  it("refuses to delete a template the live version still sends, even when the draft no longer does", async () => {
    const template = await createOk({ name: "Live only", channel: "sms" });
    const journey = await createJourney(workspaceId, null, { name: "Published journey", graph: { nodes: [], edges: [] } });
    const version = await db.journeyVersion.create({ data: { workspaceId, journeyId: journey.id, version: 1, graph: graphSending(template.id) } });
    await db.journey.update({ where: { id: journey.id }, data: { status: "live", liveVersionId: version.id } });
    const refused = await DELETE(req(`${base}/${template.id}`, marketerKey, { method: "DELETE" }), ctx({ id: template.id }));
    expect(refused.status).toBe(409);
    expect((await refused.json()).error).toContain("Published journey");
  });

  it("duplicates under a free (copy) name with the same channel and content", async () => {
    const template = await createOk({ name: "Original", channel: "email" });
    const first = await (await duplicate(req(`${base}/${template.id}/duplicate`, marketerKey, { method: "POST" }), ctx({ id: template.id }))).json();
    const second = await (await duplicate(req(`${base}/${first.id}/duplicate`, marketerKey, { method: "POST" }), ctx({ id: first.id }))).json();
    expect([first.name, second.name]).toEqual(["Original (copy)", "Original (copy 2)"]);
    expect(second).toMatchObject({ channel: "email", content: template.content });
  });

  it("gives analysts 403 on every write and changes nothing", async () => {
    const template = await createOk({ name: "Guarded", channel: "sms" });
    expect((await create({ name: "Nope", channel: "sms" }, analystKey)).status).toBe(403);
    expect((await PUT(req(`${base}/${template.id}`, analystKey, { method: "PUT", body: { name: "Hijacked" } }), ctx({ id: template.id }))).status).toBe(403);
    expect((await DELETE(req(`${base}/${template.id}`, analystKey, { method: "DELETE" }), ctx({ id: template.id }))).status).toBe(403);
    expect((await duplicate(req(`${base}/${template.id}/duplicate`, analystKey, { method: "POST" }), ctx({ id: template.id }))).status).toBe(403);
    expect((await db.template.findUniqueOrThrow({ where: { id: template.id } })).name).toBe("Guarded");
    expect(await db.template.count({ where: { workspaceId, name: { startsWith: "Guarded (copy" } } })).toBe(0);
  });

  it("keeps workspaces apart: another workspace sees 404 and does not list the template", async () => {
    const template = await createOk({ name: "Private", channel: "sms" });
    expect((await getOne(req(`${base}/${template.id}`, otherKey), ctx({ id: template.id }))).status).toBe(404);
    expect((await PUT(req(`${base}/${template.id}`, otherKey, { method: "PUT", body: { name: "Taken over" } }), ctx({ id: template.id }))).status).toBe(404);
    expect((await DELETE(req(`${base}/${template.id}`, otherKey, { method: "DELETE" }), ctx({ id: template.id }))).status).toBe(404);
    const listed = await (await list(req(base, otherKey), noParams)).json();
    expect(listed.templates.map((t: { id: string }) => t.id)).not.toContain(template.id);
    // The same name is free in another workspace.
    expect((await POST(req(base, otherKey, { method: "POST", body: { name: "Private", channel: "sms" } }), noParams)).status).toBe(201);
  });

  describe("preview", () => {
    let profileId: string;

    beforeAll(async () => {
      const profile = await db.profile.create({ data: { workspaceId, traits: { first_name: "Ines", last_name: "Moreau" }, timezone: "Europe/Paris", lastSeenAt: new Date("2026-11-01T10:00:00Z") } });
      profileId = profile.id;
      await db.identity.createMany({ data: [{ workspaceId, profileId, kind: "email", value: "ines.moreau@example.com" }, { workspaceId, profileId, kind: "userId", value: "u_ines" }, { workspaceId, profileId, kind: "phone", value: "+33612345678" }] });
      await db.event.create({ data: { workspaceId, profileId, messageId: `m-${profileId}`, type: "track", name: "Cart Abandoned", properties: { cart_url: "https://shop.example/c/1" }, timestamp: new Date("2026-11-01T09:00:00Z") } });
    });

    const previewReq = (body: unknown, key = marketerKey) => preview(req(`${base}/preview`, key, { method: "POST", body }), noParams);

    it("renders unsaved content for a chosen profile, with SMS segments, and analysts may preview", async () => {
      const response = await previewReq({ channel: "sms", content: { body: "Hi {{ profile.traits.first_name }}, {{ event.properties.cart_url }} {{ unsubscribe_url }}" }, profileId }, analystKey);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.rendered.body).toBe("Hi Ines, https://shop.example/c/1 http://localhost/p/preview");
      expect(body.profile).toEqual({ id: profileId, label: "Ines Moreau", sample: false });
      expect(body.event).toEqual({ name: "Cart Abandoned", timestamp: "2026-11-01T09:00:00.000Z" });
      expect(body.sms).toMatchObject({ encoding: "GSM-7", segments: 1 });
      expect(body.variables).toEqual(expect.arrayContaining(["profile.traits.first_name", "event.properties.cart_url"]));
    });

    it("returns Liquid errors with their position instead of failing", async () => {
      const response = await previewReq({ channel: "email", content: { subject: "ok", html: "<p>\n{% if %}</p>" }, profileId });
      expect(response.status).toBe(200);
      expect((await response.json()).errors).toEqual([expect.objectContaining({ field: "html", line: 2, column: 6 })]);
    });

    it("uses the most recently seen profile when none is named, and 404s a profile of another workspace", async () => {
      const latest = await db.profile.create({ data: { workspaceId, traits: { first_name: "Zoe" }, lastSeenAt: new Date("2026-11-20T10:00:00Z") } });
      const body = await (await previewReq({ channel: "push", content: { title: "{{ profile.traits.first_name }}", body: "x" } })).json();
      expect(body).toMatchObject({ rendered: { title: "Zoe" }, profile: { id: latest.id, sample: false }, event: null });
      const foreign = await preview(req(`${base}/preview`, otherKey, { method: "POST", body: { channel: "sms", content: { body: "x" }, profileId } }), noParams);
      expect(foreign.status).toBe(404);
    });

    it("falls back to a clearly labelled sample profile in a workspace without customers", async () => {
      const emptyKey = await createTestManagementKey((await createTestWorkspace("Empty")).id, "marketer");
      const body = await (await preview(req(`${base}/preview`, emptyKey, { method: "POST", body: { channel: "sms", content: { body: "Hi {{ profile.traits.first_name }}" } } }), noParams)).json();
      expect(body.profile).toMatchObject({ id: "sample", sample: true, label: expect.stringMatching(/^Sample profile/) });
      expect(body.rendered.body).toBe("Hi Alex");
    });

    it("names the field of malformed preview input", async () => {
      const response = await previewReq({ channel: "sms", content: { body: 42 } });
      expect(response.status).toBe(400);
      expect((await response.json()).path).toMatch(/^content\.body/);
      const tooMany = await previewReq({ channel: "sms", content: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`f${i}`, "x"])) });
      expect(tooMany.status).toBe(400);
      expect((await tooMany.json()).error).toContain("at most 20 fields");
    });

    it("finds profiles for the picker by email, phone, user id or name", async () => {
      const search = async (q: string) => (await (await listProfiles(req(`${base}/preview-profiles?q=${encodeURIComponent(q)}`, analystKey), noParams)).json()).profiles;
      expect(await search("INES.MOREAU@")).toEqual([{ id: profileId, label: "Ines Moreau", detail: "ines.moreau@example.com · u_ines", lastSeenAt: "2026-11-01T10:00:00.000Z" }]);
      expect((await search("u_ines")).map((p: { id: string }) => p.id)).toEqual([profileId]);
      expect((await search("ines mor")).map((p: { id: string }) => p.id)).toEqual([profileId]);
      expect((await search("612345")).map((p: { id: string }) => p.id)).toEqual([profileId]);
      expect(await search("nobody-like-this")).toEqual([]);
      expect(await search("%")).toEqual([]);
      const recent = await search("");
      expect(recent.length).toBeGreaterThanOrEqual(2);
      expect(recent[0].label).toBe("Zoe");
      const foreign = (await (await listProfiles(req(`${base}/preview-profiles?q=ines`, otherKey), noParams)).json()).profiles;
      expect(foreign).toEqual([]);
    });
  });
});
