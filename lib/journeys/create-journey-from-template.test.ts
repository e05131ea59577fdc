import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { DomainError } from "../errors";
import { getJourneyTemplate, journeyTemplates } from "../journey/templates";
import { createJourney } from "./create-journey";
import { createJourneyFromTemplate, firstFreeName } from "./create-journey-from-template";
import { publishJourney } from "./publish-journey";
import { validateJourneyDraft } from "./validate-journey-draft";

describe("createJourneyFromTemplate", () => {
  describe.each(journeyTemplates.map((t) => [t.id, t] as const))("%s", (templateId, template) => {
    it("creates a draft that validates with no errors against the rows it created, and publishes", async () => {
      const workspaceId = (await createTestWorkspace()).id;
      const journey = await createJourneyFromTemplate(workspaceId, null, { templateId });
      expect(journey).toMatchObject({ status: "draft", name: template.name, description: template.description, graphValid: true, nodeCount: template.graph.nodes.length });

      const templates = await db.template.findMany({ where: { workspaceId } });
      expect(templates.map((t) => [t.name, t.channel]).sort()).toEqual(template.messages.map((m) => [m.name, m.channel]).sort());
      expect(await db.segment.count({ where: { workspaceId } })).toBe(template.segments?.length ?? 0);
      const usedTemplateIds = journey.graph.nodes.flatMap((n) => (n.type === "message" ? [n.data.templateId] : []));
      for (const id of usedTemplateIds) expect(templates.map((t) => t.id)).toContain(id);

      const result = await validateJourneyDraft(workspaceId, journey.id);
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
      expect(result.hasErrors).toBe(false);
      expect((await publishJourney(workspaceId, journey.id, null)).version.version).toBe(1);
    });
  });

  it("names a second copy's message templates \"X (2)\" and reuses segments of the same name", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const winBack = getJourneyTemplate("win-back")!;
    const first = await createJourneyFromTemplate(workspaceId, null, { templateId: "win-back" });
    const second = await createJourneyFromTemplate(workspaceId, null, { templateId: "win-back", name: "Win-back, again" });
    expect(second.name).toBe("Win-back, again");

    const names = (await db.template.findMany({ where: { workspaceId }, select: { name: true } })).map((t) => t.name).sort();
    expect(names).toEqual(winBack.messages.flatMap((m) => [m.name, `${m.name} (2)`]).sort());
    expect(await db.segment.count({ where: { workspaceId } })).toBe(winBack.segments?.length ?? 0);

    const templateIdsOf = (graph: typeof first.graph) => graph.nodes.flatMap((n) => (n.type === "message" ? [n.data.templateId] : []));
    const shared = templateIdsOf(first.graph).filter((id) => templateIdsOf(second.graph).includes(id));
    expect(shared).toEqual([]);
    expect((await validateJourneyDraft(workspaceId, second.id)).hasErrors).toBe(false);
  });

  it("computes the members of the segments it creates, and restores an archived segment of the same name", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const lapsed = await db.profile.create({ data: { workspaceId } });
    await db.event.create({ data: { workspaceId, profileId: lapsed.id, messageId: "old-order", type: "track", name: "Order Completed", timestamp: new Date(Date.now() - 120 * 86_400_000) } });
    const finished = async () => {
      for (let i = 0; i < 200; i++) {
        const jobs = await db.backgroundJob.findMany({ where: { workspaceId, kind: "segmentRecompute" } });
        if (jobs.length > 0 && jobs.every((j) => j.status === "succeeded")) return jobs;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error("the recompute never finished");
    };
    await createJourneyFromTemplate(workspaceId, null, { templateId: "win-back" });
    expect(await finished()).toHaveLength(1);
    const segment = await db.segment.findFirstOrThrow({ where: { workspaceId, name: "Lapsed customers" } });
    expect(segment.memberCount).toBe(1);
    expect(await db.segmentMembership.count({ where: { segmentId: segment.id, profileId: lapsed.id, exitedAt: null } })).toBe(1);

    await db.segment.update({ where: { id: segment.id }, data: { archivedAt: new Date() } });
    await createJourneyFromTemplate(workspaceId, null, { templateId: "win-back" });
    expect(await db.segment.findUniqueOrThrow({ where: { id: segment.id } })).toMatchObject({ archivedAt: null });
    expect(await finished()).toHaveLength(2);
  });

  it("keeps counting past names already taken by hand", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const cascade = getJourneyTemplate("cascade")!;
    const name = cascade.messages[0]!.name;
    for (const taken of [name, `${name} (2)`]) await db.template.create({ data: { workspaceId, name: taken, channel: "email", content: {} } });
    await createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" });
    expect(await db.template.count({ where: { workspaceId, name: `${name} (3)` } })).toBe(1);
  });

  it("creates two copies at once without a name collision", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const copies = await Promise.all([1, 2, 3].map(() => createJourneyFromTemplate(workspaceId, null, { templateId: "cascade" })));
    expect(new Set(copies.map((c) => c.id)).size).toBe(3);
    expect(await db.template.count({ where: { workspaceId } })).toBe(3 * getJourneyTemplate("cascade")!.messages.length);
  });

  it("refuses an unknown template on `template` and writes nothing", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const error = await createJourneyFromTemplate(workspaceId, null, { templateId: "teleport" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: "invalid", path: "template", message: 'template: unknown template "teleport"; see GET /api/v1/templates/journeys' });
    expect(await db.journey.count({ where: { workspaceId } })).toBe(0);
    expect(await db.template.count({ where: { workspaceId } })).toBe(0);
  });

  it("is what createJourney does when given a template", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    const journey = await createJourney(workspaceId, null, { template: "onboarding" });
    expect(journey.name).toBe(getJourneyTemplate("onboarding")!.name);
    expect(journey.settings).toEqual(expect.objectContaining(getJourneyTemplate("onboarding")!.settings));
  });
});

describe("firstFreeName", () => {
  it("returns the name itself when free, else the first free numbered form", () => {
    expect(firstFreeName("Reminder", new Set())).toBe("Reminder");
    expect(firstFreeName("Reminder", new Set(["Reminder"]))).toBe("Reminder (2)");
    expect(firstFreeName("Reminder", new Set(["Reminder", "Reminder (2)", "Reminder (4)"]))).toBe("Reminder (3)");
  });
});
