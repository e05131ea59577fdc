"use client";

import { Braces, ChevronDown } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { STANDARD_VARIABLES } from "@/lib/message-templates/template-variable-paths";
import { useVariableTarget } from "./variable-target";

/**
 * "Insert variable": the standard variables and the preview profile's own traits and event
 * properties; a click writes `{{ path }}` where the cursor was in the last focused field.
 */
export function InsertVariableMenu({ variables }: { variables: readonly string[] | undefined }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const { insert } = useVariableTarget();
  const list = variables?.length ? variables : STANDARD_VARIABLES;

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const pick = (path: string) => {
    const inserted = insert(`{{ ${path} }}`);
    setNotice(inserted ? null : "Click into a field first, then insert.");
    if (inserted) setOpen(false);
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        // Keep focus (and the caret) in the field being edited.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-xs hover:bg-slate-50"
      >
        <Braces className="size-3.5" aria-hidden /> Insert variable <ChevronDown className="size-3 text-slate-500" aria-hidden />
      </button>
      {open && (
        <div role="menu" aria-label="Variables" className="absolute right-0 top-full z-20 mt-1 max-h-80 w-72 overflow-y-auto rounded-lg border border-slate-200 bg-white py-1 shadow-lg">
          {notice && <p className="px-3 py-1.5 text-xs font-medium text-amber-800">{notice}</p>}
          {list.map((path) => (
            <button
              key={path}
              type="button"
              role="menuitem"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(path)}
              className="block w-full truncate px-3 py-1.5 text-left font-mono text-xs text-slate-800 hover:bg-brand-50"
            >
              {path}
            </button>
          ))}
          <p className="border-t border-slate-100 px-3 py-2 text-[11px] leading-4 text-slate-500">
            Missing values render empty; add a fallback with <code className="font-mono">{"| default: 'there'"}</code>.
          </p>
        </div>
      )}
    </div>
  );
}
