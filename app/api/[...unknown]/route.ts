import { jsonError } from "@/lib/http/json-error";

// Any /api path no route claims: a JSON 404 rather than an HTML page.
function notFound(request: Request) {
  return jsonError(404, `no such endpoint: ${request.method} ${new URL(request.url).pathname} (see /api/v1/openapi.json)`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
