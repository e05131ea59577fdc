import type { TJourneyGraph } from "@/lib/journey/graph";

export type TSaveResult = { ok: true; revision: number } | { ok: false; status: number; error: string };

/** PUT the draft through the public API, naming the revision it was based on. */
export async function saveJourneyDraft(journeyId: string, graph: TJourneyGraph, revision: number): Promise<TSaveResult> {
  try {
    const response = await fetch(`/api/v1/journeys/${journeyId}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ graph, revision }),
    });
    const body = (await response.json().catch(() => ({}))) as { revision?: number; error?: string };
    if (response.ok && typeof body.revision === "number") return { ok: true, revision: body.revision };
    return { ok: false, status: response.status, error: body.error ?? `save failed (${response.status})` };
  } catch {
    return { ok: false, status: 0, error: "could not reach the server; your changes are still here, try again" };
  }
}
