import { invalid } from "../errors";
import { afterStart } from "./build-preview-timeline";
import { PREVIEW_LIMITS, type TPreviewInput } from "./preview-schemas";

const DAY = 86_400_000;

/** `start` and `until` of a request: defaults, and the 400-day bound. */
export function previewWindow(input: Pick<TPreviewInput, "start" | "until" | "duration">, now: Date): { start: Date; until: Date } {
  const start = input.start ? new Date(input.start) : now;
  const until = input.until ? new Date(input.until) : input.duration ? afterStart(start, input.duration) : new Date(start.getTime() + PREVIEW_LIMITS.defaultDays * DAY);
  const field = input.duration ? "duration" : "until";
  if (until.getTime() <= start.getTime()) throw invalid(field, "must end after `start`");
  if (until.getTime() - start.getTime() > PREVIEW_LIMITS.maxDays * DAY) throw invalid(field, `may lie at most ${PREVIEW_LIMITS.maxDays} days after \`start\``);
  return { start, until };
}
