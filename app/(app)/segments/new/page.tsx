import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SegmentEditor } from "@/components/segments/segment-editor";
import { BLANK_DEFINITION, SEGMENT_EXAMPLES } from "@/components/segments/segment-examples";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { listSegments } from "@/lib/segments/list-segments";

export const metadata: Metadata = { title: "New segment" };

/** An unsaved segment, blank or from an example; Save creates it and starts its first recompute. */
export default async function NewSegmentPage({ searchParams }: { searchParams: Promise<{ example?: string }> }) {
  const member = await requireMember();
  if (!can(member.current.role, "journeys:write")) redirect("/segments");
  const wanted = (await searchParams).example;
  const example = SEGMENT_EXAMPLES.find((e) => e.key === wanted);
  const others = (await listSegments(db, member.current.workspaceId)).map((s) => ({ id: s.id, name: s.name }));
  return (
    <div className="mx-auto max-w-6xl p-8">
      <SegmentEditor
        key={example?.key ?? "blank"}
        segment={{ id: null, name: example?.name ?? "", description: example?.description ?? "", definition: example?.definition ?? BLANK_DEFINITION, memberCount: 0, computedAt: null, latestRecompute: null }}
        otherSegments={others}
        readOnly={false}
      />
    </div>
  );
}
