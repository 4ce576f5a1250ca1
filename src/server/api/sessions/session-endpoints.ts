// Session records with their pieces: list (also as light summaries), create, read, update the
// draft, sign, amend. Updates, signs and amendments send the version they saw; a stale one
// answers 409 with the current record.
import {
  AmendmentInput,
  conflictBody,
  listOf,
  PageQuery,
  Session,
  SessionCreate,
  SessionsPage,
  SessionSummary,
  SessionUpdate,
  VersionSeen,
} from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, SessionParams } from "../params";

export const sessionEndpoints = [
  endpoint({
    name: "listSessions",
    method: "GET",
    path: "/api/clients/:clientId/sessions",
    summary:
      "A page of a client's sessions with their pieces, oldest first (limit 1-200, default 20; without an offset, the latest page), and how many there are in all",
    params: ClientParams,
    query: PageQuery,
    response: { status: 200, schema: SessionsPage },
    handler: ({ store, params, query }) => store.listSessionsPage(params.clientId, query),
  }),
  endpoint({
    name: "listSessionSummaries",
    method: "GET",
    path: "/api/clients/:clientId/session-summaries",
    summary:
      "A client's sessions as lines of a list (number, date, status, course, piece count), oldest first",
    params: ClientParams,
    response: { status: 200, schema: listOf(SessionSummary) },
    handler: async ({ store, params }) => ({ items: await store.listSessionSummaries(params.clientId) }),
  }),
  endpoint({
    name: "createSession",
    method: "POST",
    path: "/api/clients/:clientId/sessions",
    summary: "Record a session (a draft until signed); without a courseId it joins the open course",
    params: ClientParams,
    body: SessionCreate,
    response: { status: 201, schema: Session },
    handler: ({ store, params, body }) => store.createSession(params.clientId, body),
  }),
  endpoint({
    name: "getSession",
    method: "GET",
    path: "/api/sessions/:sessionId",
    summary: "One session with its pieces",
    params: SessionParams,
    response: { status: 200, schema: Session },
    handler: ({ store, params }) => store.getSession(params.sessionId),
  }),
  endpoint({
    name: "updateSession",
    method: "PUT",
    path: "/api/sessions/:sessionId",
    summary:
      "Replace a draft session: every field, with the version it started from (409 when stale or signed)",
    params: SessionParams,
    body: SessionUpdate,
    response: { status: 200, schema: Session },
    conflict: conflictBody(Session),
    handler: ({ store, params, body }) => store.updateSession(params.sessionId, body),
  }),
  endpoint({
    name: "signSession",
    method: "POST",
    path: "/api/sessions/:sessionId/sign",
    summary: "Sign the version of a session the signer saw (409 when stale): it is locked from then on",
    params: SessionParams,
    body: VersionSeen,
    response: { status: 200, schema: Session },
    conflict: conflictBody(Session),
    handler: ({ store, params, body }) => store.signSession(params.sessionId, body.version),
  }),
  endpoint({
    name: "amendSession",
    method: "POST",
    path: "/api/sessions/:sessionId/amendments",
    summary: "Amend a signed session with a reason; signed by the caller, the original kept beside it",
    params: SessionParams,
    body: AmendmentInput,
    response: { status: 201, schema: Session },
    conflict: conflictBody(Session),
    handler: ({ store, params, body }) => store.amendSession(params.sessionId, body),
  }),
];
