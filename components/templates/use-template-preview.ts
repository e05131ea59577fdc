"use client";

import { useEffect, useState } from "react";
import type { TChannel } from "@/lib/journey/channels";
import type { TPreviewTemplateResponse } from "@/lib/message-templates/template-schemas";
import { previewTemplate } from "./template-api";

interface TPreviewState {
  /** what the answer was for: content and profile, as one key */
  key: string;
  data: TPreviewTemplateResponse | null;
  error: string | null;
}

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
  const key = JSON.stringify([channel, content, profileId]);
  const [state, setState] = useState<TPreviewState>({ key: "", data: null, error: null });

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const [requestChannel, requestContent, requestProfile] = JSON.parse(key) as [TChannel, unknown, string | null];
      try {
        const result = await previewTemplate({ channel: requestChannel, content: requestContent, profileId: requestProfile }, controller.signal);
        if (controller.signal.aborted) return;
        setState((previous) => (result.ok ? { key, data: result.data, error: null } : { key, data: previous.data, error: result.error }));
      } catch {
        // Aborted: a newer request replaces this one.
      }
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return { data: state.data, error: state.error, stale: state.key !== key };
}
