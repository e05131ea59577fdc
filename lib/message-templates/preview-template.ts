import type { TChannel } from "../journey/channels";
import { loadPreviewProfile } from "./load-preview-profile";
import { renderTemplate } from "./render-template";
import { countSmsSegments, type TSmsSegments } from "./sms-segments";
import type { TTemplateError } from "./template-error";
import { templateVariablePaths } from "./template-variable-paths";

export interface TPreviewTemplateInput {
  channel: TChannel;
  /** content as the editor holds it: saved or not, complete or not */
  content: Record<string, unknown>;
  profileId?: string;
}

export interface TPreviewTemplateResult {
  rendered: Record<string, unknown>;
  errors: TTemplateError[];
  profile: { id: string; label: string; sample: boolean };
  event: { name: string; timestamp: string } | null;
  variables: string[];
  sms?: TSmsSegments;
}

/** A journey for `{{ journey.name }}` to show: previews run outside any journey. */
const PREVIEW_JOURNEY = { id: "preview", name: "Preview journey" };

/**
 * Renders content for a real customer of the workspace (the one asked for, else the most
 * recently seen, else clearly labelled sample data) with their latest track event as `event`.
 * Works on unsaved content: the editor calls it while the marketer types. Liquid problems come
 * back in `errors`, never as a failure.
 */
export async function previewTemplate(workspaceId: string, input: TPreviewTemplateInput, options: { unsubscribeUrl: string }): Promise<TPreviewTemplateResult> {
  const subject = await loadPreviewProfile(workspaceId, input.profileId);
  const { rendered, errors } = await renderTemplate(input.channel, input.content, {
    profile: subject.profile,
    event: subject.event,
    journey: PREVIEW_JOURNEY,
    unsubscribeUrl: options.unsubscribeUrl,
  });
  const body = rendered.body;
  return {
    rendered,
    errors,
    profile: { id: subject.profile.id, label: subject.label, sample: subject.sample },
    event: subject.event ? { name: subject.event.name, timestamp: subject.event.timestamp } : null,
    variables: templateVariablePaths(subject),
    ...(input.channel === "sms" && { sms: countSmsSegments(typeof body === "string" ? body : "") }),
  };
}
