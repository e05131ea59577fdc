"use client";

import type { TApiResult } from "@/components/ui/call-api";
import { useSaveShortcut } from "@/components/ui/use-save-shortcut";
import { CircleAlert, Route } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import { ReadOnlyBanner } from "@/components/ui/read-only-banner";
import { StatusBadge } from "@/components/ui/status-badge";
import type { TChannel } from "@/lib/journey/channels";
import type { TTemplateJourneyRef } from "@/lib/message-templates/template-schemas";
import { CHANNEL_FIELDS } from "./fields/channel-fields";
import { InsertVariableMenu } from "./insert-variable-menu";
import { deleteTemplate, duplicateTemplate, saveTemplate } from "./template-api";
import { TemplateEditorHeader, type TSaveStatus } from "./template-editor-header";
import { TemplatePreviewPanel } from "./template-preview-panel";
import { useTemplatePreview } from "./use-template-preview";
import { VariableTargetProvider } from "./variable-target";

export interface TEditorTemplate {
  /** null for a template not created yet */
  id: string | null;
  name: string;
  channel: TChannel;
  content: Record<string, unknown>;
  contentValid: boolean;
  journeys: TTemplateJourneyRef[];
  /** the save this editor started from (ISO); a save over a newer one is refused */
  updatedAt: string | null;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "content.body: line 2, column 7: …" → field "body", message "Line 2, column 7: …". */
function splitApiError(result: Extract<TApiResult<unknown>, { ok: false }>): { field: string | null; message: string } {
  const path = result.path ?? null;
  const message = path && result.error.startsWith(`${path}: `) ? result.error.slice(path.length + 2) : result.error;
  return { field: path, message: sentence(message) };
}

/** The template editor: the channel's form beside a live preview rendered for a real customer. */
export function TemplateEditor({ template, readOnly, justCreated = false }: { template: TEditorTemplate; readOnly: boolean; justCreated?: boolean }) {
  const router = useRouter();
  const { channel } = template;
  const [name, setName] = useState(template.name);
  const [content, setContent] = useState(template.content);
  const [baseline, setBaseline] = useState(() => JSON.stringify([template.name, template.content]));
  const [updatedAt, setUpdatedAt] = useState(template.updatedAt);
  const [profileId, setProfileId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<TSaveStatus>(justCreated ? "created" : "idle");
  const [nameError, setNameError] = useState<string | null>(null);
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const preview = useTemplatePreview(channel, content, profileId);

  const dirty = JSON.stringify([name, content]) !== baseline;
  const status: TSaveStatus = busy && outcome === "saving" ? "saving" : outcome === "error" ? "error" : dirty ? "dirty" : outcome;

  // Liquid problems from the live preview, under their fields; a refused save's own message wins until the next edit.
  const errors = useMemo(() => {
    const live = Object.fromEntries((preview.data?.errors ?? []).map((e) => [e.field, `Line ${e.line}, column ${e.column}: ${e.message}`]));
    return { ...live, ...saveErrors };
  }, [preview.data, saveErrors]);

  const editContent = (next: Record<string, unknown>) => {
    setContent(next);
    setSaveErrors({});
    if (outcome === "error") setOutcome("idle");
  };

  const save = useCallback(async () => {
    if (readOnly || busy) return;
    if (!name.trim()) {
      setNameError("Give the template a name before saving.");
      return;
    }
    setBusy(true);
    setOutcome("saving");
    setBanner(null);
    const result = await saveTemplate(template.id, { name: name.trim(), channel, content, expectedUpdatedAt: updatedAt });
    setBusy(false);
    if (result.ok) {
      setNameError(null);
      setSaveErrors({});
      if (!template.id) {
        router.replace(`/templates/${result.data.id}?created=1`);
        return;
      }
      setBaseline(JSON.stringify([name, content]));
      setUpdatedAt(result.data.updatedAt);
      setOutcome("saved");
      return;
    }
    setOutcome("error");
    const { field, message } = splitApiError(result);
    if (field === "name") setNameError(message);
    else if (field?.startsWith("content.")) setSaveErrors({ [field.slice("content.".length)]: message });
    else setBanner(result.error);
  }, [readOnly, busy, name, channel, content, template.id, router, updatedAt]);

  const remove = async () => {
    if (!template.id || !window.confirm(`Delete the template “${name}”? This cannot be undone.`)) return;
    setBusy(true);
    const result = await deleteTemplate(template.id);
    setBusy(false);
    if (result.ok) {
      router.push("/templates");
      router.refresh();
    } else setBanner(result.error);
  };

  const duplicate = async () => {
    if (!template.id) return;
    setBusy(true);
    const result = await duplicateTemplate(template.id);
    setBusy(false);
    if (result.ok) router.push(`/templates/${result.data.id}`);
    else setBanner(result.error);
  };

  useSaveShortcut(save, { dirty, readOnly });

  const Fields = CHANNEL_FIELDS[channel];
  return (
    <VariableTargetProvider>
      <div className="flex h-full flex-col">
        <TemplateEditorHeader
          channel={channel}
          name={name}
          onNameChange={(next) => {
            setName(next);
            setNameError(null);
            if (outcome === "error") setOutcome("idle");
          }}
          nameError={nameError}
          readOnly={readOnly}
          isNew={template.id === null}
          status={status}
          busy={busy}
          onSave={() => void save()}
          onDuplicate={() => void duplicate()}
          onDelete={() => void remove()}
        />
        <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,1fr)_minmax(360px,480px)]">
          <div className="min-h-0 space-y-5 overflow-y-auto px-6 py-6">
            {readOnly && <ReadOnlyBanner what="templates" />}
            {banner && (
              <p role="alert" className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                <CircleAlert className="mt-0.5 size-4 shrink-0" aria-hidden /> {banner}
              </p>
            )}
            {!template.contentValid && (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">This template was stored in an older shape; check every field, then save to repair it.</p>
            )}
            <section aria-label="Content" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
              <div className="mb-4 flex items-center justify-between gap-3">
                <div>
                  <h2 className="text-sm font-semibold text-slate-900">Content</h2>
                  <p className="text-xs text-slate-500">Liquid works in every field: <code className="font-mono">{"{{ profile.traits.first_name }}"}</code>, <code className="font-mono">{"{% if %}"}</code>, filters.</p>
                </div>
                {!readOnly && <InsertVariableMenu variables={preview.data?.variables} />}
              </div>
              <Fields content={content} onChange={editContent} readOnly={readOnly} errors={errors} preview={preview.data} previewStale={preview.stale} />
            </section>
            {template.id && <UsedBy journeys={template.journeys} />}
          </div>
          <aside className="min-h-0 overflow-y-auto border-t border-slate-200 bg-slate-100/70 px-6 py-6 lg:border-l lg:border-t-0">
            <TemplatePreviewPanel channel={channel} preview={preview} onProfileChange={setProfileId} />
          </aside>
        </div>
      </div>
    </VariableTargetProvider>
  );
}

/** The journeys that send this template, older versions still running included (and so keep it from being deleted). */
function UsedBy({ journeys }: { journeys: TTemplateJourneyRef[] }) {
  return (
    <section aria-label="Used in journeys" className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <h2 className="text-sm font-semibold text-slate-900">Used in journeys</h2>
      {journeys.length === 0 ? (
        <p className="mt-1 text-sm text-slate-500">No journey sends this template yet. Pick it in a message step of a journey.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {journeys.map((j) => (
            <li key={j.id} className="py-2 text-sm">
              <div className="flex items-center justify-between gap-3">
                <Link href={`/journeys/${j.id}`} className="flex items-center gap-2 font-medium text-slate-800 hover:text-brand-700 hover:underline">
                  <Route className="size-4 text-slate-400" aria-hidden /> {j.name}
                </Link>
                <StatusBadge status={j.status} />
              </div>
              {j.runningVersions?.map((v) => (
                <p key={v.version} className="mt-0.5 pl-6 text-xs text-slate-500">
                  v{v.version}: {v.enrollments} {v.enrollments === 1 ? "enrollment" : "enrollments"} still running
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
