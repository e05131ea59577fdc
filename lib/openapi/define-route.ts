import type { z } from "zod";
import type { TPermission } from "../auth/roles";

/** One public endpoint as the OpenAPI document describes it, from the zod schemas that validate it. */
export interface TRouteSpec {
  method: "get" | "post" | "put" | "delete" | "patch";
  /** OpenAPI path, `{id}` style */
  path: string;
  summary: string;
  tag: string;
  /** null = no session or management key (public, or `auth` says what it takes) */
  permission: TPermission | null;
  /** "writeKey": ingestion, authenticated with a workspace write key (Basic or Bearer) */
  auth?: "writeKey";
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

/** Identity helper that keeps route specs typed. */
export function defineRoute(spec: TRouteSpec): TRouteSpec {
  return spec;
}
