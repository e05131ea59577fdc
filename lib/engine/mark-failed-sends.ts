import type { TStepResult } from "./types";

/** What the correction needs of a rendered send: its key, whether it failed and why. */
export type TRenderedSend = { idempotencyKey: string; status: string; error: string | null };

/**
 * The step result as it really went: a send whose outbox row could not be rendered (its template
 * was deleted, is for another channel, or failed in Liquid) is logged — and so counted in
 * NodeStat — as `failed` with the reason, not as `sent`. The pure step decided to send without
 * seeing templates (it never reads the database); rendering runs after it and before the commit,
 * so this is where its "sent" line is corrected (the runner with its outbox rows, the simulation
 * with the preview's renders). The path the enrollment took stays as it is: the step went on, as
 * it does after a send the provider later rejects.
 */
export function markFailedSends(result: TStepResult, rendered: readonly TRenderedSend[]): TStepResult {
  const failed = new Map(rendered.filter((row) => row.status === "failed").map((row) => [row.idempotencyKey, row]));
  if (failed.size === 0) return result;
  const effects = [...result.effects];
  effects.forEach((effect, i) => {
    if (effect.type !== "send") return;
    const row = failed.get(effect.idempotencyKey);
    if (!row) return;
    // The node's "sent" line follows its send effect (the step folds effects, then logs).
    const line = effects.findIndex((e, j) => j > i && e.type === "log" && e.nodeId === effect.nodeId && e.action === "sent");
    const log = effects[line];
    if (log?.type === "log") effects[line] = { ...log, action: "failed", reason: `failed: ${row.error ?? "could not be rendered"}` };
  });
  return { ...result, effects };
}
