import { describe, expect, it } from "vitest";
import { parseTemplateContent } from "../../channels/template-content";
import { conditionNodeRefs } from "../conditions/walk-condition";
import { parseGraph } from "../parse-graph";
import { parseJourneySettings } from "../settings";
import { validateJourney } from "../validate";
import { getJourneyTemplate, instantiateTemplate, journeyTemplates } from "./index";

const idsFor = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, `tpl_${key}`]));

describe("journey templates", () => {
  it("include the patterns marketers expect", () => {
    expect(journeyTemplates.map((t) => t.id)).toEqual(
      expect.arrayContaining(["cascade", "onboarding", "win-back", "reinforcement", "channel-switch", "surround", "abandoned-cart"]),
    );
    expect(new Set(journeyTemplates.map((t) => t.id)).size).toBe(journeyTemplates.length);
    expect(getJourneyTemplate("cascade")?.pattern).toBe("cascade");
    expect(getJourneyTemplate("nope")).toBeUndefined();
  });

  describe.each(journeyTemplates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
    const instantiated = () =>
      instantiateTemplate(
        template,
        idsFor(template.messages.map((m) => m.key)),
        idsFor((template.segments ?? []).map((s) => s.key)),
      );

    it("parses, placeholders and all", () => {
      const parsed = parseGraph(template.graph);
      expect(parsed).toMatchObject({ ok: true });
      expect(parseGraph(instantiated())).toMatchObject({ ok: true });
    });

    it("validates with no errors or warnings against its own templates, segments and settings", () => {
      const issues = validateJourney(instantiated(), {
        templates: template.messages.map((m) => ({ id: `tpl_${m.key}`, channel: m.channel })),
        segments: (template.segments ?? []).map((s) => ({ id: `tpl_${s.key}`, name: s.name })),
        settings: template.settings,
      });
      expect(issues).toEqual([]);
    });

    it("refers to every message it declares, and only to those", () => {
      const used = new Set(template.graph.nodes.flatMap((n) => (n.type === "message" ? [n.data.templateId] : [])));
      expect([...used].sort()).toEqual(template.messages.map((m) => `$${m.key}`).sort());
    });

    it("ships message content valid for each channel", () => {
      for (const message of template.messages) expect(parseTemplateContent(message.channel, message.content)).toMatchObject({ ok: true });
    });

    it("ships valid settings and segment definitions", () => {
      expect(parseJourneySettings(template.settings)).toMatchObject({ ok: true });
      for (const segment of template.segments ?? []) expect(conditionNodeRefs(segment.definition)).toEqual([]);
    });

    it("is laid out, not stacked at the origin", () => {
      const positions = new Set(template.graph.nodes.map((n) => `${n.position.x},${n.position.y}`));
      expect(positions.size).toBe(template.graph.nodes.length);
    });
  });

  it("replaces template and segment placeholders with real ids, leaving the template untouched", () => {
    const winBack = getJourneyTemplate("win-back")!;
    const graph = instantiateTemplate(winBack, { "winback-miss-you": "t1" }, { "lapsed-customers": "seg_1" });
    const trigger = graph.nodes.find((n) => n.type === "trigger");
    expect(trigger?.type === "trigger" && trigger.data.source).toEqual({ kind: "segmentEntry", segmentId: "seg_1" });
    const templateIds = graph.nodes.flatMap((n) => (n.type === "message" ? [n.data.templateId] : []));
    expect(templateIds).toContain("t1");
    expect(templateIds).toContain("$winback-discount");
    expect(JSON.stringify(winBack.graph)).toContain("$lapsed-customers");
  });

  it("leaves unmapped placeholders for validation to report", () => {
    const cascade = getJourneyTemplate("cascade")!;
    const issues = validateJourney(instantiateTemplate(cascade, {}), { templates: [] });
    expect(issues.filter((i) => i.code === "message-template-unknown")).toHaveLength(3);
  });
});
