// The HTTP contract: every /api route, its request and its responses. The Worker implements
// each (worker/src/routes/), the OpenAPI documents are generated from them, and the typed
// client (../client.ts) is typed from them.
import * as assessments from './assessments.ts';
import * as assets from './assets.ts';
import * as platform from './platform.ts';
import * as returns from './returns.ts';
import * as timeliness from './timeliness.ts';

export const routes = { ...platform, ...assessments, ...returns, ...assets, ...timeliness };
export type Routes = typeof routes;
