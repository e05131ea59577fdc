"use client";

import clsx from "clsx";
import { useState } from "react";
import { renderedText, type TChannelPreviewProps } from "./preview-props";

/**
 * An inbox view: subject and preheader, then the HTML in a sandboxed iframe (no scripts, forms
 * or navigation, and no access to this page) or the plain-text part.
 */
export function EmailPreview({ rendered, profileLabel }: TChannelPreviewProps) {
  const [view, setView] = useState<"html" | "text">("html");
  const subject = renderedText(rendered, "subject");
  const preheader = renderedText(rendered, "preheader");
  const html = renderedText(rendered, "html");
  const text = renderedText(rendered, "text");
  return (
    <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="space-y-1 border-b border-slate-100 px-4 py-3">
        <p className="text-xs text-slate-500">To: <span className="text-slate-700">{profileLabel}</span></p>
        <p className="text-[15px] font-semibold text-slate-900" data-testid="email-subject">{subject || <span className="font-normal italic text-slate-400">No subject</span>}</p>
        {preheader && <p className="truncate text-sm text-slate-500">{preheader}</p>}
      </div>
      <div className="flex gap-1 border-b border-slate-100 bg-slate-50 px-3 py-1.5" role="group" aria-label="Email part">
        {(["html", "text"] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => setView(v)}
            className={clsx("rounded px-2 py-0.5 text-xs font-medium", view === v ? "bg-white text-slate-900 shadow-xs ring-1 ring-slate-200" : "text-slate-600 hover:text-slate-900")}
          >
            {v === "html" ? "HTML" : "Plain text"}
          </button>
        ))}
      </div>
      {view === "html" ? (
        html.trim() ? (
          <iframe title="Email preview" sandbox="" srcDoc={html} className="block h-[480px] w-full bg-white" />
        ) : (
          <p className="px-4 py-10 text-center text-sm text-slate-500">The HTML body is empty: write it on the left, or rely on the plain-text part.</p>
        )
      ) : (
        <pre className="max-h-[480px] overflow-auto whitespace-pre-wrap break-words px-4 py-3 font-sans text-sm text-slate-800">{text || <span className="italic text-slate-400">No plain-text part.</span>}</pre>
      )}
    </div>
  );
}
