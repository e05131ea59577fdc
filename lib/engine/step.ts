import type { TJourneyNode } from "../journey/graph";
import { getNodeDefinition } from "../journey/registry";
import { applyTraitAssignments } from "./apply-trait-assignments";
import { assertNever } from "./assert-never";
import { checkJourneyRules } from "./check-journey-rules";
import { lookupGraph, type TGraphLookup } from "./graph-lookup";
import { resolveTimeZone } from "./time/resolve-time-zone";
import type {
  TEffect,
  TEnrollmentMemory,
  TEnrollmentState,
  TJourneyVersion,
  TLogAction,
  TNodeOutcome,
  TStepContext,
  TStepResult,
} from "./types";

/** One step in progress: a working copy of the enrollment and of the context, and what it emitted. */
type TRun = {
  version: TJourneyVersion;
  graph: TGraphLookup;
  now: Date;
  timeZone: string;
  enrollment: TEnrollmentState;
  context: TStepContext;
  effects: TEffect[];
};

/** The node a log line or exit is about (a missing node is named by its id, type "unknown"). */
type TWhere = { id: string; type: string };

/** Copies of everything the step changes, so the caller's enrollment and context stay untouched. */
function begin(version: TJourneyVersion, enrollment: TEnrollmentState, context: TStepContext, now: Date): TRun {
  const memory: TEnrollmentMemory = {
    ...enrollment.memory,
    visits: { ...enrollment.memory.visits },
    splits: { ...enrollment.memory.splits },
    sends: { ...enrollment.memory.sends },
  };
  return {
    version,
    graph: lookupGraph(version.graph),
    now,
    timeZone: resolveTimeZone(context.profile.timezone, context.workspace.timezone),
    enrollment: { ...enrollment, memory },
    context: { ...context, profile: { ...context.profile } },
    effects: [],
  };
}

function log(run: TRun, where: TWhere, action: TLogAction, reason: string, handle?: string): void {
  run.effects.push({ type: "log", nodeId: where.id, nodeType: where.type, action, reason, ...(handle === undefined ? {} : { handle }), at: run.now });
}

/** Emit a handler's effects and fold them into the working state, so later nodes of this step see them. */
function fold(run: TRun, where: TWhere, effects: readonly TEffect[] | undefined): void {
  for (const effect of effects ?? []) {
    run.effects.push(effect);
    switch (effect.type) {
      case "send": {
        const memory = run.enrollment.memory;
        memory.sends = { ...memory.sends, [effect.nodeId]: [...(memory.sends[effect.nodeId] ?? []), effect.idempotencyKey] };
        const sent = { channel: effect.channel, at: run.now, journeyId: run.context.journey.id, exempt: effect.frequencyCapExempt };
        run.context = { ...run.context, messages: [...run.context.messages, sent] };
        break;
      }
      case "updateProfile":
        run.context = { ...run.context, profile: { ...run.context.profile, traits: applyTraitAssignments(run.context.profile.traits, effect.assignments) } };
        break;
      case "convert":
        run.enrollment.memory.converted = { at: effect.at, event: effect.event };
        log(run, where, "converted", `converted: performed "${effect.event}"`);
        break;
      case "log":
      case "schedule":
      case "exit":
        break;
      default:
        assertNever(effect, "effect");
    }
  }
}

function remember(run: TRun, memory: Partial<TEnrollmentMemory> | undefined): void {
  if (memory) run.enrollment.memory = { ...run.enrollment.memory, ...memory };
}

/** A deferral belongs to the node that deferred; leaving that node forgets it. */
function forgetDeferral(run: TRun): void {
  if (run.enrollment.memory.deferredUntil === undefined) return;
  const { deferredUntil: _dropped, ...memory } = run.enrollment.memory;
  run.enrollment.memory = memory;
}

function finish(run: TRun, where: TWhere | undefined, state: "completed" | "exited", reason: string): TStepResult {
  forgetDeferral(run);
  run.enrollment = { ...run.enrollment, state, wakeAt: null, waitingFor: null, exitedAt: run.now, exitReason: reason };
  run.effects.push({ type: "exit", nodeId: where?.id ?? null, state, reason });
  return { enrollment: run.enrollment, effects: run.effects };
}

/** Goal and exit criteria at the start of the step; the result when they end it. */
function applyJourneyRules(run: TRun, where: TWhere): TStepResult | undefined {
  const rules = checkJourneyRules(run.version.settings, run.enrollment, run.context, run.now);
  if (rules.converted) fold(run, where, [{ type: "convert", ...rules.converted }]);
  if (!rules.exit) return undefined;
  log(run, where, "exited", rules.exit.reason);
  return finish(run, where, "exited", rules.exit.reason);
}

/** Where a step starts: the current node, or the trigger of an enrollment that has none yet. */
function startNode(run: TRun): TJourneyNode | undefined {
  const id = run.enrollment.currentNodeId;
  return id === null ? run.graph.trigger() : run.graph.node(id);
}

/** Apply a handler's decision; the next node to enter, or the step's result. */
function apply(run: TRun, node: TJourneyNode, outcome: TNodeOutcome, arrival: "enter" | "resume"): TJourneyNode | TStepResult {
  switch (outcome.kind) {
    case "stay":
      // Only a parked node may stay parked; a node just entered must decide.
      if (arrival === "enter") return finish(run, node, "exited", `step "${node.id}" made no decision`);
      return { enrollment: run.enrollment, effects: run.effects };
    case "continue": {
      fold(run, node, outcome.effects);
      remember(run, outcome.memory);
      log(run, node, outcome.action, outcome.reason, outcome.handle);
      forgetDeferral(run);
      const next = run.graph.next(node.id, outcome.handle);
      if (!next) return finish(run, node, "exited", `dead end: nothing follows "${outcome.handle}" of step "${node.id}"`);
      run.enrollment = { ...run.enrollment, state: "active", currentNodeId: next.id, wakeAt: null, waitingFor: null };
      return next;
    }
    case "park":
      fold(run, node, outcome.effects);
      remember(run, outcome.memory);
      log(run, node, outcome.action, outcome.reason);
      run.enrollment = { ...run.enrollment, state: "waiting", currentNodeId: node.id, wakeAt: outcome.wakeAt, waitingFor: outcome.waitingFor };
      run.effects.push({ type: "schedule", wakeAt: outcome.wakeAt });
      return { enrollment: run.enrollment, effects: run.effects };
    case "end":
      fold(run, node, outcome.effects);
      remember(run, outcome.memory);
      log(run, node, outcome.action, outcome.reason);
      return finish(run, node, outcome.state, outcome.reason);
    default:
      return assertNever(outcome, "node outcome");
  }
}

/**
 * Advance one enrollment as far as it can go now: check the journey's goal and exit criteria,
 * then run instantaneous nodes until one parks the profile (a wait, a wait-for-event, a deferred
 * send) or the enrollment ends. Pure and deterministic: no clock, database or network; `now` and
 * a read-only `context` come in, the new enrollment and the effects for the runner to commit go
 * out (sends with idempotency keys `${enrollmentId}:${nodeId}:${visit}`, a log line with a reason
 * for every decision, the wake time, profile updates, conversions, the exit).
 *
 * The loop is bounded by the graph's size: a loop without a wait (which validation refuses to
 * publish) ends the enrollment with a "loop guard" exit instead of spinning. A finished enrollment
 * is returned as it is, with no effects.
 */
export function step(version: TJourneyVersion, enrollment: TEnrollmentState, context: TStepContext, now: Date): TStepResult {
  switch (enrollment.state) {
    case "completed":
    case "exited":
      return { enrollment, effects: [] };
    case "active":
    case "waiting":
      break;
    default:
      return assertNever(enrollment.state, "enrollment state");
  }
  const run = begin(version, enrollment, context, now);
  let node = startNode(run);
  const where: TWhere = node ?? { id: enrollment.currentNodeId ?? "", type: "unknown" };
  const ended = applyJourneyRules(run, where);
  if (ended) return ended;
  if (!node) {
    const reason = enrollment.currentNodeId === null ? "the journey has no trigger" : `step "${enrollment.currentNodeId}" is not in this version`;
    log(run, where, "exited", reason);
    return finish(run, where, "exited", reason);
  }
  let arrival: "enter" | "resume" = enrollment.state === "waiting" ? "resume" : "enter";
  // A valid graph enters each node at most once per step, plus the node it resumed on.
  for (let moves = 0; moves <= run.graph.size; moves++) {
    const visits = run.enrollment.memory.visits;
    if (arrival === "enter") visits[node.id] = (visits[node.id] ?? 0) + 1;
    const input = {
      nodeId: node.id,
      arrival,
      visit: visits[node.id] ?? 1,
      enrollment: run.enrollment,
      context: run.context,
      settings: run.version.settings,
      timeZone: run.timeZone,
      now,
    };
    const outcome: TNodeOutcome = getNodeDefinition(node.type)?.run(node.data, input) ?? { kind: "end", state: "exited", action: "exited", reason: `unknown step type "${node.type}"` };
    const next = apply(run, node, outcome, arrival);
    if (!("id" in next)) return next;
    node = next;
    arrival = "enter";
  }
  const reason = `loop guard: more than ${run.graph.size} steps in one go without a wait`;
  log(run, node, "exited", reason);
  return finish(run, node, "exited", reason);
}

/**
 * Only the journey-level rules (goal, exit criteria) for an enrollment that must not move on: its
 * journey is paused, so no node runs, but a profile that now matches the exit criteria leaves
 * (and a reached goal is recorded), as it would at its next step. Pure, like `step`.
 */
export function checkRulesOnly(version: TJourneyVersion, enrollment: TEnrollmentState, context: TStepContext, now: Date): TStepResult {
  if (enrollment.state === "completed" || enrollment.state === "exited") return { enrollment, effects: [] };
  const run = begin(version, enrollment, context, now);
  const node = startNode(run);
  const where: TWhere = node ?? { id: enrollment.currentNodeId ?? "", type: "unknown" };
  return applyJourneyRules(run, where) ?? { enrollment: run.enrollment, effects: run.effects };
}
