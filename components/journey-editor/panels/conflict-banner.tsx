"use client";

import { TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useEditor, usePersistence } from "../store/editor-context";

/**
 * Shown when a save was refused because the journey changed elsewhere (another tab, a colleague,
 * the API). Autosave stays off until the user picks a side: theirs replaces this canvas, mine
 * replaces theirs. Nothing happens silently.
 */
export function ConflictBanner() {
  const conflict = useEditor((s) => s.save.kind === "conflict");
  const persistence = usePersistence();
  const [busy, setBusy] = useState(false);
  if (!conflict) return null;
  const run = async (choice: () => Promise<void>) => {
    setBusy(true);
    try {
      await choice();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950">
      <TriangleAlert className="size-4 shrink-0 text-amber-600" aria-hidden />
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">This journey was changed in another tab or by someone else.</strong> Your latest changes are not saved. Load their version (yours is discarded) or overwrite theirs with yours.
      </p>
      <Button size="sm" onClick={() => void run(persistence.reloadTheirs)} disabled={busy}>
        Reload their version
      </Button>
      <Button size="sm" variant="primary" onClick={() => void run(persistence.overwriteWithMine)} disabled={busy}>
        Overwrite with mine
      </Button>
    </div>
  );
}
