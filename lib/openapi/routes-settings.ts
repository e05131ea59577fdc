import { ZIdentityRules, ZIdentitySettings } from "../profiles/identity-rules";
import { defineRoute } from "./define-route";

const errors = { 401: { description: "not signed in and no valid management key" }, 403: { description: "the role may not do this" } };

export const settingsRoutes = [
  defineRoute({ method: "get", path: "/api/v1/settings/identity", summary: "The workspace's identity resolution rules: the priority order of identifier kinds (an event joins the profile of its highest-priority identifier) and the most values of each kind one profile may hold, the defaults, and how many identifiers were dropped (conflict: belongs to another profile that merging would take past a limit; limit: the profile's kind is full; invalid: not an email / phone)", tag: "Settings", permission: "journeys:read", responses: { 200: { description: "rules, defaults and dropped counts", schema: ZIdentitySettings }, ...errors } }),
  defineRoute({ method: "put", path: "/api/v1/settings/identity", summary: "Replace the identity rules: `priority` lists userId, email, phone, deviceId and anonymousId each once; `limits` gives each kind a whole number from 1 to 10000. Applies to events from now on; profiles and merges already made stay as they are", tag: "Settings", permission: "settings:write", body: ZIdentityRules, responses: { 200: { description: "the rules now in force, with the defaults and dropped counts", schema: ZIdentitySettings }, 400: { description: "invalid rules: `error` names the field (`priority: must list each of …`, `limits.email: must be at most 10000`)" }, ...errors } }),
];
