// The contract as a type the typed client (hono/client's `hc`) understands: the same schema a
// Hono app built from these route definitions would have, derived from the definitions
// themselves, so the pages never import the Worker.
import type { RouteConfig, RouteConfigToTypedResponse, RouteHandler } from '@hono/zod-openapi';
import type { Env, Handler, Hono, ToSchema } from 'hono';
import type { Routes } from './routes/index.ts';

/** `/api/orgs/{orgId}` → `/api/orgs/:orgId` (Hono's form). */
type HonoPath<P extends string> = P extends `${infer Start}/{${infer Param}}${infer Rest}` ? `${Start}/:${Param}${HonoPath<Rest>}` : P;
/** The validated input of a route (params, query, headers, json), as its handler sees it. */
type InputOf<R extends RouteConfig> = RouteHandler<R> extends Handler<infer _E, infer _P, infer I, infer _R> ? I : never;
type RouteSchema<R extends RouteConfig> = ToSchema<R['method'], HonoPath<R['path']>, InputOf<R>, RouteConfigToTypedResponse<R>>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type ContractSchema = UnionToIntersection<{ [K in keyof Routes]: RouteSchema<Routes[K]> }[keyof Routes]>;
/** A Hono app with exactly the contract's routes; `hc<ContractApp>` is the typed client. */
export type ContractApp = Hono<Env, ContractSchema, '/'>;
