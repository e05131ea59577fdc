import { z } from "zod";
import { ZCaseInput, ZExpectedStep, type TCaseInput, type TExpectedStep, type TPreviewResult, type TTestCase } from "./preview-schemas";

/** The columns a case is read from. */
export type TTestCaseRow = { id: string; name: string; input: unknown; expected: unknown; createdAt: Date; updatedAt: Date };

export const TEST_CASE_COLUMNS = { id: true, name: true, input: true, expected: true, createdAt: true, updatedAt: true } as const;

/** A stored case, re-validated: damaged JSON reads as an empty input or path (the case then fails, saying so), never a throw. */
export function toTestCase(row: TTestCaseRow): TTestCase & { damaged?: string } {
  const input = ZCaseInput.safeParse(row.input);
  const expected = z.array(ZExpectedStep).safeParse(row.expected);
  const damaged = !input.success ? "its stored input is damaged" : !expected.success ? "its stored expected path is damaged" : undefined;
  return {
    id: row.id,
    name: row.name,
    input: input.success ? input.data : {},
    expected: expected.success ? expected.data : [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(damaged ? { damaged } : {}),
  };
}

/** The path a preview took, as a case expects it: each decision with its time from the start. */
export function expectedPathOf(result: Pick<TPreviewResult, "steps" | "start">): TExpectedStep[] {
  const start = Date.parse(result.start);
  return result.steps.map((s) => ({ nodeId: s.nodeId, action: s.action, ...(s.handle ? { handle: s.handle } : {}), offsetMs: Date.parse(s.at) - start }));
}

/** Same decision at the same time from the start. */
export function sameExpectedStep(a: TExpectedStep, b: TExpectedStep): boolean {
  return a.nodeId === b.nodeId && a.action === b.action && (a.handle ?? null) === (b.handle ?? null) && a.offsetMs === b.offsetMs;
}

const UNITS = [
  ["weeks", 604_800_000],
  ["days", 86_400_000],
  ["hours", 3_600_000],
  ["minutes", 60_000],
] as const;

/** `ms` as a whole number of the largest unit that divides it, within the schema's bound; undefined when none does. */
function exactOffset(ms: number): { amount: number; unit: (typeof UNITS)[number][0] } | undefined {
  if (ms === 0) return { amount: 0, unit: "minutes" };
  for (const [unit, size] of UNITS) if (ms % size === 0 && Math.abs(ms / size) <= 100_000) return { amount: ms / size, unit };
  return undefined;
}

/**
 * A preview request as a case keeps it: `start` pinned (so quiet hours, time-of-day waits and
 * the profile's history as of the start are the same on every run), `until` as a duration and
 * every scripted time as an offset from the start, so the case means the same whenever it runs.
 */
export function caseInputOf(input: TCaseInput, start: Date, until: Date): TCaseInput {
  const { until: _until, duration: _duration, start: _start, events, ...rest } = input;
  const duration = exactOffset(until.getTime() - start.getTime());
  return {
    ...rest,
    start: start.toISOString(),
    ...(duration ? { duration } : { until: until.toISOString() }),
    ...(events
      ? {
          events: events.map((event) => {
            if (event.at === undefined) return event;
            const after = exactOffset(Date.parse(event.at) - start.getTime());
            if (!after) return event;
            const { at: _at, ...relative } = event;
            return { ...relative, after };
          }),
        }
      : {}),
  };
}
