import { db as defaultDb } from "../db/client";
import { loadPreviewJourney } from "./load-preview-journey";
import { loadPreviewVersion } from "./load-preview-version";
import type { TPreviewRequest, TPreviewResult } from "./preview-schemas";
import { previewVersion, type TPreviewOptions } from "./preview-version";

export type TRunPreviewOptions = TPreviewOptions;

/**
 * One profile's exact path through a journey on a virtual clock: the draft (even with
 * validation errors: the path stops at the first broken step, with the error as its reason) or
 * a published version; a real profile as the runner sees it at `start` (its history, caps,
 * memberships), a hypothetical one, or a real one with overrides; the scripted events (track and
 * identify) and engagement assumptions per message step. Runs the runner's own `step` through
 * `simulateJourney` and renders every message with the outbox's renderer, at its virtual time.
 * Read-only: no row is written anywhere and nothing reaches a channel adapter.
 *
 * Bad input is a 400 naming the field: an unknown profile (`profileId`) or version (`version`),
 * an `assume` key that is not a message step (`assume.<nodeId>`), a scripted event ingestion
 * would refuse (`events.3.properties`), `until` more than 400 days after `start`. A run past the
 * iteration bound stops with `stoppedBecause: "iterationLimit"`, never a hang.
 */
export async function runPreview(workspaceId: string, journeyId: string, request: TPreviewRequest, options: TRunPreviewOptions = {}): Promise<TPreviewResult> {
  const client = options.db ?? defaultDb;
  const journey = await loadPreviewJourney(client, workspaceId, journeyId);
  const loaded = await loadPreviewVersion(client, workspaceId, journey, request.version ?? "draft");
  return previewVersion(client, workspaceId, journey, loaded, request, options);
}
