import { startSegmentRecompute } from "../segments/start-segment-recompute";
import type { Prisma } from "../db/generated/sqlite/client";
import { db } from "../db/client";
import { asJson } from "../db/json";
import { invalid } from "../errors";
import { getJourneyTemplate, instantiateTemplate, type TJourneyTemplate } from "../journey/templates";
import { JOURNEY_INCLUDE, toJourneyDetail, type TJourneyDetail } from "./journey-dto";
import { requireValidGraph } from "./require-valid-graph";
import { requireValidSettings } from "./require-valid-settings";
import { retryOnUniqueViolation } from "./retry-on-unique-violation";

export interface TCreateFromTemplateOptions {
  templateId: string;
  /** defaults to the template's name */
  name?: string;
  /** defaults to the template's description */
  description?: string;
}

type TTx = Prisma.TransactionClient;

/**
 * A draft journey built from a gallery template, with everything it needs, in one transaction:
 * the template's message templates (named uniquely in the workspace: "X", else "X (2)", "X (3)" …,
 * so a second copy never overwrites or collides with the first), its segments (an existing segment
 * of the same name is reused, since segments are shared audiences), then the journey whose graph
 * points at those rows. Either all of it exists afterwards or none of it.
 */
export async function createJourneyFromTemplate(workspaceId: string, ownerId: string | null, options: TCreateFromTemplateOptions): Promise<TJourneyDetail> {
  const template = getJourneyTemplate(options.templateId);
  if (!template) throw invalid("template", `unknown template "${options.templateId}"; see GET /api/v1/templates/journeys`);
  const settings = requireValidSettings(template.settings);
  // A concurrent copy may claim the same "X (2)" between our read and our insert; try again then.
  const createdSegments: string[] = [];
  const journey = await retryOnUniqueViolation(() =>
    db.$transaction(async (tx) => {
      createdSegments.length = 0;
      const templateIdByKey = await createMessageTemplates(tx, workspaceId, template);
      const segmentIdByKey = await findOrCreateSegments(tx, workspaceId, template, createdSegments);
      const graph = requireValidGraph(instantiateTemplate(template, templateIdByKey, segmentIdByKey));
      const row = await tx.journey.create({
        data: {
          workspaceId,
          ownerId,
          name: options.name ?? template.name,
          description: options.description ?? template.description,
          draft: asJson(graph),
          settings: asJson(settings),
          status: "draft",
        },
        include: JOURNEY_INCLUDE,
      });
      return toJourneyDetail(row);
    }),
  );
  // New (or restored) segments get their members computed, as a segment created by hand does.
  for (const segmentId of createdSegments) await startSegmentRecompute(db, workspaceId, segmentId);
  return journey;
}

/** The first of `name`, `name (2)`, `name (3)` … not in `taken`. */
export function firstFreeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function createMessageTemplates(tx: TTx, workspaceId: string, template: TJourneyTemplate): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const claimed = new Set<string>();
  for (const message of template.messages) {
    const existing = await tx.template.findMany({ where: { workspaceId, name: { startsWith: message.name } }, select: { name: true } });
    const name = firstFreeName(message.name, new Set([...existing.map((t) => t.name), ...claimed]));
    claimed.add(name);
    const row = await tx.template.create({ data: { workspaceId, name, channel: message.channel, content: asJson(message.content) }, select: { id: true } });
    ids[message.key] = row.id;
  }
  return ids;
}

/** Segment ids by template key; ids of segments created or restored from the archive go into `created`. */
async function findOrCreateSegments(tx: TTx, workspaceId: string, template: TJourneyTemplate, created: string[]): Promise<Record<string, string>> {
  const wanted = template.segments ?? [];
  if (wanted.length === 0) return {};
  const existing = await tx.segment.findMany({ where: { workspaceId, name: { in: wanted.map((s) => s.name) } }, select: { id: true, name: true, archivedAt: true } });
  const idByName = new Map(existing.map((s) => [s.name, s.id]));
  const archived = new Set(existing.filter((s) => s.archivedAt).map((s) => s.id));
  const ids: Record<string, string> = {};
  for (const segment of wanted) {
    let id = idByName.get(segment.name);
    if (id === undefined) {
      id = (await tx.segment.create({ data: { workspaceId, name: segment.name, description: segment.description, definition: asJson(segment.definition) }, select: { id: true } })).id;
      idByName.set(segment.name, id);
      created.push(id);
    } else if (archived.has(id)) {
      // The name is taken by an archived segment (names are unique): bring it back rather than fail.
      await tx.segment.update({ where: { id }, data: { archivedAt: null } });
      archived.delete(id);
      created.push(id);
    }
    ids[segment.key] = id;
  }
  return ids;
}
