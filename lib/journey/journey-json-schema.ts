import { z } from "zod";
import { ZJourneyGraph } from "./graph";
import { ZJourneySettings } from "./settings";

/**
 * The stored journey JSON as JSON Schema (draft 2020-12), generated from the same zod schemas
 * that validate saves, so journeys can be written as code and checked in an editor or in CI.
 * Drafts may be incomplete; publishing applies validateJourney on top of this shape.
 */
export function journeyJsonSchema() {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://waymark.dev/schema/journey.json",
    title: "Waymark journey",
    description: "{ name, graph: { nodes, edges }, settings } — the format of export/import and of the journeys API.",
    type: "object",
    required: ["graph"],
    properties: {
      name: { type: "string", minLength: 1, maxLength: 120 },
      graph: z.toJSONSchema(ZJourneyGraph, { io: "input", unrepresentable: "any" }),
      settings: z.toJSONSchema(ZJourneySettings, { io: "input", unrepresentable: "any" }),
    },
  };
}
