import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyPreview } from "@/components/journey-preview/journey-preview";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { loadPreviewContext } from "@/lib/journeys-editor/load-preview-context";

export const metadata: Metadata = { title: "Path preview" };

/** One customer's path through the journey, on a virtual clock. Every role may preview (it writes nothing). */
export default async function JourneyPreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ case?: string | string[] }> }) {
  const member = await requireMember();
  const { id } = await params;
  // ?case=<id> opens a saved test case (from the Tests tab) as it runs now.
  const caseParam = (await searchParams).case;
  const context = await loadPreviewContext(member.current.workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  return (
    <div className="h-full">
      <JourneyPreview context={context} canWrite={can(member.current.role, "journeys:write")} caseId={typeof caseParam === "string" ? caseParam : null} />
    </div>
  );
}
