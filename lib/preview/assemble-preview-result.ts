import type { TOutboxRow } from "../engine/runner/render-sends";
import type { TSimulationResult } from "../engine/simulate";
import type { TLogEffect } from "../engine/types";
import { BROKEN_STEP_MARK, type TLoadedPreviewVersion } from "./load-preview-version";
import type { TPreviewProfileLoad } from "./load-preview-profile";
import type { TPreviewMessage, TPreviewResult, TPreviewStep } from "./preview-schemas";

export type TAssembleInput = {
  journey: { id: string; name: string };
  loaded: TLoadedPreviewVersion;
  who: TPreviewProfileLoad;
  start: Date;
  until: Date;
  simulation: TSimulationResult;
  /** The simulation's messages rendered as outbox rows, in the same order. */
  rendered: readonly TOutboxRow[];
  notes: string[];
};

const DEAD_END = "dead end: nothing follows";

/** Every log line of the run as a step, with the message each sent line belongs to. */
function stepsOf(simulation: TSimulationResult, labels: ReadonlyMap<string, string>): TPreviewStep[] {
  const steps: TPreviewStep[] = [];
  const pendingMessage = new Map<string, number>();
  let messages = 0;
  for (const effect of simulation.effects) {
    if (effect.type === "send") pendingMessage.set(effect.nodeId, messages++);
    if (effect.type !== "log") continue;
    const log: TLogEffect = effect;
    const messageIndex = log.action === "sent" || log.action === "failed" ? pendingMessage.get(log.nodeId) : undefined;
    if (messageIndex !== undefined) pendingMessage.delete(log.nodeId);
    steps.push({
      index: steps.length,
      at: log.at.toISOString(),
      nodeId: log.nodeId,
      nodeType: log.nodeType,
      nodeLabel: labels.get(log.nodeId) ?? log.nodeId,
      action: log.action,
      reason: log.reason,
      ...(log.handle ? { handle: log.handle } : {}),
      ...(messageIndex !== undefined ? { messageIndex } : {}),
    });
  }
  return steps;
}

function messageOf(index: number, simulated: TSimulationResult["messages"][number], row: TOutboxRow | undefined): TPreviewMessage {
  const rendered = row?.content.rendered ?? {};
  const gone = row?.status === "failed" && Object.keys(rendered).length === 0;
  return {
    index,
    nodeId: simulated.send.nodeId,
    at: simulated.at.toISOString(),
    channel: simulated.send.channel,
    templateId: simulated.send.templateId,
    templateName: row?.content.templateName ?? null,
    recipient: simulated.send.recipient,
    content: gone ? null : rendered,
    error: row?.error ?? simulated.failed,
  };
}

/** Nodes visited (with the indexes of their steps) and edges taken, for the canvas. */
function pathOf(steps: readonly TPreviewStep[], loaded: TLoadedPreviewVersion): TPreviewResult["path"] {
  const visits = new Map<string, number[]>();
  const edges: string[] = [];
  for (const step of steps) {
    visits.set(step.nodeId, [...(visits.get(step.nodeId) ?? []), step.index]);
    if (step.handle === undefined) continue;
    const edge = loaded.version.graph.edges.find((e) => e.source === step.nodeId && e.sourceHandle === step.handle);
    if (edge && !edges.includes(edge.id)) edges.push(edge.id);
  }
  return { nodes: [...visits].map(([nodeId, indexes]) => ({ nodeId, visits: indexes })), edges };
}

/** Where a draft's path met a broken step, or an open output: the stop and its reason. */
function invalidStop(steps: TPreviewStep[], input: TAssembleInput): { steps: TPreviewStep[]; stop: { nodeId: string; reason: string } } | undefined {
  const { loaded, simulation } = input;
  const name = (nodeId: string) => `Step "${loaded.labels.get(nodeId) ?? nodeId}"`;
  const at = steps.findIndex((s) => s.reason.startsWith(BROKEN_STEP_MARK));
  if (at >= 0) {
    const nodeId = steps[at]?.nodeId ?? "";
    return { steps: steps.slice(0, at), stop: { nodeId, reason: `${name(nodeId)}: ${loaded.broken.get(nodeId) ?? "cannot run"}` } };
  }
  const exit = simulation.enrollment?.exitReason ?? "";
  const last = steps.at(-1);
  if (exit.startsWith(DEAD_END) && last && loaded.openHandles.has(last.nodeId)) return { steps, stop: { nodeId: last.nodeId, reason: `${name(last.nodeId)}: ${loaded.openHandles.get(last.nodeId)}` } };
  return undefined;
}

/**
 * The API's answer from a simulation: the decisions as steps (with labels and the messages they
 * sent), the rendered messages, the path for the canvas, where the enrollment stands and why the
 * run stopped. A draft's run that meets a broken step stops there (`invalidStep`) with the
 * validation error as the reason; nothing the stand-in did is shown.
 */
export function assemblePreviewResult(input: TAssembleInput): TPreviewResult {
  const { journey, loaded, who, simulation } = input;
  const all = stepsOf(simulation, loaded.labels);
  const invalid = invalidStop(all, input);
  const steps = invalid?.steps ?? all;
  const enrollment = simulation.enrollment;
  const live = who.live ? { live: { ...who.live.run, continued: who.continueFrom !== undefined, steps: who.live.run.steps.map((s) => ({ ...s, nodeLabel: who.live?.labels.get(s.nodeId) ?? s.nodeId })) } } : {};
  return {
    journey: { id: journey.id, name: journey.name },
    version: { kind: loaded.kind, number: loaded.number },
    profile: who.profile,
    start: input.start.toISOString(),
    until: input.until.toISOString(),
    steps,
    messages: simulation.messages.map((m, i) => messageOf(i, m, input.rendered[i])),
    path: pathOf(steps, loaded),
    enrollment: invalid
      ? { state: "active", currentNodeId: invalid.stop.nodeId, wakeAt: null, exitReason: null }
      : enrollment && { state: enrollment.state, currentNodeId: enrollment.currentNodeId, wakeAt: enrollment.wakeAt?.toISOString() ?? null, exitReason: enrollment.exitReason },
    stoppedBecause: invalid ? "invalidStep" : simulation.stoppedBecause,
    ...(invalid ? { reason: invalid.stop.reason } : simulation.reason ? { reason: simulation.reason } : {}),
    ...live,
    notes: input.notes,
  };
}
