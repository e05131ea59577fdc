"use client";

import clsx from "clsx";
import { ArrowLeft, CalendarClock, Download, FlaskConical, History, Keyboard, LayoutDashboard, Maximize, Pause, Play, Redo2, Rocket, Route, Save, Undo2, Upload, type LucideIcon } from "lucide-react";
import { formatDateTime } from "@/components/ui/format-date";
import Link from "next/link";
import type { ButtonHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { withShortcut, type TShortcutId } from "../shortcuts";
import { useEditor, useEditorActions, usePersistence } from "../store/editor-context";
import { JourneyTitle } from "./journey-title";
import { SaveIndicator } from "./save-indicator";

export type THeaderCommands = {
  fit(): void;
  layout(): void;
  exportJson(): void;
  importJson(): void;
  toggleHistory(): void;
  publish(): void;
  help(): void;
  showIssues(): void;
  setRunning(running: boolean): void;
  /** saves the draft, then opens the path preview */
  preview(): void;
};

/** An icon-only toolbar button: its label is the accessible name, its title adds the shortcut. */
function ToolButton({ icon: Icon, label, shortcut, pressed, ...props }: { icon: LucideIcon; label: string; shortcut?: TShortcutId; pressed?: boolean } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      aria-label={label}
      aria-pressed={pressed}
      title={shortcut ? withShortcut(label, shortcut) : label}
      className={clsx("rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent", pressed && "bg-brand-50 text-brand-700")}
      {...props}
    >
      <Icon className="size-4" aria-hidden />
    </button>
  );
}

const Divider = () => <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />;

/** Back, name, status, save state and every editor command, each labelled and with its shortcut. */
export function EditorHeader({ readOnly, historyOpen, commands, nextRunAt = null }: { readOnly: boolean; historyOpen: boolean; commands: THeaderCommands; nextRunAt?: string | null }) {
  const actions = useEditorActions();
  const persistence = usePersistence();
  const status = useEditor((s) => s.status);
  const journeyId = useEditor((s) => s.journeyId);
  const liveVersion = useEditor((s) => s.liveVersion);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const saving = useEditor((s) => s.save.kind === "saving");
  const errors = useEditor((s) => s.issues.filter((i) => i.severity === "error").length);
  const blocked = errors > 0;
  const publishTitle = blocked ? `Fix ${errors === 1 ? "1 error" : `${errors} errors`} before publishing (see Issues)` : "Publish: review the changes, then make them live";

  return (
    <header className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-2">
      <Link href="/journeys" className="rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800" aria-label="Back to journeys" title="Back to journeys">
        <ArrowLeft className="size-4" aria-hidden />
      </Link>
      <JourneyTitle readOnly={readOnly} />
      <StatusBadge status={status} />
      {liveVersion !== null && (
        <span className="whitespace-nowrap text-xs font-medium text-slate-600" data-testid="live-version">
          v{liveVersion} {status === "paused" ? "paused" : "live"}
        </span>
      )}
      {nextRunAt && status === "live" && (
        <span className="flex items-center gap-1 whitespace-nowrap text-xs text-slate-600" data-testid="next-run" title="When the schedule trigger next enrols its audience">
          <CalendarClock className="size-3.5 text-slate-400" aria-hidden /> next run {formatDateTime(nextRunAt)}
        </span>
      )}
      <div className="ml-auto flex items-center gap-1">
        {!readOnly && (
          <>
            <SaveIndicator />
            <Button size="sm" variant="ghost" onClick={() => void persistence.saveNow()} disabled={saving} title={withShortcut("Save now", "save")} className="whitespace-nowrap">
              <Save className="size-3.5" aria-hidden /> Save now
            </Button>
            <Divider />
            <ToolButton icon={Undo2} label="Undo" shortcut="undo" onClick={actions.undo} disabled={!canUndo} />
            <ToolButton icon={Redo2} label="Redo" shortcut="redo" onClick={actions.redo} disabled={!canRedo} />
            <Divider />
            <ToolButton icon={LayoutDashboard} label="Auto-layout" shortcut="layout" onClick={commands.layout} />
          </>
        )}
        <ToolButton icon={Maximize} label="Zoom to fit" shortcut="fit" onClick={commands.fit} />
        <Divider />
        <ToolButton icon={Download} label="Export JSON" onClick={commands.exportJson} />
        {!readOnly && <ToolButton icon={Upload} label="Import JSON" onClick={commands.importJson} />}
        <ToolButton icon={History} label="Version history" onClick={commands.toggleHistory} pressed={historyOpen} />
        <ToolButton icon={Keyboard} label="Keyboard shortcuts" shortcut="help" onClick={commands.help} />
        <Divider />
        <Link href={`/journeys/${journeyId}/tests`} aria-label="Test cases" title="Test cases: saved previews, rerun against the draft" className="rounded-md p-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
          <FlaskConical className="size-4" aria-hidden />
        </Link>
        <Button size="sm" onClick={commands.preview} title={withShortcut("Preview a customer's path", "preview")}>
          <Route className="size-3.5" aria-hidden /> Preview
        </Button>
        {!readOnly && (
          <>
            <Divider />
            {status === "live" && (
              <Button size="sm" onClick={() => commands.setRunning(false)} title="Pause: nobody enters or moves on until you resume">
                <Pause className="size-3.5" aria-hidden /> Pause
              </Button>
            )}
            {status === "paused" && (
              <Button size="sm" onClick={() => commands.setRunning(true)} title="Resume the live version">
                <Play className="size-3.5" aria-hidden /> Resume
              </Button>
            )}
            <Button
              variant="primary"
              size="sm"
              aria-disabled={blocked}
              title={publishTitle}
              aria-describedby="publish-blocked-reason"
              onClick={blocked ? commands.showIssues : commands.publish}
              className={clsx(blocked && "cursor-not-allowed opacity-50")}
            >
              <Rocket className="size-3.5" aria-hidden /> Publish
            </Button>
            <span id="publish-blocked-reason" className="sr-only">
              {blocked ? publishTitle : ""}
            </span>
          </>
        )}
      </div>
    </header>
  );
}
