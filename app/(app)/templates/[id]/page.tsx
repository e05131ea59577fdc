import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateEditor } from "@/components/templates/template-editor";
import { requireMember } from "@/lib/auth/require-member";
import { can } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { getTemplate } from "@/lib/message-templates/get-template";

export const metadata: Metadata = { title: "Template editor" };

export default async function TemplateEditorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  const template = await getTemplate(member.current.workspaceId, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind === "notFound") notFound();
    throw error;
  });
  return (
    <div className="h-full">
      <TemplateEditor
        key={template.id}
        template={{ id: template.id, name: template.name, channel: template.channel, content: template.content, contentValid: template.contentValid, journeys: template.journeys, updatedAt: template.updatedAt }}
        readOnly={!can(member.current.role, "journeys:write")}
        justCreated={(await searchParams).created === "1"}
      />
    </div>
  );
}
