// Session records with their pieces: list, create, read, update the draft, sign.
import { listOf, Session, SessionInput } from "../../../domain";
import { endpoint } from "../endpoint";
import { ClientParams, SessionParams } from "../params";

export const sessionEndpoints = [
  endpoint({
    name: "listSessions",
    method: "GET",
    path: "/api/clients/:clientId/sessions",
    summary: "A client's sessions with their pieces, oldest first",
    params: ClientParams,
    response: { status: 200, schema: listOf(Session) },
    handler: async ({ store, params }) => ({ items: await store.listSessions(params.clientId) }),
  }),
  endpoint({
    name: "createSession",
    method: "POST",
    path: "/api/clients/:clientId/sessions",
    summary: "Record a session (a draft until signed)",
    params: ClientParams,
    body: SessionInput,
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
    summary: "Replace a draft session (409 once signed)",
    params: SessionParams,
    body: SessionInput,
    response: { status: 200, schema: Session },
    handler: ({ store, params, body }) => store.updateSession(params.sessionId, body),
  }),
  endpoint({
    name: "signSession",
    method: "POST",
    path: "/api/sessions/:sessionId/sign",
    summary: "Sign a session: it is locked from then on",
    params: SessionParams,
    response: { status: 200, schema: Session },
    handler: ({ store, params }) => store.signSession(params.sessionId),
  }),
];
