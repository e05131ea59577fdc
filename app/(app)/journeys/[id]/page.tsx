import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JourneyEditor, type TReadOnlyReason } from "@/components/journey-editor/journey-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { parseJourneySettings, defaultJourneySettings } from "@/lib/journey/settings";
import { getJourney } from "@/lib/journeys/get-journey";
import { loadEditorContext } from "@/lib/journeys-editor/load-editor-context";

export const metadata: Metadata = { title: "Journey editor" };

export default async function JourneyEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const workspaceId = member.current.workspaceId;
  const journey = await getJourney(workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  const context = await loadEditorContext(workspaceId);
  const readOnlyReason: TReadOnlyReason = !can(member.current.role, "journeys:write") ? "role" : journey.status === "archived" ? "archived" : null;
  const settings = parseJourneySettings(journey.settings);
  return (
    <div className="h-full">
      <JourneyEditor
        key={journey.revision}
        journey={{
          id: journey.id,
          name: journey.name,
          status: journey.status,
          revision: journey.revision,
          liveVersion: journey.liveVersion,
          graph: journey.graph,
          // Stored settings that no longer parse open as defaults (saved only once someone edits them).
          settings: settings.ok ? settings.settings : defaultJourneySettings(),
        }}
        readOnlyReason={readOnlyReason}
        lookups={{ templates: context.templates, segments: context.segments }}
      />
    </div>
  );
}
