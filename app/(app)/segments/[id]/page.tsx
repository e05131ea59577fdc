import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SegmentActivity } from "@/components/segments/segment-activity";
import { SegmentEditor } from "@/components/segments/segment-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getSegment } from "@/lib/segments/get-segment";
import { getSegmentHistory } from "@/lib/segments/get-segment-history";
import { listSegmentMembers } from "@/lib/segments/list-segment-members";
import { listSegments } from "@/lib/segments/list-segments";

export const metadata: Metadata = { title: "Segment" };

export default async function SegmentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string }> }) {
  const member = await requireMember();
  const workspaceId = member.current.workspaceId;
  const { id } = await params;
  const after = (await searchParams).after?.slice(0, 200) || null;
  const segment = await getSegment(db, workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  const [others, members, history] = await Promise.all([
    listSegments(db, workspaceId),
    listSegmentMembers(db, workspaceId, id, { limit: 25, ...(after ? { after } : {}) }),
    getSegmentHistory(db, workspaceId, id),
  ]);
  const readOnly = !can(member.current.role, "journeys:write") || segment.archivedAt !== null;
  return (
    <div className="mx-auto max-w-6xl space-y-5 p-8">
      {segment.archivedAt && <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">This segment is archived: it no longer updates.</p>}
      <SegmentEditor
        key={segment.id}
        segment={{ id: segment.id, name: segment.name, description: segment.description, definition: segment.definition, memberCount: segment.memberCount, computedAt: segment.computedAt, latestRecompute: segment.latestRecompute, usedBy: segment.usedBy, usedBySegments: segment.usedBySegments }}
        otherSegments={others.filter((s) => s.id !== segment.id).map((s) => ({ id: s.id, name: s.name }))}
        readOnly={readOnly}
      />
      <SegmentActivity segmentId={segment.id} members={members} history={history} after={after} />
    </div>
  );
}
