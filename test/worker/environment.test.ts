// Behaviour that depends on ENVIRONMENT (production cookies, no outbox) and the daily cleanup.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../content/api/client.ts';
import { app } from '../../worker/src/index.ts';
import { cleanup } from '../../worker/src/lib/cleanup.ts';
import { call, ORIGIN, requestLink, signIn } from './helpers.ts';

const prod = { ...env, ENVIRONMENT: 'production', PUBLIC_ORIGIN: 'https://hwb.example.cymru' };
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;

describe('production environment', () => {
  it('hides the outbox', async () => {
    const res = await app.fetch(new Request(`${ORIGIN}/api/dev/outbox`), prod, ctx);
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorBody).error.code).toBe('not-found');
  });

  it('sets a Secure __Host- session cookie, and reads only that one', async () => {
    const token = await requestLink('prod-cookie@example.cymru');
    const res = await app.fetch(
      new Request(`${ORIGIN}/api/auth/verify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
        body: JSON.stringify({ token }),
      }),
      prod,
      ctx,
    );
    expect(res.status).toBe(200);
    const sc = res.headers.get('Set-Cookie')!;
    expect(sc).toMatch(/^__Host-sphub_session=/);
    expect(sc).toMatch(/Secure/);
    expect(sc).toMatch(/HttpOnly/);
    expect(sc).toMatch(/Path=\//);
    expect(sc).not.toMatch(/Domain=/i);
    const value = /^__Host-sphub_session=([^;]+)/.exec(sc)![1]!;
    const me = async (cookie: string) =>
      (
        (await (await app.fetch(new Request(`${ORIGIN}/api/auth/me`, { headers: { Cookie: cookie } }), prod, ctx)).json()) as {
          user: unknown;
        }
      ).user;
    expect(await me(`__Host-sphub_session=${value}`)).not.toBeNull();
    expect(await me(`sphub_session=${value}`)).toBeNull();
  });
});

describe('daily cleanup', () => {
  it('forgets expired tokens, sessions and rate-limit windows, and never touches the audit log', async () => {
    const live = await signIn('cleanup-live@example.cymru');
    const dead = await signIn('cleanup-dead@example.cymru');
    await env.DB.prepare('UPDATE sessions SET expires_at = 1 WHERE user_id = ?1').bind(dead.userId).run();
    await env.DB.prepare("UPDATE login_tokens SET expires_at = 1 WHERE email = 'cleanup-dead@example.cymru'").run();
    await env.DB.prepare("INSERT INTO rate_limits (key, count, reset_at) VALUES ('old', 3, 1)").run();
    const audit = await env.DB.prepare('SELECT COUNT(*) n FROM audit_log').first('n');
    await cleanup(env);
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM sessions WHERE user_id = ?1').bind(dead.userId).first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM sessions WHERE user_id = ?1').bind(live.userId).first('n')).toBe(1);
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM login_tokens WHERE email = 'cleanup-dead@example.cymru'").first('n')).toBe(0);
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM login_tokens WHERE email = 'cleanup-live@example.cymru'").first('n')).toBe(1);
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM rate_limits WHERE key = 'old'").first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM audit_log').first('n')).toBe(audit);
    expect((await call('GET', '/api/account', { caller: { session: live } })).status).toBe(200);
  });
});
