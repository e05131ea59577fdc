"use client";

import { ChevronDown, Plus } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/journey/channels";
import { CHANNEL_DESCRIPTIONS, ChannelIcon } from "./channel-icon";

/** "New template": first the channel, since it decides every field of the form. */
export function NewTemplateMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1.5 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        <Plus className="size-4" aria-hidden /> New template <ChevronDown className="size-3.5 opacity-80" aria-hidden />
      </button>
      {open && (
        <div role="menu" aria-label="Choose a channel" className="absolute right-0 top-full z-20 mt-1.5 w-80 rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg">
          {CHANNELS.map((channel) => (
            <Link key={channel} role="menuitem" href={`/templates/new?channel=${channel}`} className="flex items-center gap-3 rounded-lg px-2.5 py-2 hover:bg-slate-50 focus:bg-slate-50 focus:outline-none">
              <ChannelIcon channel={channel} />
              <span>
                <span className="block text-sm font-medium text-slate-900">{CHANNEL_LABELS[channel]}</span>
                <span className="block text-xs text-slate-500">{CHANNEL_DESCRIPTIONS[channel]}</span>
              </span>
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
