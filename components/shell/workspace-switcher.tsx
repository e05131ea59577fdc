"use client";

import { useRef } from "react";

export interface TWorkspaceOption {
  workspaceId: string;
  workspaceName: string;
  role: string;
}

/** A select that submits on change; rendered only for users in several workspaces. */
export function WorkspaceSwitcher({ current, options, action }: { current: string; options: TWorkspaceOption[]; action: (form: FormData) => Promise<void> }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={action}>
      <label className="block text-[11px] font-medium uppercase tracking-wide text-slate-400" htmlFor="workspace-switcher">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        name="workspaceId"
        defaultValue={current}
        onChange={() => form.current?.requestSubmit()}
        className="mt-1 w-full rounded-md border border-slate-700 bg-slate-800 px-2 py-1.5 text-sm text-white focus:outline-none focus:ring-2 focus:ring-brand-500"
      >
        {options.map((o) => (
          <option key={o.workspaceId} value={o.workspaceId}>
            {o.workspaceName} ({o.role})
          </option>
        ))}
      </select>
    </form>
  );
}
