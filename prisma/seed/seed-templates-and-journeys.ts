import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/db/generated/sqlite/client";
import { ZCondition } from "../../lib/journey/conditions";
import { parseGraph } from "../../lib/journey/parse-graph";
import { parseJourneySettings } from "../../lib/journey/settings";
import { getJourneyTemplate, instantiateTemplate, type TJourneyTemplate } from "../../lib/journey/templates";
import { claimUniqueName } from "./claim-unique-name";
import type { TSeedDb } from "./seed-db";

/** Which gallery templates the demo shop runs, under the names its marketers gave them. */
export const DEMO_JOURNEYS = [
  { templateId: "cascade", name: "Cart recovery cascade" },
  { templateId: "onboarding", name: "New customer onboarding" },
  { templateId: "win-back", name: "Win-back lapsed buyers" },
] as const;

export interface TSeedJourneysOptions {
  workspaceId: string;
  ownerId: string;
  now: Date;
  /** segment names already used in the workspace */
  segmentNames: readonly string[];
}

export interface TSeededJourneys {
  templates: number;
  segments: number;
  journeys: number;
}

type TRows = {
  templates: Prisma.TemplateCreateManyInput[];
  segments: Prisma.SegmentCreateManyInput[];
  usedTemplateNames: Set<string>;
  usedSegmentNames: Set<string>;
};

/**
 * Creates the message templates (and segments) every demo journey needs, then the journeys as
 * drafts owned by `ownerId`, built from the gallery templates with those ids filled in. Graphs and
 * settings go through `parseGraph` and `parseJourneySettings`, as a save from the editor would.
 */
export async function seedTemplatesAndJourneys(tx: TSeedDb, options: TSeedJourneysOptions): Promise<TSeededJourneys> {
  const { workspaceId, ownerId, now } = options;
  const rows: TRows = { templates: [], segments: [], usedTemplateNames: new Set(), usedSegmentNames: new Set(options.segmentNames) };
  const journeys = DEMO_JOURNEYS.map(({ templateId, name }): Prisma.JourneyCreateManyInput => {
    const template = getJourneyTemplate(templateId);
    if (!template) throw new Error(`journey template "${templateId}" is missing from lib/journey/templates`);
    const { templateIds, segmentIds } = addTemplateRows(rows, template, { workspaceId, now, journeyName: name });
    const graph = parseGraph(instantiateTemplate(template, templateIds, segmentIds));
    if (!graph.ok) throw new Error(`journey template "${templateId}" gives an invalid graph at ${graph.path || "graph"}: ${graph.message}`);
    const settings = parseJourneySettings(template.settings);
    if (!settings.ok) throw new Error(`journey template "${templateId}" has invalid settings at ${settings.path}: ${settings.message}`);
    return { id: randomUUID(), workspaceId, name, description: template.description, status: "draft", draft: graph.graph, settings: settings.settings, ownerId, createdAt: now, updatedAt: now };
  });
  const templates = await tx.template.createMany({ data: rows.templates });
  const segments = await tx.segment.createMany({ data: rows.segments });
  const created = await tx.journey.createMany({ data: journeys });
  return { templates: templates.count, segments: segments.count, journeys: created.count };
}

function addTemplateRows(rows: TRows, template: TJourneyTemplate, at: { workspaceId: string; now: Date; journeyName: string }) {
  const { workspaceId, now, journeyName } = at;
  const templateIds: Record<string, string> = {};
  for (const message of template.messages) {
    const id = randomUUID();
    templateIds[message.key] = id;
    const name = claimUniqueName(message.name, rows.usedTemplateNames, journeyName);
    rows.templates.push({ id, workspaceId, name, channel: message.channel, content: message.content, createdAt: now, updatedAt: now });
  }
  const segmentIds: Record<string, string> = {};
  for (const segment of template.segments ?? []) {
    const id = randomUUID();
    segmentIds[segment.key] = id;
    const name = claimUniqueName(segment.name, rows.usedSegmentNames, journeyName);
    rows.segments.push({ id, workspaceId, name, description: segment.description, definition: ZCondition.parse(segment.definition), createdAt: now, updatedAt: now });
  }
  return { templateIds, segmentIds };
}
