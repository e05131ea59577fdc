import type { Db } from "../../db/client";
import { lookupGraph } from "../graph-lookup";
import { checkRulesOnly, step } from "../step";
import type { TEnrollmentState, TSendEffect, TStepContext } from "../types";
import type { TCommitItem } from "./commit-steps";
import { activeSlotFor } from "./active-slot";
import type { TRunVersion } from "./load-run-versions";
import { markFailedSends } from "../mark-failed-sends";
import { renderSends } from "./render-sends";

/** One enrollment about to be stepped, with everything the pure step needs. */
export type TStepInput = {
  workspaceId: string;
  mode: TCommitItem["mode"];
  enrollment: TEnrollmentState;
  context: TStepContext;
  run: TRunVersion;
  /** Check only the goal and exit criteria (`checkRulesOnly`): the journey is paused, nothing else may move. */
  rulesOnly?: boolean;
};

/**
 * Steps each enrollment with the pure interpreter and renders its sends into outbox rows: the
 * part of a batch that runs before the commit transaction (rendering is async Liquid work that
 * has no business holding the database's write lock). A send that cannot be rendered is logged
 * and counted as `failed` (see `markFailedSends`).
 */
export async function buildCommitItems(db: Db, inputs: readonly TStepInput[], now: Date): Promise<TCommitItem[]> {
  const stepped = inputs.map((input) => ({ input, result: (input.rulesOnly ? checkRulesOnly : step)(input.run.version, input.enrollment, input.context, now) }));
  const sends = stepped.flatMap(({ input, result }) =>
    result.effects
      .filter((effect): effect is TSendEffect => effect.type === "send")
      .map((send) => ({ workspaceId: input.workspaceId, enrollment: result.enrollment, journeyName: input.run.journeyName, send })),
  );
  const outbox = await renderSends(db, sends, now);
  return stepped.map(({ input, result }) => {
    const trigger = lookupGraph(input.run.version.graph).trigger();
    const reentry = trigger?.type === "trigger" ? trigger.data.reentry : "always";
    const rows = outbox.filter((row) => row.enrollmentId === result.enrollment.id);
    return {
      workspaceId: input.workspaceId,
      mode: input.mode,
      result: markFailedSends(result, rows),
      outbox: rows,
      ...(input.mode === "create" ? { activeSlot: activeSlotFor(reentry, result.enrollment.journeyId, result.enrollment.profileId) } : {}),
    };
  });
}
