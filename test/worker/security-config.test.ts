// Issue 13.4: production is the default. A Worker run with wrangler.toml's own [vars] (what a
// plain `wrangler deploy` ships) serves no outbox, sets Secure __Host- cookies, builds every link
// from the configured PUBLIC_ORIGIN and never from the request's Host, and sends no link at all
// while PUBLIC_ORIGIN is missing.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { requestLink, setRole } from './helpers.ts';
import { fakeEmailBinding, readMime } from './mail-capture.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
/** The bindings of wrangler.toml and nothing the tests add (no ENVIRONMENT or PUBLIC_ORIGIN override). */
const defaults = () => ({ DB: env.DB, ASSETS: env.ASSETS, ...env.DEFAULT_VARS });
const SITE = 'https://hwb.example.cymru';
const EVIL = 'http://evil.example';

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

describe('the default configuration (wrangler.toml [vars])', () => {
  it('is production: no outbox, not even on a request to localhost', async () => {
    expect(env.DEFAULT_VARS.ENVIRONMENT ?? 'production').toBe('production');
    for (const origin of ['http://127.0.0.1:8787', 'http://localhost:8787', EVIL]) {
      const res = await app.fetch(new Request(`${origin}/api/dev/outbox`), defaults(), ctx);
      expect(res.status).toBe(404);
    }
  });

  it('sets Secure __Host- session cookies', async () => {
    const token = await requestLink(`default-cookie-${crypto.randomUUID()}@example.cymru`);
    const res = await app.fetch(post(`${SITE}/api/auth/verify`, { token }, { Origin: SITE }), { ...defaults(), PUBLIC_ORIGIN: SITE }, ctx);
    expect(res.status).toBe(200);
    expect(res.headers.get('Set-Cookie')).toMatch(/^__Host-sphub_session=[^;]+;.*Secure/);
  });

  it('builds sign-in links from PUBLIC_ORIGIN and ignores the Host of the request', async () => {
    const mail = fakeEmailBinding();
    const e = { ...defaults(), PUBLIC_ORIGIN: SITE, EMAIL: mail.binding, EMAIL_FROM: 'hwb@example.cymru' };
    const to = `host-${crypto.randomUUID()}@example.cymru`;
    const res = await app.fetch(
      post(`${EVIL}/api/auth/request`, { email: to }, { Host: 'evil.example', 'CF-Connecting-IP': '10.9.0.1' }),
      e,
      ctx,
    );
    expect(res.status).toBe(202);
    expect(mail.sent).toHaveLength(1);
    const { parts } = readMime(mail.sent[0]!.raw);
    const all = parts.map((p) => p.text).join('\n');
    expect(all).toContain(`${SITE}/cy/mewngofnodi/cadarnhau/#token=`);
    expect(all).toContain(`${SITE}/en/sign-in/confirm/#token=`);
    expect(all).not.toContain('evil.example');
  });

  it('builds invitation links from PUBLIC_ORIGIN too', async () => {
    const mail = fakeEmailBinding();
    const e = { ...defaults(), PUBLIC_ORIGIN: SITE, EMAIL: mail.binding, EMAIL_FROM: 'hwb@example.cymru' };
    // An admin signed in on the production worker.
    const token = await requestLink(`default-admin-${crypto.randomUUID()}@example.cymru`);
    const v = await app.fetch(post(`${SITE}/api/auth/verify`, { token }, { Origin: SITE }), e, ctx);
    const body = (await v.json()) as { user: { id: string }; csrfToken: string };
    await setRole(body.user.id, 'admin');
    const cookie = /^(__Host-sphub_session=[^;]+)/.exec(v.headers.get('Set-Cookie')!)![1]!;
    const res = await app.fetch(
      post(
        `${EVIL}/api/admin/invitations`,
        { email: `invited-${crypto.randomUUID()}@example.cymru`, role: 'analyst' },
        { Host: 'evil.example', Cookie: cookie, 'X-CSRF-Token': body.csrfToken },
      ),
      e,
      ctx,
    );
    expect(res.status, await res.clone().text()).toBe(201);
    const all = readMime(mail.sent.at(-1)!.raw)
      .parts.map((p) => p.text)
      .join('\n');
    expect(all).toContain(`${SITE}/en/sign-in/`);
    expect(all).not.toContain('evil.example');
  });

  it('refuses to send links while PUBLIC_ORIGIN is missing or not an https origin (503, nothing written)', async () => {
    const mail = fakeEmailBinding();
    for (const origin of [undefined, '', 'http://hwb.example.cymru', 'https://hwb.example.cymru/path', 'not a url']) {
      const e: Record<string, unknown> = { ...defaults(), EMAIL: mail.binding, EMAIL_FROM: 'hwb@example.cymru' };
      if (origin === undefined) delete e.PUBLIC_ORIGIN;
      else e.PUBLIC_ORIGIN = origin;
      const to = `no-origin-${crypto.randomUUID()}@example.cymru`;
      const res = await app.fetch(post(`${SITE}/api/auth/request`, { email: to }, { 'CF-Connecting-IP': '10.9.0.2' }), e as never, ctx);
      expect(res.status, String(origin)).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('email-unavailable');
      expect(await env.DB.prepare('SELECT COUNT(*) n FROM login_tokens WHERE email = ?1').bind(to).first('n')).toBe(0);
    }
    expect(mail.sent).toHaveLength(0);
  });
});
