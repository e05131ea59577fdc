import { db } from "../db/client";
import { forgetExitRules } from "../engine/runner/load-exit-rules";
import { asJson } from "../db/json";
import { conflict, invalid, notFound } from "../errors";
import { checkJourney, loadWorkspaceRefs } from "./check-journey";
import type { TJourneyDetail } from "./journey-dto";
import type { TPublishedVersion } from "./lifecycle-schemas";
import { loadJourneyDetail } from "./load-journey-detail";
import { requireValidGraph } from "./require-valid-graph";
import { requireValidSettings } from "./require-valid-settings";
import { isSameJson } from "../journey/same-json";
import { runTestCases } from "../preview/run-test-cases";

export interface TPublishResult {
  version: TPublishedVersion;
  journey: TJourneyDetail;
}

/**
 * Publishes the draft: validates it against the workspace (any error → 409 listing the issues,
 * nothing written), then in one transaction writes an immutable JourneyVersion (previous number
 * + 1, a copy of the draft graph and settings), points the journey at it and makes it live. A
 * paused journey that is published becomes live again: publishing is the deliberate act of
 * putting a journey in front of customers.
 *
 * Refused: archived journeys (400 on `status`); a draft whose graph and settings equal the live
 * version (409 "nothing changed since version N", so history holds no empty versions).
 * Publishing does not bump `revision`: the draft is unchanged, and an open editor keeps saving.
 * Saved test cases that fail on the draft do not block it (the publish dialog shows them first,
 * `GET …/tests/impact`) unless `requirePassingTests` says so: then 409 with the failing cases.
 */
export async function publishJourney(workspaceId: string, id: string, authorId: string | null, options: { requirePassingTests?: boolean } = {}): Promise<TPublishResult> {
  if (options.requirePassingTests) {
    const run = await runTestCases(workspaceId, id, "draft");
    if (run.failed > 0) throw conflict(`${run.failed} saved test ${run.failed === 1 ? "case fails" : "cases fail"} on the draft; publishing was asked to require passing cases`, { failingTests: run.cases.filter((c) => !c.passed) });
  }
  const published = await db.$transaction(async (tx) => {
    // Write to the journey row first: the row lock (PostgreSQL) or the writer lock (SQLite) holds
    // off concurrent publishes and saves until we commit, so what we validate is what we publish,
    // and two publishes cannot both take number N + 1 or both publish the same draft.
    const locked = await tx.journey.updateMany({ where: { id, workspaceId }, data: { updatedAt: new Date() } });
    if (locked.count === 0) throw notFound(`journey ${id}`);
    const journey = await tx.journey.findFirstOrThrow({ where: { id, workspaceId }, select: { draft: true, settings: true, status: true, liveVersionId: true } });
    if (journey.status === "archived") throw invalid("status", "journey is archived; archived journeys cannot be published (duplicate it and publish the copy)");
    const { issues } = checkJourney(journey.draft, journey.settings, await loadWorkspaceRefs(workspaceId, tx));
    const errors = issues.filter((issue) => issue.severity === "error").length;
    if (errors > 0) throw conflict(`graph: ${errors} validation ${errors === 1 ? "error blocks" : "errors block"} publishing`, { issues });
    const graph = requireValidGraph(journey.draft);
    const settings = requireValidSettings(journey.settings);

    const live = journey.liveVersionId
      ? await tx.journeyVersion.findFirst({ where: { id: journey.liveVersionId, workspaceId }, select: { version: true, graph: true, settings: true } })
      : null;
    if (live && isSameJson(live.graph, graph) && isSameJson(live.settings, settings)) {
      const hint = journey.status === "paused" ? "; resume the journey to run it again" : "; edit the draft first";
      throw conflict(`nothing changed since version ${live.version}${hint}`, { liveVersion: live.version });
    }

    const last = await tx.journeyVersion.aggregate({ where: { journeyId: id, workspaceId }, _max: { version: true } });
    const version = await tx.journeyVersion.create({
      data: { workspaceId, journeyId: id, version: (last._max.version ?? 0) + 1, graph: asJson(graph), settings: asJson(settings), authorId },
      select: { id: true, version: true, publishedAt: true, author: { select: { id: true, name: true, email: true } } },
    });
    await tx.journey.updateMany({ where: { id, workspaceId }, data: { status: "live", liveVersionId: version.id } });
    return {
      version: { id: version.id, version: version.version, publishedAt: version.publishedAt.toISOString(), author: version.author },
      journey: await loadJourneyDetail(workspaceId, id, tx),
    };
  });
  // The new version may bring exit criteria: profile changes must see them from now on.
  forgetExitRules(workspaceId);
  return published;
}
