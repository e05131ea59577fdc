import type { TChannel } from "@/lib/journey/channels";
import type { TPreviewProfileOption, TPreviewTemplateResponse, TTemplateDetail } from "@/lib/message-templates/template-schemas";

/** An API answer: the body on success; the error sentence and field path otherwise. */
export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; path?: string; body: Record<string, unknown> };

const OFFLINE = "could not reach the server; your changes are still here, try again";

async function call<T>(url: string, init: RequestInit = {}): Promise<TApiResult<T>> {
  try {
    const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, data: body as T };
    const path = typeof body.path === "string" ? body.path : undefined;
    return { ok: false, status: response.status, error: typeof body.error === "string" ? body.error : `request failed (${response.status})`, path, body };
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return { ok: false, status: 0, error: OFFLINE, body: {} };
  }
}

/** Creates (no id) or saves a template through the public API. */
export function saveTemplate(id: string | null, input: { name: string; channel: TChannel; content: unknown; expectedUpdatedAt?: string | null }): Promise<TApiResult<TTemplateDetail>> {
  return id
    ? call(`/api/v1/templates/${id}`, { method: "PUT", body: JSON.stringify({ name: input.name, content: input.content, ...(input.expectedUpdatedAt && { expectedUpdatedAt: input.expectedUpdatedAt }) }) })
    : call("/api/v1/templates", { method: "POST", body: JSON.stringify({ name: input.name, channel: input.channel, content: input.content }) });
}

export function deleteTemplate(id: string): Promise<TApiResult<{ id: string; deleted: true }>> {
  return call(`/api/v1/templates/${id}`, { method: "DELETE" });
}

export function duplicateTemplate(id: string): Promise<TApiResult<TTemplateDetail>> {
  return call(`/api/v1/templates/${id}/duplicate`, { method: "POST" });
}

export function previewTemplate(input: { channel: TChannel; content: unknown; profileId: string | null }, signal: AbortSignal): Promise<TApiResult<TPreviewTemplateResponse>> {
  const body = { channel: input.channel, content: input.content, ...(input.profileId && { profileId: input.profileId }) };
  return call("/api/v1/templates/preview", { method: "POST", body: JSON.stringify(body), signal });
}

export function searchPreviewProfiles(q: string, signal: AbortSignal): Promise<TApiResult<{ profiles: TPreviewProfileOption[] }>> {
  return call(`/api/v1/templates/preview-profiles?q=${encodeURIComponent(q)}`, { signal });
}
