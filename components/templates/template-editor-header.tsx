"use client";

import { TitleInput } from "@/components/ui/title-input";
import clsx from "clsx";
import { ArrowLeft, Copy, Save, Trash2 } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CHANNEL_LABELS, type TChannel } from "@/lib/journey/channels";
import { ChannelIcon } from "./channel-icon";

export type TSaveStatus = "idle" | "dirty" | "saving" | "saved" | "created" | "error";

const STATUS_TEXT: Record<TSaveStatus, string> = {
  idle: "",
  dirty: "Unsaved changes",
  saving: "Saving…",
  saved: "Saved",
  created: "Template created",
  error: "Not saved",
};

interface TProps {
  channel: TChannel;
  name: string;
  onNameChange: (name: string) => void;
  nameError: string | null;
  readOnly: boolean;
  isNew: boolean;
  status: TSaveStatus;
  busy: boolean;
  onSave: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** Back link, the name, and Save / Duplicate / Delete with what happened last. */
export function TemplateEditorHeader({ channel, name, onNameChange, nameError, readOnly, isNew, status, busy, onSave, onDuplicate, onDelete }: TProps) {
  return (
    <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-6 py-3">
      <Link href="/templates" className="flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ArrowLeft className="size-4" aria-hidden /> Templates
      </Link>
      <span className="h-6 w-px bg-slate-200" aria-hidden />
      <ChannelIcon channel={channel} />
      <div className="min-w-[16rem] flex-1">
        <p className="px-2 text-[11px] font-medium uppercase tracking-wide text-slate-500">{CHANNEL_LABELS[channel]} template</p>
        <TitleInput
          label="Template name"
          value={name}
          readOnly={readOnly}
          autoFocus={isNew}
          placeholder={`Name this ${CHANNEL_LABELS[channel]} template`}
          onChange={onNameChange}
          error={nameError}
        />
      </div>
      {!readOnly && (
        <div className="flex items-center gap-2">
          <span role="status" className={clsx("min-w-[7rem] text-right text-xs", status === "error" ? "font-medium text-red-700" : status === "dirty" ? "text-amber-700" : "text-slate-500")}>
            {STATUS_TEXT[status]}
          </span>
          {!isNew && (
            <>
              <Button size="sm" variant="ghost" onClick={onDuplicate} disabled={busy || status === "dirty"} title={status === "dirty" ? "Save first: the copy is made of the saved template" : undefined}>
                <Copy className="size-3.5" aria-hidden /> Duplicate
              </Button>
              <Button size="sm" variant="ghost" onClick={onDelete} disabled={busy} className="text-red-700 hover:bg-red-50">
                <Trash2 className="size-3.5" aria-hidden /> Delete
              </Button>
            </>
          )}
          <Button variant="primary" onClick={onSave} disabled={busy || (!isNew && status !== "dirty" && status !== "error")}>
            <Save className="size-4" aria-hidden /> Save
          </Button>
        </div>
      )}
    </header>
  );
}
