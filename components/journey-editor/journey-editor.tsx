"use client";

import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TNodeType } from "@/lib/journey/registry";
import type { TJourneySettings } from "@/lib/journey/settings";
import type { TValidationIssue } from "@/lib/journey/validate";
import { listTestCases } from "@/components/journey-preview/preview-api";
import { setJourneyRunning } from "./api/journey-api";
import { ImportDialog } from "./dialogs/import-dialog";
import { PublishDialog } from "./dialogs/publish-dialog";
import { ShortcutHelpDialog } from "./dialogs/shortcut-help-dialog";
import { EditorCanvas } from "./editor-canvas";
import "./editor.css";
import { downloadJourney } from "./export-journey";
import type { TFlowEdge, TFlowNode } from "./flow-state";
import { EditorHeader, type THeaderCommands } from "./header/editor-header";
import { useEditorShortcuts } from "./hooks/use-editor-shortcuts";
import { useFocusNode } from "./hooks/use-focus-node";
import { useLiveValidation } from "./hooks/use-live-validation";
import { Palette } from "./palette";
import { ConflictBanner } from "./panels/conflict-banner";
import { IssuesPanel } from "./panels/issues-panel";
import { SidePanel } from "./panels/side-panel";
import { VersionHistory } from "./panels/version-history";
import { EditorStoreProvider, useEditorActions, useEditorStoreApi, usePersistence } from "./store/editor-context";
import { positionAfter } from "./store/graph-ops";
import type { TWorkspaceLookups } from "./workspace-lookups";

export interface TEditorJourney {
  id: string;
  name: string;
  status: string;
  revision: number;
  /** The live version's number, or null when never published. */
  liveVersion: number | null;
  graph: TJourneyGraph;
  settings: TJourneySettings;
  /** A live schedule journey's next firing (ISO), as of loading the page; null otherwise. */
  nextRunAt?: string | null;
}

export type TReadOnlyReason = "role" | "archived" | null;

type TDialog = "help" | "import" | "publish" | null;

/** The journey editor: header, palette, canvas, issues, inspector, dialogs, all on one store. */
export function JourneyEditor({ journey, readOnlyReason, lookups }: { journey: TEditorJourney; readOnlyReason: TReadOnlyReason; lookups: TWorkspaceLookups }) {
  const readOnly = readOnlyReason !== null;
  const { id, graph, settings, nextRunAt = null, ...meta } = journey;
  return (
    <ReactFlowProvider>
      <EditorStoreProvider init={{ journeyId: id, graph, settings, readOnly, ...meta }}>
        <EditorShell readOnlyReason={readOnlyReason} lookups={lookups} nextRunAt={nextRunAt} />
      </EditorStoreProvider>
    </ReactFlowProvider>
  );
}

const READ_ONLY_TEXT = {
  role: "Your analyst role can view this journey but not change it.",
  archived: "This journey is archived; archived journeys cannot be changed. Duplicate it from the list to build on it.",
} as const;

function EditorShell({ readOnlyReason, lookups, nextRunAt }: { readOnlyReason: TReadOnlyReason; lookups: TWorkspaceLookups; nextRunAt: string | null }) {
  const readOnly = readOnlyReason !== null;
  useLiveValidation(lookups);
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const persistence = usePersistence();
  const { fitView, screenToFlowPosition } = useReactFlow<TFlowNode, TFlowEdge>();
  const focusNode = useFocusNode();
  const canvasRef = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<TDialog>(null);
  const [issuesOpen, setIssuesOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const router = useRouter();

  const fit = useCallback(() => void fitView({ padding: 0.2, maxZoom: 1, duration: 300 }), [fitView]);
  /** Fit once React Flow has measured the new positions. */
  const fitSoon = useCallback(() => requestAnimationFrame(() => requestAnimationFrame(fit)), [fit]);

  const addStep = useCallback(
    (type: TNodeType) => {
      const state = store.getState();
      const selected = state.nodes.filter((n) => n.selected);
      const anchor = selected.length === 1 ? state.history.present.graph.nodes.find((n) => n.id === selected[0]!.id) : undefined;
      const rect = canvasRef.current?.getBoundingClientRect();
      const centre = rect ? screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 3 }) : { x: 0, y: 0 };
      actions.addNodeOfType(type, anchor ? positionAfter(state.history.present.graph, anchor) : centre, anchor?.id);
    },
    [store, actions, screenToFlowPosition],
  );

  const focusIssue = useCallback(
    (issue: TValidationIssue) => {
      if (issue.nodeId) focusNode(issue.nodeId);
      else actions.select([]); // journey-wide issue: the settings panel is where it is fixed
    },
    [focusNode, actions],
  );

  const say = useCallback((text: string) => setNotice(text), []);
  // The file carries the journey's saved test cases, so a team can check it in its own CI.
  const exportJson = useCallback(async () => {
    const { name, history, journeyId } = store.getState();
    const cases = await listTestCases(journeyId);
    const testCases = cases.ok ? cases.data.cases.map(({ name: caseName, input, expected }) => ({ name: caseName, input, expected })) : [];
    downloadJourney({ name, graph: history.present.graph, settings: history.present.settings, testCases });
    if (!cases.ok) say(`Exported without the test cases: ${cases.error}`);
  }, [store, say]);
  // The preview runs the saved draft, so unsaved edits are saved first.
  const openPreview = useCallback(async () => {
    const state = store.getState();
    if (!state.readOnly) await persistence.saveNow();
    router.push(`/journeys/${encodeURIComponent(state.journeyId)}/preview`);
  }, [store, persistence, router]);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(timer);
  }, [notice]);

  const commands: THeaderCommands = {
    fit,
    layout: () => {
      actions.layout();
      fitSoon();
    },
    exportJson: () => void exportJson(),
    importJson: () => setDialog("import"),
    toggleHistory: () => setHistoryOpen((open) => !open),
    publish: () => setDialog("publish"),
    help: () => setDialog("help"),
    showIssues: () => setIssuesOpen(true),
    setRunning: async (running) => {
      const result = await setJourneyRunning(store.getState().journeyId, running);
      if (!result.ok) return say(`Could not ${running ? "resume" : "pause"}: ${result.error}`);
      actions.setJourneyMeta({ status: result.value.status, ...(typeof result.value.revision === "number" && { revision: result.value.revision }) });
      say(running ? "Resumed: the journey is live again." : "Paused.");
    },
    preview: () => void openPreview(),
  };

  useEditorShortcuts(
    readOnly
      ? { fit, help: commands.help, issues: () => setIssuesOpen((open) => !open), clearSelection: () => actions.select([]), preview: commands.preview }
      : {
          undo: actions.undo,
          redo: actions.redo,
          redoAlt: actions.redo,
          copy: () => void actions.copy(),
          paste: () => void actions.paste(),
          duplicate: () => void actions.duplicate(),
          delete: actions.deleteSelection,
          deleteAlt: actions.deleteSelection,
          selectAll: actions.selectAll,
          clearSelection: () => actions.select([]),
          save: () => void persistence.saveNow(),
          layout: commands.layout,
          fit,
          issues: () => setIssuesOpen((open) => !open),
          preview: commands.preview,
          help: commands.help,
        },
  );

  useEffect(() => {
    // Leaving with unsaved work asks first; autosave usually makes this moot within 1.5 s.
    const onLeave = (event: BeforeUnloadEvent) => {
      const state = store.getState();
      if (!state.readOnly && state.history.present !== state.savedDoc) event.preventDefault();
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, [store]);

  return (
    <div className="flex h-full flex-col">
      <EditorHeader readOnly={readOnly} historyOpen={historyOpen} commands={commands} nextRunAt={nextRunAt} />
      {readOnlyReason && (
        <div role="status" className="border-b border-sky-200 bg-sky-50 px-4 py-2 text-sm text-sky-900">
          <strong>Read-only.</strong> {READ_ONLY_TEXT[readOnlyReason]}
        </div>
      )}
      <ConflictBanner />
      <div className="flex min-h-0 flex-1">
        {!readOnly && <Palette onAdd={addStep} />}
        <div className="relative flex min-w-0 flex-1 flex-col">
          <EditorCanvas ref={canvasRef} readOnly={readOnly} />
          <IssuesPanel open={issuesOpen} onToggle={() => setIssuesOpen((open) => !open)} onFocusIssue={focusIssue} />
          {notice && (
            <p role="status" className="absolute left-1/2 top-3 z-10 -translate-x-1/2 rounded-full bg-slate-900 px-4 py-1.5 text-sm text-white shadow-lg">
              {notice}
            </p>
          )}
        </div>
        {historyOpen ? <VersionHistory onClose={() => setHistoryOpen(false)} onFocus={focusNode} /> : <SidePanel readOnly={readOnly} lookups={lookups} />}
      </div>
      <ShortcutHelpDialog open={dialog === "help"} onClose={() => setDialog(null)} />
      {!readOnly && (
        <>
          <ImportDialog
            open={dialog === "import"}
            onClose={() => setDialog(null)}
            onImported={(note) => {
              fitSoon();
              if (note) say(note);
            }}
          />
          <PublishDialog open={dialog === "publish"} onClose={() => setDialog(null)} onPublished={(version) => say(`Published: v${version} is live.`)} />
        </>
      )}
    </div>
  );
}
