// When a session record may change. A signed note is final: later changes are amendments that
// keep the original (what the signer saw stays as it was signed).
import { conflict } from "./errors";
import type { Session } from "./session";

type Status = Pick<Session, "status">;

/** A draft may be edited; a signed session may not. */
export function assertEditable(session: Status): void {
  if (session.status === "signed") throw conflict("a signed session cannot be changed");
}

/** Only a draft can be signed, and only once. */
export function assertSignable(session: Status): void {
  if (session.status === "signed") throw conflict("the session is already signed");
}

/** Only a signed session is amended; a draft is simply edited. */
export function assertAmendable(session: Status): void {
  if (session.status !== "signed") throw conflict("only a signed session is amended; edit the draft instead");
}
