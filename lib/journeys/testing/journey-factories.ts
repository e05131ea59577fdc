import { randomUUID } from "node:crypto";
import { db } from "../../db/client";
import type { TJourneyGraph } from "../../journey/graph";
import { exit, link, send, sendLinks, step } from "../../journey/testing/fixtures";
import { createJourney } from "../create-journey";
import type { TJourneyDetail } from "../journey-dto";

/** An email template row of the workspace, as a message step needs one. Test data only. */
export async function createTestEmailTemplate(workspaceId: string, name = `Welcome ${randomUUID().slice(0, 8)}`) {
  return db.template.create({ data: { workspaceId, name, channel: "email", content: { subject: "Hi", html: "<p>Hi</p>", text: "Hi" } } });
}

/** trigger → email (using `templateId`) → exit: the smallest journey that publishes. */
export function publishableGraph(templateId: string): TJourneyGraph {
  const email = send("email", "email", "unused");
  return {
    nodes: [step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "never" }), { ...email, data: { ...email.data, templateId } }, exit("done", "Done")],
    edges: [link("trigger", "next", "email"), ...sendLinks("email", "done")],
  };
}

/** A draft journey that passes validation in its workspace, with the template row it sends. */
export async function createPublishableJourney(workspaceId: string, ownerId: string | null = null, name = "Welcome series"): Promise<{ journey: TJourneyDetail; templateId: string; graph: TJourneyGraph }> {
  const template = await createTestEmailTemplate(workspaceId);
  const graph = publishableGraph(template.id);
  const journey = await createJourney(workspaceId, ownerId, { name, graph });
  return { journey, templateId: template.id, graph };
}
