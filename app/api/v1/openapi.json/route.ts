import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export function GET(request: Request) {
  return Response.json(buildOpenApiDocument(new URL(request.url).origin));
}
