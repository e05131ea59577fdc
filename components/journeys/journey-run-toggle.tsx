"use client";

import { Pause, Play } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";

interface TState {
  error: string | null;
}
type TAction = (previous: TState, form: FormData) => Promise<TState>;

/**
 * Pause (live journeys) or Resume (paused ones); nothing for drafts, which have nothing running.
 * A refusal (say, another tab paused it first) shows its reason under the button.
 */
export function JourneyRunToggle({ id, name, status, pauseAction, resumeAction }: { id: string; name: string; status: string; pauseAction: TAction; resumeAction: TAction }) {
  const live = status === "live";
  const [state, formAction, pending] = useActionState(live ? pauseAction : resumeAction, { error: null });
  if (status !== "live" && status !== "paused") return null;
  return (
    <form action={formAction} className="relative">
      <input type="hidden" name="id" value={id} />
      <Button size="sm" variant="ghost" type="submit" disabled={pending} aria-label={`${live ? "Pause" : "Resume"} ${name}`}>
        {live ? <Pause className="size-3.5" aria-hidden /> : <Play className="size-3.5" aria-hidden />} {live ? "Pause" : "Resume"}
      </Button>
      {state.error && <p role="alert" className="absolute right-0 top-full z-10 mt-1 w-64 rounded-md bg-white p-2 text-xs text-red-700 shadow-md ring-1 ring-red-200">{state.error}</p>}
    </form>
  );
}
