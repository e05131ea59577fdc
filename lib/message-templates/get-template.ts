import { db } from "../db/client";
import { notFound } from "../errors";
import { findTemplateUsage } from "./find-template-usage";
import { toTemplateDetail } from "./template-dto";
import type { TTemplateDetail } from "./template-schemas";

/** One template of the workspace with the journeys that send it, or a notFound error. */
export async function getTemplate(workspaceId: string, id: string): Promise<TTemplateDetail> {
  const row = await db.template.findFirst({ where: { id, workspaceId } });
  if (!row) throw notFound(`template ${id}`);
  const usage = await findTemplateUsage(workspaceId);
  return toTemplateDetail(row, usage.get(id) ?? []);
}
