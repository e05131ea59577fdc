import { ZListProfilesQuery, ZPageQuery, ZProfileDetail, ZProfileEventPage, ZProfilePage } from "../profiles/profile-schemas";
import { defineRoute } from "./define-route";

const errors = { 400: { description: "invalid query: `error` names the parameter (`query.phone: is not a valid phone number …`)" }, 401: { description: "not signed in and no valid management key" } };

export const profileRoutes = [
  defineRoute({ method: "get", path: "/api/v1/profiles", summary: "Find the profile holding an exact identifier (email — any case —, phone — read in the workspace's region —, userId or anonymousId), or page through all profiles, newest first", tag: "Profiles", permission: "journeys:read", query: ZListProfilesQuery, responses: { 200: { description: "matching profiles and the cursor of the next page", schema: ZProfilePage }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/profiles/{id}", summary: "A profile: traits, identities, consent per channel (subscribed / unsubscribed / neverAsked) and the merges that formed it", tag: "Profiles", permission: "journeys:read", responses: { 200: { description: "the profile", schema: ZProfileDetail }, 404: { description: "no such profile; `mergedInto` names the profile it was merged into, if it was" }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/profiles/{id}/events", summary: "A profile's events, newest first, a page at a time", tag: "Profiles", permission: "journeys:read", query: ZPageQuery, responses: { 200: { description: "events and the cursor of the next page", schema: ZProfileEventPage }, 404: { description: "no such profile in this workspace" }, ...errors } }),
];
