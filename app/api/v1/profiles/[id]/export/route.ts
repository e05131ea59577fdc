import { apiRoute } from "@/lib/http/api-route";
import { exportProfile } from "@/lib/profiles/export-profile";

/**
 * Streams the profile's JSON as a download; errors before the first byte are still JSON 4xx.
 * journeys:write, like delete: a full export of personal data is for marketers and admins.
 */
export const GET = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) => {
  const pieces = await exportProfile(principal.workspaceId, params.id);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await pieces.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="profile-${params.id.replace(/[^A-Za-z0-9_-]/g, "")}.json"`,
      "cache-control": "no-store",
    },
  });
});
