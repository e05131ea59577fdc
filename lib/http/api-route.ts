import { DomainError, type TDomainErrorKind } from "../errors";
import type { TPrincipal } from "../auth/principal";
import { can, type TPermission } from "../auth/roles";
import { authenticateRequest } from "./authenticate-request";
import { jsonError } from "./json-error";

const STATUS: Record<TDomainErrorKind, number> = { invalid: 400, forbidden: 403, notFound: 404, conflict: 409 };

export interface TApiContext<P> {
  request: Request;
  params: P;
  principal: TPrincipal;
}

/**
 * Wraps a route handler: authenticate (session or management key) → check the permission →
 * run → map domain errors to 4xx JSON. Only a bug reaches the 500 branch.
 */
export function apiRoute<P = Record<string, never>>(permission: TPermission, handler: (ctx: TApiContext<P>) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const principal = await authenticateRequest(request);
      if (!principal) return jsonError(401, "unauthorized: sign in, or send Authorization: Bearer <management key>");
      if (!can(principal.role, permission)) return jsonError(403, `forbidden: the ${principal.role} role cannot do ${permission}`);
      return await handler({ request, params: await context.params, principal });
    } catch (error) {
      if (error instanceof DomainError) return jsonError(STATUS[error.kind], error.message, { ...(error.path ? { path: error.path } : {}), ...error.details });
      console.error("unhandled API error", error);
      return jsonError(500, "internal error: the server failed; nothing you sent was at fault");
    }
  };
}
