import { db } from "../db/client";
import type { TChannel } from "../journey/channels";
import { findTemplateUsage } from "./find-template-usage";
import { toTemplateSummary } from "./template-dto";
import type { TTemplateSummary } from "./template-schemas";

export interface TListTemplatesOptions {
  channel?: TChannel;
  /** case-insensitive part of the name */
  q?: string;
}

/**
 * Templates of a workspace, most recently updated first, each with how many journeys send it.
 * The name search runs in memory: a workspace holds hundreds of templates, not millions, and
 * this way it ignores case the same on SQLite and PostgreSQL, accents and all.
 */
export async function listTemplates(workspaceId: string, options: TListTemplatesOptions = {}): Promise<TTemplateSummary[]> {
  const [rows, usage] = await Promise.all([
    db.template.findMany({
      where: { workspaceId, ...(options.channel && { channel: options.channel }) },
      orderBy: [{ updatedAt: "desc" }, { name: "asc" }],
    }),
    findTemplateUsage(workspaceId),
  ]);
  const needle = options.q?.trim().toLocaleLowerCase() ?? "";
  return rows.filter((row) => !needle || row.name.toLocaleLowerCase().includes(needle)).map((row) => toTemplateSummary(row, usage.get(row.id) ?? []));
}
