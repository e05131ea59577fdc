import { describe, expect, it } from "vitest";
import { cascadeTemplate } from "@/lib/journey/templates/cascade";
import type { TJourneyGraph } from "@/lib/journey/graph";
import { pathMarks, pathVisits, takenEdges, visitNumberOfSteps } from "./path-marks";

const graph: TJourneyGraph = cascadeTemplate.graph;
const edgeId = (source: string, handle: string) => graph.edges.find((e) => e.source === source && e.sourceHandle === handle)!.id;

/** The cascade for a profile without SMS consent: email, wait, not opened, SMS skipped, push. */
const steps = [
  { nodeId: "trigger", handle: "next" },
  { nodeId: "skip-recent-buyers", handle: "next" },
  { nodeId: "email", handle: "next" },
  { nodeId: "wait-24h" },
  { nodeId: "wait-24h", handle: "next" },
  { nodeId: "opened-email", handle: "else" },
  { nodeId: "skip-buyers-sms", handle: "next" },
  { nodeId: "sms", handle: "skipped" },
  { nodeId: "skip-buyers-push", handle: "next" },
  { nodeId: "push", handle: "next" },
  { nodeId: "exit-done" },
];

describe("pathVisits", () => {
  it("numbers visits in order and folds a wait's waiting and resumed lines into one visit", () => {
    const visits = pathVisits(steps);
    expect(visits.map((v) => [v.number, v.nodeId])).toEqual([
      [1, "trigger"],
      [2, "skip-recent-buyers"],
      [3, "email"],
      [4, "wait-24h"],
      [5, "opened-email"],
      [6, "skip-buyers-sms"],
      [7, "sms"],
      [8, "skip-buyers-push"],
      [9, "push"],
      [10, "exit-done"],
    ]);
    expect(visits[3]).toMatchObject({ firstStep: 3, lastStep: 4, handle: "next" });
  });

  it("counts a step reached twice (a loop) as two visits", () => {
    expect(pathVisits([{ nodeId: "a" }, { nodeId: "b" }, { nodeId: "a" }]).map((v) => v.number)).toEqual([1, 2, 3]);
  });
});

describe("visitNumberOfSteps", () => {
  it("gives every decision its visit's number, so the timeline and the canvas agree", () => {
    expect(visitNumberOfSteps(steps)).toEqual([1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("takenEdges", () => {
  it("follows the output each step took, not another connection between the same two steps", () => {
    const twoWays: TJourneyGraph = {
      nodes: graph.nodes,
      edges: [
        { id: "via-sent", source: "a", sourceHandle: "sent", target: "b" },
        { id: "via-skipped", source: "a", sourceHandle: "skipped", target: "b" },
      ],
    };
    expect(takenEdges(twoWays, pathVisits([{ nodeId: "a", handle: "skipped" }, { nodeId: "b" }]))).toEqual(["via-skipped"]);
  });

  it("draws nothing for a move no connection explains", () => {
    expect(takenEdges(graph, pathVisits([{ nodeId: "email", handle: "next" }, { nodeId: "exit-engaged" }]))).toEqual([]);
  });
});

describe("pathMarks", () => {
  it("at the end of the run: visited steps numbered, the skipped SMS's skip connection taken, the engaged branch dimmed", () => {
    const marks = pathMarks(graph, steps);
    expect(marks.nodes["email"]).toEqual({ state: "visited", numbers: [3] });
    expect(marks.nodes["exit-done"]).toEqual({ state: "visited", numbers: [10] });
    expect(marks.nodes["exit-engaged"]).toEqual({ state: "untaken", numbers: [] });
    expect(marks.nodes["wait-12h"]?.state).toBe("untaken");
    expect(marks.edges[edgeId("sms", "skipped")]).toBe("taken");
    expect(marks.edges[edgeId("sms", "next")]).toBe("untaken");
    expect(marks.edges[edgeId("opened-email", "opened")]).toBe("untaken");
    expect(marks.edges[edgeId("opened-email", "else")]).toBe("taken");
  });

  it("stepping: only the revealed decisions are numbered; what the run reaches later is upcoming", () => {
    const marks = pathMarks(graph, steps, 4);
    expect(marks.visits).toHaveLength(4);
    expect(marks.nodes["wait-24h"]).toEqual({ state: "current", numbers: [4] });
    expect(marks.nodes["push"]).toEqual({ state: "upcoming", numbers: [] });
    expect(marks.nodes["exit-engaged"]?.state).toBe("untaken");
    expect(marks.edges[edgeId("email", "next")]).toBe("taken");
    // The wait has not resumed yet at step 4, so its way out is still ahead.
    expect(marks.edges[edgeId("wait-24h", "next")]).toBe("upcoming");
  });

  it("a run still waiting when the preview stops marks where the customer stands", () => {
    const waiting = steps.slice(0, 4);
    expect(pathMarks(graph, waiting).nodes["wait-24h"]?.state).toBe("visited");
    expect(pathMarks(graph, waiting, waiting.length, true).nodes["wait-24h"]?.state).toBe("current");
  });

  it("before the first decision nothing is visited and nothing is current", () => {
    const marks = pathMarks(graph, steps, 0);
    expect(Object.values(marks.nodes).some((m) => m.state === "visited" || m.state === "current")).toBe(false);
    expect(marks.nodes["trigger"]?.state).toBe("upcoming");
  });

  it("a profile that never entered leaves every step untaken", () => {
    const marks = pathMarks(graph, []);
    expect(new Set(Object.values(marks.nodes).map((m) => m.state))).toEqual(new Set(["untaken"]));
    expect(new Set(Object.values(marks.edges))).toEqual(new Set(["untaken"]));
  });
});
