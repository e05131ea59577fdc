"use client";

import { FileUp } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { importTestCases } from "@/components/journey-preview/preview-api";
import { describeImportProblem, parseImport } from "../store/parse-import";
import { useEditorActions, useEditorStoreApi } from "../store/editor-context";
import { Modal } from "./modal";

/**
 * Replaces the canvas with an exported journey (file or pasted JSON). Everything is checked first
 * with the save endpoint's own rules; on a problem nothing changes. A good import is one undo step.
 */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: (note?: string) => void }) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const actions = useEditorActions();
  const store = useEditorStoreApi();

  const close = () => {
    setProblem(null);
    setText("");
    onClose();
  };
  const apply = async (json: string) => {
    const result = parseImport(json);
    if (!result.ok) return setProblem(describeImportProblem(result));
    const state = store.getState();
    actions.replaceDoc({ graph: result.graph, settings: result.settings ?? state.history.present.settings });
    close();
    if (!result.testCases?.length) return onImported();
    // The file's saved test cases join the journey's (same name: replaced); the steps are one undo step, the cases are not.
    const cases = await importTestCases(state.journeyId, result.testCases);
    onImported(cases.ok ? `Imported, with ${cases.data.imported === 1 ? "1 test case" : `${cases.data.imported} test cases`}.` : `Imported the steps; the test cases were not: ${cases.error}`);
  };

  return (
    <Modal open={open} onClose={close} title="Import a journey" description="Replaces the steps on the canvas (and the settings, when the file has them); its saved test cases are added. You can undo the steps with Ctrl+Z.">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void apply(text);
        }}
      >
        <label className="block space-y-1.5">
          <span className="text-sm font-medium text-slate-700">Journey file</span>
          <input
            type="file"
            accept="application/json,.json"
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium hover:file:bg-slate-50"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const content = await file.text();
              setText(content);
              void apply(content);
            }}
          />
        </label>
        <label className="block space-y-1.5">
          <span className="text-sm font-medium text-slate-700">Or paste JSON</span>
          <textarea
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
            rows={8}
            spellCheck={false}
            placeholder='{ "name": "…", "graph": { "nodes": [...], "edges": [...] }, "settings": {...} }'
            className="block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-xs focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/20"
          />
        </label>
        {problem && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <span className="font-medium">Nothing was imported. </span>
            <span className="font-mono text-xs">{problem}</span>
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={text.trim() === ""}>
            <FileUp className="size-4" aria-hidden /> Import
          </Button>
        </div>
      </form>
    </Modal>
  );
}
