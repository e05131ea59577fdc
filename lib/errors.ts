/**
 * Errors the domain raises for callers to map (HTTP status in route handlers, messages in
 * server actions). Anything else escaping lib/ is a bug.
 */
export type TDomainErrorKind = "invalid" | "notFound" | "conflict" | "forbidden";

export class DomainError extends Error {
  constructor(
    readonly kind: TDomainErrorKind,
    message: string,
    /** dotted path of the offending field, for "invalid" */
    readonly path?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const invalid = (path: string, message: string, details?: Record<string, unknown>) => new DomainError("invalid", `${path}: ${message}`, path, details);
export const notFound = (what: string) => new DomainError("notFound", `${what} not found`);
export const conflict = (message: string, details?: Record<string, unknown>) => new DomainError("conflict", message, undefined, details);
