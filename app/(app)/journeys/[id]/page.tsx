import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyEditor } from "@/components/journey-editor/journey-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { getJourney } from "@/lib/journeys/get-journey";

export const metadata: Metadata = { title: "Journey editor" };

export default async function JourneyEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const journey = await getJourney(member.current.workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  const readOnly = !can(member.current.role, "journeys:write") || journey.status === "archived";
  return (
    <div className="h-full">
      <JourneyEditor key={journey.revision} journey={{ id: journey.id, name: journey.name, status: journey.status, revision: journey.revision, graph: journey.graph }} readOnly={readOnly} />
    </div>
  );
}
