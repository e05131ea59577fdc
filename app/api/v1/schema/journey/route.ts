import { journeyJsonSchema } from "@/lib/journey/journey-json-schema";

/** GET /api/v1/schema/journey: the journey format as JSON Schema (public, like the OpenAPI document). */
export function GET() {
  return Response.json(journeyJsonSchema(), { headers: { "cache-control": "public, max-age=300" } });
}
