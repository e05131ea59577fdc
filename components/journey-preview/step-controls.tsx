"use client";

import { ChevronLeft, ChevronRight, ChevronsRight, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";

/**
 * Walks the run one decision at a time: the canvas and the timeline show the first `shown`
 * decisions. "Jump to end" shows them all (where a fresh run lands).
 */
export function StepControls({ shown, total, onShow }: { shown: number; total: number; onShow: (shown: number | null) => void }) {
  const atEnd = shown >= total;
  return (
    <div role="toolbar" aria-label="Step through the path" className="flex items-center gap-1 whitespace-nowrap">
      <Button size="sm" variant="ghost" onClick={() => onShow(0)} disabled={shown === 0} aria-label="Back to the start" title="Back to the start">
        <RotateCcw className="size-3.5" aria-hidden />
      </Button>
      <Button size="sm" variant="ghost" onClick={() => onShow(Math.max(0, shown - 1))} disabled={shown === 0} aria-label="Step back" title="Step back one decision">
        <ChevronLeft className="size-3.5" aria-hidden />
      </Button>
      <span className="min-w-28 px-1 text-center text-xs tabular-nums text-slate-600" aria-live="polite" data-testid="step-position">
        {total === 0 ? "No decisions" : `Decision ${shown} of ${total}`}
      </span>
      <Button size="sm" onClick={() => onShow(shown + 1 >= total ? null : shown + 1)} disabled={atEnd} title="Step forward one decision">
        Step <ChevronRight className="size-3.5" aria-hidden />
      </Button>
      <Button size="sm" variant="ghost" onClick={() => onShow(null)} disabled={atEnd} title="Show the whole path">
        Jump to end <ChevronsRight className="size-3.5" aria-hidden />
      </Button>
    </div>
  );
}
