"use client";

import clsx from "clsx";
import { ChevronDown, Search, UserRound } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import type { TPreviewProfileOption } from "@/lib/message-templates/template-schemas";
import { searchPreviewProfiles } from "./template-api";

interface TProps {
  /** who the preview currently shows */
  current: { id: string; label: string; sample: boolean } | null;
  onSelect: (profileId: string, label: string) => void;
  /** the caption above the name (default "Previewing as") */
  caption?: string;
  /** what the button says while `current` is null (default: loading) */
  placeholder?: string;
}

/** Picks the customer the preview renders for: the 20 most recently seen, or a search by email, phone, user id or name. */
export function ProfilePicker({ current, onSelect, caption = "Previewing as", placeholder }: TProps) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ q: string; profiles: TPreviewProfileOption[] } | null>(null);
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const result = await searchPreviewProfiles(q, controller.signal);
        if (!controller.signal.aborted) setResults({ q, profiles: result.ok ? result.data.profiles : [] });
      } catch {
        // aborted by a newer search
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, q]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  const profiles = results?.profiles ?? [];
  const loading = results === null || results.q !== q;
  const choose = (profile: TPreviewProfileOption | undefined) => {
    if (!profile) return;
    onSelect(profile.id, profile.label);
    setOpen(false);
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, profiles.length - 1));
    else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
    else if (event.key === "Enter") choose(profiles[active]);
    else if (event.key === "Escape") setOpen(false);
    else return;
    event.preventDefault();
  };

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-label={`Preview profile: ${current?.label ?? placeholder ?? "loading"}`}
        onClick={() => setOpen((o) => !o)}
        className="flex w-full items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-left text-sm shadow-xs hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <UserRound className="size-4" aria-hidden />
        </span>
        <span className="min-w-0 flex-1">
          <span className="block text-[11px] font-medium uppercase tracking-wide text-slate-500">{caption}</span>
          <span className={clsx("block truncate font-medium", current?.sample ? "text-amber-800" : "text-slate-900")} data-testid="preview-profile">
            {current?.label ?? placeholder ?? "…"}
          </span>
        </span>
        <ChevronDown className="size-4 shrink-0 text-slate-500" aria-hidden />
      </button>
      {open && (
        <div className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center gap-2 border-b border-slate-100 px-3">
            <Search className="size-4 text-slate-400" aria-hidden />
            <input
              autoFocus
              role="combobox"
              aria-label="Search profiles"
              aria-controls={listId}
              aria-expanded
              aria-activedescendant={profiles[active] ? `${listId}-${profiles[active].id}` : undefined}
              value={q}
              onChange={(e) => {
                setQ(e.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              placeholder="Email, phone, user id or name"
              className="w-full py-2.5 text-sm focus:outline-none"
            />
          </div>
          <ul id={listId} role="listbox" aria-label="Profiles" aria-busy={loading} className="max-h-72 overflow-y-auto py-1">
            {profiles.map((profile, index) => (
              <li
                key={profile.id}
                id={`${listId}-${profile.id}`}
                role="option"
                aria-selected={profile.id === current?.id}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(profile)}
                className={clsx("cursor-pointer px-3 py-2 text-sm", index === active && "bg-brand-50")}
              >
                <span className="block truncate font-medium text-slate-900">{profile.label}</span>
                {profile.detail && <span className="block truncate text-xs text-slate-500">{profile.detail}</span>}
              </li>
            ))}
            {!loading && profiles.length === 0 && (
              <li className="px-3 py-3 text-sm text-slate-500">{q ? `No customer matches “${q}”. Try part of an email or a user id.` : "No customers yet: the preview uses sample data."}</li>
            )}
            {loading && profiles.length === 0 && <li className="px-3 py-3 text-sm text-slate-500">Searching…</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
