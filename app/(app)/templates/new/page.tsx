import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TemplateEditor } from "@/components/templates/template-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { defaultTemplateContent } from "@/lib/channels/template-content";
import { ZChannel } from "@/lib/journey/channels";

export const metadata: Metadata = { title: "New template" };

/** An unsaved template of the chosen channel, starting from its starter content; Save creates it. */
export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ channel?: string }> }) {
  const member = await requireMember();
  if (!can(member.current.role, "journeys:write")) redirect("/templates");
  const channel = ZChannel.safeParse((await searchParams).channel).data;
  if (!channel) redirect("/templates");
  return (
    <div className="h-full">
      <TemplateEditor
        key={channel}
        template={{ id: null, name: "", channel, content: defaultTemplateContent(channel), contentValid: true, journeys: [], updatedAt: null }}
        readOnly={false}
      />
    </div>
  );
}
