// An endpoint is declared once, as data: method, path, the schemas of what comes in and goes out,
// whether it is public, and a short handler. Fastify routes, the web's typed client, the OpenAPI
// document and docs/api.md are all derived from these declarations.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { AuthStore, Caller, ScopedStore } from "../../store/store";

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE";

/**
 * public: anyone. signed-in: any logged-in user; which roles may do what is decided by the
 * scoped store's operations, never here.
 */
export type EndpointAccess = "public" | "signed-in";

type AnyObject = z.ZodObject;

/** What the endpoint answers on success. */
export type EndpointResponse =
  | { status: 200 | 201; schema: z.ZodType }
  | { status: 204 }
  /** A download (CSV, PDF): the body is a string or Buffer, sent with this content type. */
  | { status: 200; file: string };

interface HandlerContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface SignedInContext<P, Q, B> extends HandlerContext<P, Q, B> {
  caller: Caller;
  /** The store bound to the caller's practice and role: the only store a handler may use. */
  store: ScopedStore;
}

export interface PublicContext<P, Q, B> extends HandlerContext<P, Q, B> {
  caller: Caller | null;
}

/** Auth endpoints alone receive the auth store (users, login sessions, rate limits). */
export interface AuthContext<P, Q, B> extends PublicContext<P, Q, B> {
  auth: AuthStore;
  secureCookies: boolean;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

type ResultOf<R extends EndpointResponse> = R extends { schema: infer S extends z.ZodType }
  ? z.input<S> | z.output<S>
  : R extends { file: string }
    ? string | Buffer
    : void;

interface Declaration<
  P extends AnyObject | undefined,
  Q extends AnyObject | undefined,
  B extends z.ZodType | undefined,
  R extends EndpointResponse,
> {
  /** The function name in the web client: a verb, e.g. listSessions. */
  name: string;
  method: HttpMethod;
  /** Fastify path, e.g. /api/sessions/:sessionId. */
  path: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** Login attempts and the like: at most `max` requests per `perMinutes` per address. */
  rateLimit?: { max: number; perMinutes: number };
  /** The 409 body when the version sent is stale (conflictBody: ErrorBody plus the current record). */
  conflict?: z.ZodType;
}

export type AnyEndpoint = Declaration<
  AnyObject | undefined,
  AnyObject | undefined,
  z.ZodType | undefined,
  EndpointResponse
> & {
  access: EndpointAccess;
  /** Set on endpoints declared with authEndpoint: they are handed the auth store. */
  usesAuthStore: boolean;
  handler: (ctx: never) => Promise<unknown>;
};

/** An endpoint for a logged-in user; its handler works through the caller's scoped store. */
export function endpoint<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends EndpointResponse = EndpointResponse,
>(
  declaration: Declaration<P, Q, B, R> & {
    handler: (ctx: SignedInContext<Out<P>, Out<Q>, Out<B>>) => Promise<ResultOf<R>>;
  },
): AnyEndpoint {
  return { ...declaration, access: "signed-in", usesAuthStore: false } as unknown as AnyEndpoint;
}

/** A public endpoint that needs no store at all (the OpenAPI document, the measure catalogue). */
export function publicEndpoint<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends EndpointResponse = EndpointResponse,
>(
  declaration: Declaration<P, Q, B, R> & {
    handler: (ctx: PublicContext<Out<P>, Out<Q>, Out<B>>) => Promise<ResultOf<R>>;
  },
): AnyEndpoint {
  return { ...declaration, access: "public", usesAuthStore: false } as unknown as AnyEndpoint;
}

/** Setup, login, logout, "who am I": public, and the only endpoints given the auth store. */
export function authEndpoint<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends EndpointResponse = EndpointResponse,
>(
  declaration: Declaration<P, Q, B, R> & {
    /** Public unless said otherwise ("who am I" needs a login). */
    access?: EndpointAccess;
    handler: (ctx: AuthContext<Out<P>, Out<Q>, Out<B>>) => Promise<ResultOf<R>>;
  },
): AnyEndpoint {
  return { access: "public", ...declaration, usesAuthStore: true } as unknown as AnyEndpoint;
}
