import { db } from "../db/client";
import { conflict, notFound } from "../errors";
import { findTemplateUsage } from "./find-template-usage";

/**
 * Deletes a template no journey sends. While a journey's draft or live version references it the
 * delete is refused (409) naming those journeys, since their messages would have nothing to send.
 */
export async function deleteTemplate(workspaceId: string, id: string): Promise<{ id: string; deleted: true }> {
  const row = await db.template.findFirst({ where: { id, workspaceId }, select: { id: true, name: true } });
  if (!row) throw notFound(`template ${id}`);
  const journeys = (await findTemplateUsage(workspaceId)).get(id) ?? [];
  if (journeys.length > 0) {
    const names = journeys.map((j) => `"${j.name}"`).join(", ");
    throw conflict(`template "${row.name}" is used by ${journeys.length === 1 ? "journey" : `${journeys.length} journeys:`} ${names}; choose another template in ${journeys.length === 1 ? "it" : "them"} first`, { journeys });
  }
  await db.template.deleteMany({ where: { id, workspaceId } });
  return { id, deleted: true };
}
