import { db } from "../db/client";
import { conflict, notFound } from "../errors";
import { findTemplateUsage } from "./find-template-usage";
import type { TTemplateJourneyRef } from "./template-schemas";

/** `"Onboarding"`, or `"Onboarding" (version 1 still has 3 running enrollments)`. */
function describeUse(journey: TTemplateJourneyRef): string {
  const running = (journey.runningVersions ?? []).map((v) => `version ${v.version} still has ${v.enrollments} running ${v.enrollments === 1 ? "enrollment" : "enrollments"}`);
  return running.length === 0 ? `"${journey.name}"` : `"${journey.name}" (${running.join(", ")})`;
}

/**
 * Deletes a template no journey sends. While a journey's draft or live version references it, or
 * an older version that still has active or waiting enrollments does, the delete is refused
 * (409) naming those journeys, versions and enrollment counts, since their messages would have
 * nothing to send.
 */
export async function deleteTemplate(workspaceId: string, id: string): Promise<{ id: string; deleted: true }> {
  const row = await db.template.findFirst({ where: { id, workspaceId }, select: { id: true, name: true } });
  if (!row) throw notFound(`template ${id}`);
  const journeys = (await findTemplateUsage(workspaceId)).get(id) ?? [];
  if (journeys.length > 0) {
    const names = journeys.map(describeUse).join(", ");
    const waiting = journeys.some((j) => j.runningVersions) ? ", or wait for the enrollments of older versions to finish" : "";
    throw conflict(`template "${row.name}" is used by ${journeys.length === 1 ? "journey" : `${journeys.length} journeys:`} ${names}; choose another template in ${journeys.length === 1 ? "it" : "them"} first${waiting}`, { journeys });
  }
  await db.template.deleteMany({ where: { id, workspaceId } });
  return { id, deleted: true };
}
