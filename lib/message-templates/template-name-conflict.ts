import { conflict, type DomainError } from "../errors";

/** Whether a Prisma error is a unique-constraint violation (P2002), on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The 409 for a name another template of the workspace already has. */
export function templateNameConflict(name: string): DomainError {
  return conflict(`name: a template named "${name}" already exists in this workspace; choose another name`, { path: "name" });
}
