import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyTests } from "@/components/journey-tests/journey-tests";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { getJourney } from "@/lib/journeys/get-journey";
import { readStoredGraph } from "@/lib/journeys/read-stored-graph";

export const metadata: Metadata = { title: "Test cases" };

/** The journey's saved preview cases; every role sees and runs them, writers may delete. */
export default async function JourneyTestsPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const journey = await getJourney(member.current.workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  return (
    <div className="h-full">
      <JourneyTests journey={{ id: journey.id, name: journey.name, status: journey.status }} graph={readStoredGraph(journey.graph)} canWrite={can(member.current.role, "journeys:write")} />
    </div>
  );
}
