"use client";

import { useDebouncedAnswer } from "@/components/ui/use-debounced-answer";
import type { TChannel } from "@/lib/journey/channels";
import type { TPreviewTemplateResponse } from "@/lib/message-templates/template-schemas";
import { previewTemplate } from "./template-api";

export interface TTemplatePreview {
  data: TPreviewTemplateResponse | null;
  error: string | null;
  /** the shown preview is for older content or another profile; a fresh one is on its way */
  stale: boolean;
}

/** Debounce: fast enough to feel live, slow enough not to render on every keystroke. */
const DELAY_MS = 300;

/**
 * The live preview of unsaved content: re-rendered by the preview API a moment after the
 * content or the chosen profile changes. Older requests are aborted, so a slow answer never
 * overwrites a newer one.
 */
export function useTemplatePreview(channel: TChannel, content: Record<string, unknown>, profileId: string | null): TTemplatePreview {
  return useDebouncedAnswer({ channel, content, profileId }, previewTemplate, DELAY_MS);
}
