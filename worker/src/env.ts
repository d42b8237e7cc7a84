// Types shared by every route module: bindings and per-request variables.
import type { NationalRole } from '../../content/platform.ts';
import type { Lang } from '../../content/schema.ts';
import type { Database } from './lib/drizzle.ts';

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  lang: Lang;
  nationalRole: NationalRole | null;
  /** Organisations the user may submit for. */
  orgIds: string[];
};
export type ApiKeyPrincipal = { id: string; orgId: string; prefix: string };

export type Bindings = Omit<Cloudflare.Env, 'ENVIRONMENT' | 'PUBLIC_ORIGIN'> & {
  /** 'development' | 'test' | 'production' */
  ENVIRONMENT: string;
  PUBLIC_ORIGIN: string;
  /** Production only: Cloudflare `send_email` binding (see wrangler.toml). */
  EMAIL?: { send(message: unknown): Promise<void> };
  EMAIL_FROM?: string;
};

export type Variables = {
  requestId: string;
  /** This request's D1 session (lib/database.ts): raw statements and batches. */
  d1: D1DatabaseSession;
  /** The same session through drizzle, with worker/db/schema.ts. */
  db: Database;
  /** Language of messages for this request (user preference, ?lang=, Accept-Language, else cy). */
  lang: Lang;
  user: SessionUser | null;
  session: { id: string; csrfToken: string } | null;
  apiKey: ApiKeyPrincipal | null;
  /** On a write by a signed-in person or a key: this minute's writes so far, counted with the principal lookup. */
  writeCount: number | null;
};

export type AppEnv = { Bindings: Bindings; Variables: Variables };
