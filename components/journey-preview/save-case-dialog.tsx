"use client";

import { CircleAlert, Loader2, Save } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Modal } from "@/components/journey-editor/dialogs/modal";
import { Button } from "@/components/ui/button";
import { FormField, TextInput } from "@/components/ui/form-controls";
import type { TCreateTestCaseBody } from "@/lib/preview/preview-schemas";
import { saveTestCase } from "./preview-api";

type TState = { kind: "editing"; error?: string } | { kind: "saving" } | { kind: "saved"; name: string };

/**
 * Names the preview on screen and saves it as a test case: who, the timeline, the assumptions and
 * the path it takes now, which the Tests tab and publishing check again later.
 */
export function SaveCaseDialog({ open, onClose, journeyId, body, summary, defaultName }: { open: boolean; onClose: () => void; journeyId: string; body: Omit<TCreateTestCaseBody, "name"> | null; summary: string; defaultName: string }) {
  const [name, setName] = useState(defaultName);
  const [state, setState] = useState<TState>({ kind: "editing" });
  const close = () => {
    setState({ kind: "editing" });
    onClose();
  };
  const save = async () => {
    if (!body) return;
    if (name.trim() === "") return setState({ kind: "editing", error: "Give the case a name." });
    setState({ kind: "saving" });
    const result = await saveTestCase(journeyId, { ...body, name: name.trim() });
    setState(result.ok ? { kind: "saved", name: result.data.name } : { kind: "editing", error: result.status === 409 ? `A case named “${name.trim()}” already exists: pick another name.` : result.error });
  };
  return (
    <Modal open={open} onClose={close} title="Save as test case" description="Stores who, the events, the assumptions and the path the preview shows now. The Tests tab reruns it, and publishing warns when a change would alter it.">
      {state.kind === "saved" ? (
        <div className="space-y-3">
          <p role="status" className="text-sm text-emerald-800">
            Saved “{state.name}”.
          </p>
          <div className="flex justify-end gap-2">
            <Link href={`/journeys/${journeyId}/tests`} className="rounded-md px-3.5 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50">
              Open the Tests tab
            </Link>
            <Button variant="primary" onClick={close}>
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <FormField label="Test case name" error={state.kind === "editing" ? state.error : undefined}>
            <TextInput autoFocus value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder="No SMS consent: email, then push" />
          </FormField>
          <p className="text-xs text-slate-600">{summary}</p>
          {!body && (
            <p role="alert" className="flex items-center gap-1.5 text-xs text-red-800">
              <CircleAlert className="size-3.5" aria-hidden /> Nothing to save yet: pick a customer and let the preview run first.
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={!body || state.kind === "saving"}>
              {state.kind === "saving" ? <Loader2 className="size-4 animate-spin" aria-hidden /> : <Save className="size-4" aria-hidden />} Save test case
            </Button>
          </div>
        </form>
      )}
    </Modal>
  );
}
