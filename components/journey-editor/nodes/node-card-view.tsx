"use client";

import clsx from "clsx";
import { Handle, Position, useStore as useFlowStore, type ReactFlowState } from "@xyflow/react";
import type { TJourneyNode } from "@/lib/journey/graph";
import { nodeRegistry } from "@/lib/journey/registry";
import { CATEGORY_ACCENT } from "../node-colors";
import { NodeIcon } from "../node-icon";
import type { THighlight } from "../store/editor-store";
import { IssueBadges } from "./issue-badges";

/**
 * Level of detail by zoom. Below 0.45 the summary is unreadable anyway, so cards show icon and
 * title, larger; below 0.22 (a 300-step journey fitted to the screen) even those are a few pixels
 * tall, so cards become flat coloured blocks, which also keeps dragging smooth there: text and
 * shadows are most of what the browser repaints each frame.
 */
type TDetail = "full" | "compact" | "overview";
const detailAt = (s: ReactFlowState): TDetail => (s.transform[2] >= 0.45 ? "full" : s.transform[2] >= 0.22 ? "compact" : "overview");

const HIGHLIGHT_RING = { added: "ring-4 ring-emerald-400/70 border-emerald-500", changed: "ring-4 ring-amber-400/70 border-amber-500" } as const;
const HIGHLIGHT_FILL = { added: "border-emerald-600 bg-emerald-300", changed: "border-amber-600 bg-yellow-300" } as const;
const HIGHLIGHT_PILL = {
  added: { text: "New", title: "Added since the live version", className: "bg-emerald-100 text-emerald-800 ring-emerald-300" },
  changed: { text: "Changed", title: "Changed since the live version", className: "bg-amber-100 text-amber-900 ring-amber-300" },
} as const;

/**
 * How a path preview marks a card: `visited` (with the order numbers of its visits), `current`
 * (the step the preview stands on), `upcoming` (visited later than the step shown) or `untaken`
 * (the profile never gets there: dimmed).
 */
export type TPathMark = { state: "visited" | "current" | "upcoming" | "untaken"; numbers: number[] };

const PATH_RING: Record<TPathMark["state"], string> = {
  visited: "border-emerald-500 ring-2 ring-emerald-400/40",
  current: "border-brand-600 ring-4 ring-brand-500/40",
  upcoming: "border-slate-200 border-dashed",
  untaken: "border-slate-200",
};

export type TNodeCardViewProps = {
  node: TJourneyNode;
  selected?: boolean;
  errors?: number;
  warnings?: number;
  highlight?: THighlight;
  path?: TPathMark;
};

/** The numbered pills of a visited card ("1", "4"): the order in which the profile reached it. */
function VisitNumbers({ mark, large }: { mark: TPathMark; large: boolean }) {
  if (mark.numbers.length === 0) return null;
  const text = `Visited as step ${mark.numbers.join(", ")}`;
  return (
    <span role="img" aria-label={text} title={text} className={clsx("pointer-events-none absolute flex gap-0.5", large ? "-left-4 -top-4" : "-left-2.5 -top-2.5")} data-testid="visit-numbers">
      {mark.numbers.map((n) => (
        <span
          key={n}
          className={clsx(
            "flex items-center justify-center rounded-full font-bold text-white shadow ring-white",
            // Zoomed out (compact cards) the numbers grow with the titles, or they would be a few pixels tall.
            large ? "h-10 min-w-10 px-2 text-2xl ring-4" : "h-5 min-w-5 px-1 text-[11px] ring-2",
            mark.state === "current" ? "bg-brand-600" : "bg-emerald-600",
          )}
        >
          {n}
        </span>
      ))}
    </span>
  );
}

/**
 * The canvas card every node type renders with: icon, label, a one-line summary from the
 * registry, an input on top (not for triggers), one labelled output per handle, badges for
 * validation issues, and in a path preview the visit numbers. Pure: the editor and the preview
 * each wrap it with their own state.
 */
export function NodeCardView({ node, selected = false, errors = 0, warnings = 0, highlight, path }: TNodeCardViewProps) {
  const definition = nodeRegistry[node.type];
  const handles = definition.handles(node.data as never);
  const accent = CATEGORY_ACCENT[definition.category] ?? CATEGORY_ACCENT.flow!;
  const detail = useFlowStore(detailAt);
  const summary = definition.summarize(node.data as never);
  return (
    <div
      className={clsx(
        "relative w-60 rounded-lg border transition-opacity",
        path?.state === "untaken" && "opacity-35 grayscale",
        detail === "overview"
          ? // Flat fills, no rings or shadows: state has to read at a few pixels per card.
            selected ? "border-brand-700 bg-brand-500" : errors > 0 ? "border-red-500 bg-red-300" : highlight ? HIGHLIGHT_FILL[highlight] : path && (path.state === "visited" || path.state === "current") ? "border-emerald-700 bg-emerald-300" : `border-slate-300 ${accent.block}`
          : clsx(
              "bg-white",
              detail === "full" && "shadow-sm hover:shadow-md",
              selected ? "border-brand-500 ring-2 ring-brand-500/30" : highlight ? HIGHLIGHT_RING[highlight] : path ? PATH_RING[path.state] : errors > 0 ? "border-red-300" : "border-slate-200",
            ),
      )}
      data-testid={`node-${node.type}`}
      data-highlight={highlight}
      data-path={path?.state}
      aria-label={`${definition.label} node`}
      title={detail === "full" ? undefined : `${definition.label}: ${summary}`}
    >
      <div className={clsx("absolute inset-y-0 left-0 w-1 rounded-l-lg", accent.bar)} aria-hidden />
      {node.type !== "trigger" && <Handle type="target" position={Position.Top} className="!size-3 !border-2 !border-white !bg-slate-400" />}
      {detail !== "overview" && <IssueBadges errors={errors} warnings={warnings} />}
      {path && detail !== "overview" && <VisitNumbers mark={path} large={detail === "compact"} />}
      {highlight && detail !== "overview" && (
        <span title={HIGHLIGHT_PILL[highlight].title} className={clsx("absolute -top-2.5 left-3 rounded-full px-1.5 text-[10px] font-semibold leading-4 ring-1", HIGHLIGHT_PILL[highlight].className)}>
          {HIGHLIGHT_PILL[highlight].text}
        </span>
      )}
      {detail === "overview" ? (
        <div className="h-[88px]" />
      ) : detail === "compact" ? (
        <div className="flex h-[88px] items-center gap-3 pl-4 pr-3">
          <span className={clsx("flex size-11 shrink-0 items-center justify-center rounded-lg", accent.icon)}>
            <NodeIcon name={definition.icon} className="size-7" />
          </span>
          <p className="truncate text-2xl font-semibold text-slate-800">{definition.label}</p>
        </div>
      ) : (
        <>
          <div className="flex items-start gap-2.5 py-2.5 pl-4 pr-3">
            <span className={clsx("mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-md", accent.icon)}>
              <NodeIcon name={definition.icon} className="size-4" />
            </span>
            <div className="min-w-0">
              <p className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{definition.label}</p>
              <p className="line-clamp-2 text-sm text-slate-800">{summary}</p>
            </div>
          </div>
          {handles.length > 0 && (
            <div className="flex justify-around border-t border-slate-100 px-2 pb-1.5 pt-1">
              {handles.map((h) => (
                <span key={h.id} className="relative max-w-24 truncate text-[10px] font-medium text-slate-500">
                  {handles.length > 1 ? h.label : "\u00a0"}
                </span>
              ))}
            </div>
          )}
        </>
      )}
      {handles.map((h, i) => (
        <Handle
          key={h.id}
          id={h.id}
          type="source"
          position={Position.Bottom}
          style={{ left: `${((i + 0.5) / handles.length) * 100}%` }}
          className="!size-3 !border-2 !border-white !bg-brand-500"
          aria-label={`${h.label} output`}
        />
      ))}
    </div>
  );
}
