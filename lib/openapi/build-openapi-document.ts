import { z } from "zod";
import type { TRouteSpec } from "./define-route";
import { engineRoutes } from "./routes-engine";
import { ingestionRoutes } from "./routes-ingestion";
import { jobRoutes } from "./routes-jobs";
import { journeyLifecycleRoutes } from "./routes-journey-lifecycle";
import { journeyRoutes } from "./routes-journeys";
import { preferenceRoutes } from "./routes-preferences";
import { previewRoutes } from "./routes-preview";
import { profileImportRoutes } from "./routes-profile-import";
import { profileRoutes } from "./routes-profiles";
import { segmentRoutes } from "./routes-segments";
import { settingsRoutes } from "./routes-settings";
import { templateRoutes } from "./routes-templates";

/** Every public endpoint; each issue adds its routes here. */
export const publicRoutes: TRouteSpec[] = [
  ...journeyRoutes,
  ...journeyLifecycleRoutes,
  ...templateRoutes,
  ...engineRoutes,
  ...ingestionRoutes,
  ...profileRoutes,
  ...jobRoutes,
  ...preferenceRoutes,
  ...segmentRoutes,
  ...profileImportRoutes,
  ...settingsRoutes,
  ...previewRoutes,
];

const toSchema = (schema: z.ZodType, io: "input" | "output") => z.toJSONSchema(schema, { io, unrepresentable: "any" });

function operation(route: TRouteSpec) {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: "path", required: true, schema: { type: "string" } }));
  const queryParams = route.query
    ? Object.entries(route.query.shape).map(([name, schema]) => ({ name, in: "query", required: !(schema as z.ZodType).safeParse(undefined).success, schema: toSchema(schema as z.ZodType, "input") }))
    : [];
  return {
    summary: route.summary,
    tags: [route.tag],
    security: route.auth === "writeKey" ? [{ writeKeyBasic: [] }, { writeKeyBearer: [] }] : route.permission ? [{ session: [] }, { managementKey: [] }] : [],
    ...(route.permission && { "x-waymark-permission": route.permission }),
    parameters: [...pathParams, ...queryParams],
    ...(route.body && { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } }),
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, r]) => [
        status,
        { description: r.description, content: { "application/json": { schema: r.schema ? toSchema(r.schema, "output") : { $ref: "#/components/schemas/Error" } } } },
      ]),
    ),
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. */
export function buildOpenApiDocument(baseUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of publicRoutes) (paths[route.path] ??= {})[route.method] = operation(route);
  return {
    openapi: "3.1.0",
    info: { title: "Waymark API", version: "1", description: "Journeys, customer data and analytics. Authenticate with the session cookie or `Authorization: Bearer <management key>`; roles apply the same way to both." },
    ...(baseUrl && { servers: [{ url: baseUrl }] }),
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        managementKey: { type: "http", scheme: "bearer", description: "a workspace management key (Settings → API keys)" },
        writeKeyBasic: { type: "http", scheme: "basic", description: "ingestion: a workspace write key as the user name and an empty password, as Segment's libraries send it" },
        writeKeyBearer: { type: "http", scheme: "bearer", description: "ingestion: `Authorization: Bearer <write key>`" },
      },
      schemas: { Error: { type: "object", required: ["error"], properties: { error: { type: "string" }, path: { type: "string" } } } },
    },
  };
}
