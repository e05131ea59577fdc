import { apiRoute } from "@/lib/http/api-route";
import { deletedByOf, deleteProfile } from "@/lib/profiles/delete-profile";
import { getProfile } from "@/lib/profiles/get-profile";

export const GET = apiRoute<{ id: string }>("journeys:read", async ({ params, principal }) => Response.json(await getProfile(principal.workspaceId, params.id)));

/** Marketers and admins may delete (journeys:write): they run the customer data day to day. */
export const DELETE = apiRoute<{ id: string }>("journeys:write", async ({ params, principal }) => Response.json(await deleteProfile(principal.workspaceId, params.id, deletedByOf(principal))));
