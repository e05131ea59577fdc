import { beforeAll, describe, expect, it } from "vitest";
import { createTestMember, createTestWorkspace } from "../db/testing/factories";
import type { TJourneyGraph } from "../journey/graph";
import { exit, link, pause, sendLinks, step } from "../journey/templates/template-kit";
import { diffDraftAgainstLive } from "./diff-draft-against-live";
import { getJourney } from "./get-journey";
import { getJourneyVersionHistory } from "./get-journey-version-history";
import { listJourneyVersions } from "./list-journey-versions";
import { publishJourney } from "./publish-journey";
import { createPublishableJourney } from "./testing/journey-factories";
import { updateJourney } from "./update-journey";

describe("version history and the draft-against-live diff", () => {
  let workspaceId: string;
  let author: { id: string; name: string; email: string };

  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    const member = await createTestMember(workspaceId, "marketer");
    author = { id: member.user.id, name: member.user.name, email: member.user.email };
  });

  it("before the first publish: no versions, and every draft step counts as added", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    const history = await getJourneyVersionHistory(workspaceId, journey.id);
    expect(history.versions).toEqual([]);
    expect(history.diff).toMatchObject({ liveVersion: null, removed: [], changed: [], unchanged: false });
    expect(history.diff.added.map((n) => n.id)).toEqual(["trigger", "email", "done"]);
    expect(history.diff.added[0]).toEqual({ id: "trigger", type: "trigger", summary: expect.stringContaining("Signed Up") });
  });

  it("lists versions newest first with author, date, step count and which one is live", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId, author.id);
    await publishJourney(workspaceId, journey.id, author.id);
    // A pause before the exit: four steps in version 2.
    const edges = [...graph.edges.filter((e) => e.target !== "done"), ...sendLinks("email", "wait"), link("wait", "next", "done")];
    await updateJourney(workspaceId, journey.id, { graph: { nodes: [...graph.nodes, pause("wait", 1, "days")], edges } });
    expect((await publishJourney(workspaceId, journey.id, null)).version.version).toBe(2);
    const versions = await listJourneyVersions(workspaceId, journey.id);
    expect(versions.map((v) => [v.version, v.nodeCount, v.live, v.author])).toEqual([
      [2, 4, true, null],
      [1, 3, false, author],
    ]);
    expect(Date.parse(versions[0]!.publishedAt)).toBeGreaterThanOrEqual(Date.parse(versions[1]!.publishedAt));
  });

  it("lists added, removed and changed steps with their card summaries; moving cards is no change", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId);
    await publishJourney(workspaceId, journey.id, null);
    expect((await diffDraftAgainstLive(workspaceId, journey.id)).unchanged).toBe(true);

    const wait = pause("wait", 2, "days");
    const email = graph.nodes.find((n) => n.id === "email")!;
    const draft: TJourneyGraph = {
      // trigger moved (no change), email's channel settings changed, done removed, wait + bye added
      nodes: [
        { ...graph.nodes[0]!, position: { x: 999, y: 999 } },
        { ...email, data: { ...email.data, respectQuietHours: false } } as typeof email,
        wait,
        exit("bye", "Bye"),
      ],
      edges: [link("trigger", "next", "email"), ...sendLinks("email", "wait"), link("wait", "next", "bye")],
    };
    await updateJourney(workspaceId, journey.id, { graph: draft });
    const diff = await diffDraftAgainstLive(workspaceId, journey.id);
    expect(diff.liveVersion).toBe(1);
    expect(diff.unchanged).toBe(false);
    expect(diff.added).toEqual([
      { id: "wait", type: "wait", summary: "Wait 2 days" },
      { id: "bye", type: "exit", summary: expect.any(String) },
    ]);
    expect(diff.removed.map((n) => [n.id, n.type])).toEqual([["done", "exit"]]);
    expect(diff.changed.map((n) => n.id)).toEqual(["email"]);
  });

  it("counts a step whose outgoing connection was rewired as changed", async () => {
    const { journey, graph } = await createPublishableJourney(workspaceId);
    const withTwoExits: TJourneyGraph = { nodes: [...graph.nodes, exit("other", "Other")], edges: [...graph.edges.filter((e) => !(e.source === "email" && e.sourceHandle === "skipped")), link("email", "skipped", "other")] };
    await updateJourney(workspaceId, journey.id, { graph: withTwoExits });
    await publishJourney(workspaceId, journey.id, null);
    // Same steps, same data: only where skipped customers go differs.
    await updateJourney(workspaceId, journey.id, { graph: { ...withTwoExits, edges: [...withTwoExits.edges.filter((e) => e.target !== "other"), link("email", "skipped", "done")] } });
    const diff = await diffDraftAgainstLive(workspaceId, journey.id);
    expect(diff.changed.map((n) => n.id)).toEqual(["email"]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it("gives a changed step's previous summary when its card would read differently", async () => {
    const { journey } = await createPublishableJourney(workspaceId);
    const trigger = step("trigger", "trigger", { source: { kind: "event", event: "Signed Up" }, reentry: "never" });
    await publishJourney(workspaceId, journey.id, null);
    const stored = (await getJourney(workspaceId, journey.id)).graph;
    await updateJourney(workspaceId, journey.id, {
      graph: { ...stored, nodes: stored.nodes.map((n) => (n.id === "trigger" ? { ...trigger, data: { ...trigger.data, source: { kind: "event", event: "Trial Started" } } } : n)) },
    });
    const [changed] = (await diffDraftAgainstLive(workspaceId, journey.id)).changed;
    expect(changed?.summary).toContain("Trial Started");
    expect(changed?.previousSummary).toContain("Signed Up");
  });
});
