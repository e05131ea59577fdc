import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGraph } from "../journey/parse-graph";
import { validateJourney } from "../journey/validate";
import { simulateJourney, type TEngagementModel, type TSimulationResult } from "./simulate";
import { step } from "./step";
import { arbitraryContext, arbitraryGraph, arbitraryPublishableGraph, arbitrarySettings, arbitraryTimeline, EVENT_NAMES, GENERATED_TEMPLATES, START_TIMES } from "./testing/arbitrary-journey";
import { enrol, makeVersion } from "./testing/engine-fixtures";
import type { TStepResult } from "./types";

const DAY = 86_400_000;

/** Freezes a value and everything inside it: a step that writes to its inputs throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const startAndTimeline = fc.constantFrom(...START_TIMES).chain((start) => fc.tuple(fc.constant(start), arbitraryTimeline(start)));

/** When (if ever) the simulated profile opens and clicks what it is sent. */
const engagementArb = fc.record({ openAfter: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }), clicks: fc.boolean() }).map(
  ({ openAfter, clicks }): TEngagementModel =>
    ({ at }) => {
      const opened = openAfter === null ? null : new Date(at.getTime() + openAfter * 60_000);
      return { opened, clicked: clicks ? opened : null };
    },
);

function expectSettled(result: TSimulationResult): void {
  if (result.enrollment === null) {
    expect(result.stoppedBecause).toBe("notEnrolled");
    return;
  }
  expect(["completed", "exited", "waiting"]).toContain(result.enrollment.state);
  const exits = result.effects.filter((e) => e.type === "exit");
  if (result.enrollment.state === "waiting") {
    expect(exits).toEqual([]);
    expect(result.enrollment.wakeAt).not.toBeNull();
  } else {
    // Ended exactly once, and nothing happened after the end.
    expect(exits).toHaveLength(1);
    expect(result.effects.at(-1)?.type).toBe("exit");
  }
  const keys = result.effects.flatMap((e) => (e.type === "send" ? [e.idempotencyKey] : []));
  expect(new Set(keys).size).toBe(keys.length);
}

describe("step and simulateJourney on generated journeys", () => {
  it("end every enrollment of a valid journey in an exit or a wait, whatever the timeline, within bounds and without a key sent twice", () => {
    let valid = 0;
    fc.assert(
      fc.property(arbitraryPublishableGraph, arbitrarySettings, arbitraryContext, startAndTimeline, engagementArb, (graph, settings, context, [start, timeline], engagement) => {
        const errors = validateJourney(graph, { templates: GENERATED_TEMPLATES, settings }).filter((i) => i.severity === "error");
        if (errors.length > 0) return;
        valid++;
        const result = simulateJourney(makeVersion(graph, settings), context, timeline, { start, until: new Date(start.getTime() + 10 * DAY), engagement });
        expectSettled(result);
        expect(result.stoppedBecause).not.toBe("iterationLimit");
        // A publishable journey never needs the interpreter's safety exits.
        expect(result.enrollment?.exitReason ?? "").not.toMatch(/^(loop guard|dead end|step ")/);
      }),
      { numRuns: 1500 },
    );
    // The property only means something if the generator yields valid journeys often enough.
    expect(valid).toBeGreaterThan(600);
  });

  it("never throw on drafts that would not publish (open outputs, loops without waits), and stay bounded", () => {
    const safetyExits = new Set<string>();
    fc.assert(
      fc.property(arbitraryGraph, arbitrarySettings, arbitraryContext, startAndTimeline, (graph, settings, context, [start, timeline]) => {
        if (!parseGraph(graph).ok) return;
        const version = makeVersion(graph, settings);
        const first = step(version, enrol(version, start), context, start);
        expect(["completed", "exited", "waiting"]).toContain(first.enrollment.state);
        const safety = /^(loop guard|dead end)/.exec(first.enrollment.exitReason ?? "");
        if (safety) safetyExits.add(safety[1] ?? "");
        const result = simulateJourney(version, context, timeline, { start, until: new Date(start.getTime() + 10 * DAY), maxIterations: 200 });
        expectSettled(result);
        expect(result.iterations).toBeLessThanOrEqual(200);
      }),
      { numRuns: 800 },
    );
    // The drafts really did include waitless loops and open outputs.
    expect(safetyExits).toEqual(new Set(["loop guard", "dead end"]));
  });

  it("step is deterministic and leaves its (frozen) inputs untouched", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryGraph, arbitraryPublishableGraph), arbitrarySettings, arbitraryContext, fc.constantFrom(...START_TIMES), fc.integer({ min: 1, max: 5 * 24 * 60 }), fc.constantFrom(...EVENT_NAMES), (graph, settings, context, start, minutes, eventName) => {
        const version = deepFreeze(makeVersion(graph, settings));
        const frozenContext = deepFreeze(context);
        const enrollment = deepFreeze(enrol(version, start, { name: "Cart Abandoned", properties: { total: 60 }, timestamp: start }));
        const run = (): TStepResult => step(version, enrollment, frozenContext, start);
        const first = run();
        expect(run()).toEqual(first);
        // And again from where the first step left it, later, with an event coming in.
        const later = new Date(start.getTime() + minutes * 60_000);
        const resumeEvent = { name: eventName, properties: { total: 80 }, timestamp: later };
        const again = deepFreeze({ enrollment: first.enrollment, context: { ...frozenContext, events: [resumeEvent], resumeEvent } });
        expect(step(version, again.enrollment, again.context, later)).toEqual(step(version, again.enrollment, again.context, later));
      }),
      { numRuns: 500 },
    );
  });
});
