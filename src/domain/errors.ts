// Typed errors at the domain edge; the server maps each code to one HTTP status.
export type ErrorCode = "invalid" | "not_found" | "forbidden" | "unauthenticated" | "conflict";

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} not found`);
export const conflict = (message: string) => new DomainError("conflict", message);
export const forbidden = (message = "not allowed") => new DomainError("forbidden", message);
export const invalid = (message: string, details: FieldProblem[] = []) =>
  new DomainError("invalid", message, details);
