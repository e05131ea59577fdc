import { callApi, type TApiResult } from "@/components/ui/call-api";
import type { TChannel } from "@/lib/journey/channels";
import type { TPreviewProfileOption, TPreviewTemplateResponse, TTemplateDetail } from "@/lib/message-templates/template-schemas";


/** Creates (no id) or saves a template through the public API. */
export function saveTemplate(id: string | null, input: { name: string; channel: TChannel; content: unknown; expectedUpdatedAt?: string | null }): Promise<TApiResult<TTemplateDetail>> {
  return id
    ? callApi(`/api/v1/templates/${id}`, { method: "PUT", body: JSON.stringify({ name: input.name, content: input.content, ...(input.expectedUpdatedAt && { expectedUpdatedAt: input.expectedUpdatedAt }) }) })
    : callApi("/api/v1/templates", { method: "POST", body: JSON.stringify({ name: input.name, channel: input.channel, content: input.content }) });
}

export function deleteTemplate(id: string): Promise<TApiResult<{ id: string; deleted: true }>> {
  return callApi(`/api/v1/templates/${id}`, { method: "DELETE" });
}

export function duplicateTemplate(id: string): Promise<TApiResult<TTemplateDetail>> {
  return callApi(`/api/v1/templates/${id}/duplicate`, { method: "POST" });
}

export function previewTemplate(input: { channel: TChannel; content: unknown; profileId: string | null }, signal: AbortSignal): Promise<TApiResult<TPreviewTemplateResponse>> {
  const body = { channel: input.channel, content: input.content, ...(input.profileId && { profileId: input.profileId }) };
  return callApi("/api/v1/templates/preview", { method: "POST", body: JSON.stringify(body), signal });
}

export function searchPreviewProfiles(q: string, signal: AbortSignal): Promise<TApiResult<{ profiles: TPreviewProfileOption[] }>> {
  return callApi(`/api/v1/templates/preview-profiles?q=${encodeURIComponent(q)}`, { signal });
}
