import { z } from "zod";
import { ZChannel } from "../journey/channels";
import { templateContentSchemas } from "../channels/template-content";
import {
  ZCreateTemplateBody,
  ZListTemplatesQuery,
  ZPreviewProfileOption,
  ZPreviewProfilesQuery,
  ZPreviewTemplateBody,
  ZPreviewTemplateResult,
  ZTemplateDetail,
  ZTemplateSummary,
  ZUpdateTemplateBody,
} from "../message-templates/template-schemas";
import { defineRoute } from "./define-route";

/** The per-channel content shapes, so the document shows what `content` holds for each channel. */
type TContentSchema = (typeof templateContentSchemas)[keyof typeof templateContentSchemas];
// Object.values loses the non-empty tuple type z.union wants; the record has one entry per channel.
const ZContentDoc = z.union(Object.values(templateContentSchemas) as [TContentSchema, ...TContentSchema[]]).describe("the channel's content; text fields are Liquid");
const ZCreateBodyDoc = ZCreateTemplateBody.extend({ channel: ZChannel, content: ZContentDoc.optional() });
const ZUpdateBodyDoc = ZUpdateTemplateBody.safeExtend({ content: ZContentDoc.optional() });
const errors = {
  400: { description: "invalid input: `error` names the field (`content.body: line 2, column 7: …` for Liquid), `path` is its path" },
  401: { description: "not signed in and no valid management key" },
  403: { description: "the role may not do this (analysts are read-only)" },
};
const tag = "Templates";

export const templateRoutes = [
  defineRoute({ method: "get", path: "/api/v1/templates", summary: "List message templates with how many journeys send each", tag, permission: "journeys:read", query: ZListTemplatesQuery, responses: { 200: { description: "templates, most recently updated first", schema: z.object({ templates: z.array(ZTemplateSummary) }) }, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/templates", summary: "Create a template (without content: the channel's starter content)", tag, permission: "journeys:write", body: ZCreateBodyDoc, responses: { 201: { description: "the new template", schema: ZTemplateDetail }, 409: { description: "the name is taken in this workspace" }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/templates/{id}", summary: "Get a template with its content and the journeys that send it", tag, permission: "journeys:read", responses: { 200: { description: "the template", schema: ZTemplateDetail }, 404: { description: "no such template in this workspace" }, ...errors } }),
  defineRoute({ method: "put", path: "/api/v1/templates/{id}", summary: "Rename a template or save its content (the channel is fixed)", tag, permission: "journeys:write", body: ZUpdateBodyDoc, responses: { 200: { description: "the saved template", schema: ZTemplateDetail }, 404: { description: "no such template" }, 409: { description: "the name is taken in this workspace" }, ...errors } }),
  defineRoute({ method: "delete", path: "/api/v1/templates/{id}", summary: "Delete a template no journey sends", tag, permission: "journeys:write", responses: { 200: { description: "deleted", schema: z.object({ id: z.string(), deleted: z.literal(true) }) }, 404: { description: "no such template" }, 409: { description: "journeys still send it: `journeys` lists them" }, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/templates/{id}/duplicate", summary: "Copy a template under a free \"(copy)\" name", tag, permission: "journeys:write", responses: { 201: { description: "the copy", schema: ZTemplateDetail }, 404: { description: "no such template" }, ...errors } }),
  defineRoute({ method: "post", path: "/api/v1/templates/preview", summary: "Render content (saved or not) for a profile: its latest track event is `event`; Liquid errors come back positioned, not as a failure", tag, permission: "journeys:read", body: ZPreviewTemplateBody, responses: { 200: { description: "the rendered content", schema: ZPreviewTemplateResult }, 404: { description: "no such profile in this workspace" }, ...errors } }),
  defineRoute({ method: "get", path: "/api/v1/templates/preview-profiles", summary: "Profiles to preview with: the 20 most recently seen, or those whose email, user id or name contains q", tag, permission: "journeys:read", query: ZPreviewProfilesQuery, responses: { 200: { description: "profiles, most recently seen first", schema: z.object({ profiles: z.array(ZPreviewProfileOption) }) }, ...errors } }),
];
