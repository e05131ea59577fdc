import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JourneyEditor, type TReadOnlyReason } from "@/components/journey-editor/journey-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { parseGraph } from "@/lib/journey/parse-graph";
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
  if (!journey.graphValid) return <UnreadableGraph id={journey.id} name={journey.name} graph={journey.graph} />;
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
          nextRunAt: journey.nextRunAt,
        }}
        readOnlyReason={readOnlyReason}
        lookups={{ templates: context.templates, segments: context.segments, topics: context.topics }}
      />
    </div>
  );
}

/**
 * A stored graph that no longer passes today's schema cannot be drawn safely (and autosave would
 * write a repaired copy over it), so the page says what is wrong and where the raw JSON is.
 */
function UnreadableGraph({ id, name, graph }: { id: string; name: string; graph: unknown }) {
  const problem = parseGraph(graph);
  return (
    <div className="mx-auto max-w-2xl space-y-4 p-8">
      <h1 className="text-xl font-semibold">{name}</h1>
      <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-900">
        <p className="font-medium">This journey&apos;s stored steps do not pass today&apos;s checks, so the editor cannot open them.</p>
        {!problem.ok && <p className="mt-1 font-mono text-xs">{problem.path ? `${problem.path}: ${problem.message}` : problem.message}</p>}
        <p className="mt-2">
          Its JSON is at <a className="underline" href={`/api/v1/journeys/${id}`}>/api/v1/journeys/{id}</a>: fix the graph there (or in a file you import into a new journey) and open it again.
        </p>
      </div>
      <Link href="/journeys" className="text-sm text-brand-700 hover:underline">
        ← Back to journeys
      </Link>
    </div>
  );
}
