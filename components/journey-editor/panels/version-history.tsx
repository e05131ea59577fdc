"use client";

import { History, Loader2, X } from "lucide-react";
import { useCallback, useEffect, useState } from "react";
import { formatDateTime } from "@/components/ui/format-date";
import { fetchVersions, type TVersionsResponse } from "../api/journey-api";
import { useEditor, useEditorStoreApi, usePersistence } from "../store/editor-context";
import type { THighlight } from "../store/editor-store";
import { DiffList } from "./diff-list";

type TLoad = { kind: "loading" } | { kind: "loaded"; data: TVersionsResponse } | { kind: "failed"; message: string };

function highlightOf(diff: TVersionsResponse["diff"]): Record<string, THighlight> {
  return Object.fromEntries([...diff.added.map((e) => [e.id, "added"] as const), ...diff.changed.map((e) => [e.id, "changed"] as const)]);
}

/**
 * The drawer listing published versions and how the draft differs from the live one. While it is
 * open the canvas marks added and changed steps; clicking a change focuses its step.
 */
export function VersionHistory({ onClose, onFocus }: { onClose: () => void; onFocus: (nodeId: string) => void }) {
  const store = useEditorStoreApi();
  const persistence = usePersistence();
  const journeyId = useEditor((s) => s.journeyId);
  // The server diffs the saved draft: re-load whenever a save lands so the list follows the canvas.
  const savedDoc = useEditor((s) => s.savedDoc);
  const liveVersion = useEditor((s) => s.liveVersion);
  const [load, setLoad] = useState<TLoad>({ kind: "loading" });

  const refresh = useCallback(async () => {
    const result = await fetchVersions(journeyId);
    setLoad(result.ok ? { kind: "loaded", data: result.value } : { kind: "failed", message: result.error });
    store.getState().actions.setHighlight(result.ok ? highlightOf(result.value.diff) : null);
  }, [journeyId, store]);

  useEffect(() => {
    void persistence.saveNow();
  }, [persistence]);
  useEffect(() => {
    // Fetch-on-change: the effect starts an async load whose result lands in state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refresh();
  }, [refresh, savedDoc, liveVersion]);
  useEffect(() => () => store.getState().actions.setHighlight(null), [store]);

  return (
    <aside aria-label="Version history" className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white">
      <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-3">
        <History className="size-4 text-slate-500" aria-hidden />
        <h2 className="text-base font-semibold">Version history</h2>
        <button type="button" onClick={onClose} aria-label="Close version history" title="Close version history" className="ml-auto rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800">
          <X className="size-4" aria-hidden />
        </button>
      </div>
      <div className="min-h-0 flex-1 space-y-5 overflow-y-auto p-4">
        {load.kind === "loading" && (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
            <Loader2 className="size-4 animate-spin" aria-hidden /> Loading versions…
          </p>
        )}
        {load.kind === "failed" && <p role="alert" className="text-sm text-red-700">{load.message}</p>}
        {load.kind === "loaded" && (
          <>
            <section aria-label="Draft changes">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">{load.data.diff.liveVersion === null ? "Draft (never published)" : `Draft vs. live v${load.data.diff.liveVersion}`}</h3>
              {load.data.diff.liveVersion === null ? (
                <p className="text-sm text-slate-600">Publish the journey to start its history. Until then there is nothing to compare with.</p>
              ) : (
                <DiffList diff={load.data.diff} onFocus={onFocus} />
              )}
            </section>
            <section aria-label="Published versions">
              <h3 className="mb-2 text-sm font-semibold text-slate-800">Published versions</h3>
              {load.data.versions.length === 0 ? (
                <p className="text-sm text-slate-600">None yet.</p>
              ) : (
                <ol className="space-y-2">
                  {load.data.versions.map((v) => (
                    <li key={v.id} className="rounded-md border border-slate-200 px-3 py-2">
                      <p className="flex items-center gap-2 text-sm font-medium text-slate-900">
                        v{v.version}
                        {v.live && <span className="rounded-full bg-emerald-50 px-1.5 text-xs font-medium text-emerald-700 ring-1 ring-emerald-200">live</span>}
                        <span className="ml-auto text-xs font-normal text-slate-500">{v.nodeCount} steps</span>
                      </p>
                      <p className="text-xs text-slate-600">
                        {formatDateTime(v.publishedAt)} · {v.author ? v.author.name || v.author.email : "unknown author"}
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
