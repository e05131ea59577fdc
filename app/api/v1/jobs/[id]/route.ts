import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { getJob } from "@/lib/jobs/get-job";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getJob(db, principal.workspaceId, params.id)));
