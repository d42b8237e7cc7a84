// Where a supervisor's share token travels (issue 13): never in a request path, which access
// logs record. The link given to the supervisor carries it in the URL fragment (never sent to a
// server); the supervisor's page sends it to the API in the X-Share-Token header.
import type { Context } from 'hono';
import { path } from '../../../content/routes.ts';
import type { Lang } from '../../../content/schema.ts';
import type { AppEnv } from '../env.ts';

export const SHARE_TOKEN_HEADER = 'X-Share-Token';

export const shareToken = (c: Context<AppEnv>) => c.req.header(SHARE_TOKEN_HEADER) ?? '';

/** The supervisor's page, token in the fragment. */
export const supervisorPageLink = (lang: Lang, token: string) =>
  `${path(lang, 'assessment', lang === 'cy' ? 'goruchwyliwr' : 'supervisor')}#token=${token}`;
