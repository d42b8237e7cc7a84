// Sign-in end to end through the outbox, token and session lifetimes, sign-out, CSRF,
// rate limits and security headers, against the real local D1.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../worker/src/lib/headers.ts';
import {
  type Answer,
  call,
  client,
  cookieFrom,
  expectError,
  freshIp,
  json,
  latestMail,
  ORIGIN,
  requestLink,
  signIn,
  tokenFrom,
  verify,
} from './helpers.ts';

async function sha256(v: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v));
  return [...new Uint8Array(d)].map((x) => x.toString(16).padStart(2, '0')).join('');
}

describe('sign-in', () => {
  it('runs end to end: request → bilingual email in the outbox → verify → session → me', async () => {
    const email = 'Ymarferydd.Newydd@Example.CYMRU ';
    const res = await client({}, { 'CF-Connecting-IP': freshIp() }).auth.request.$post({ json: { email, lang: 'en' } });
    expect(res.status).toBe(202);
    expect((await json(res)).message).toMatch(/If the address is correct/);
    const mail = (await latestMail('ymarferydd.newydd@example.cymru'))!;
    expect(mail.subject).toBe("Your sign-in link for the Hub / Eich dolen fewngofnodi i'r Hwb");
    // English first (requested), Welsh after; both carry a link to their own confirmation page.
    expect(mail.text.indexOf('Open this link')).toBeLessThan(mail.text.indexOf('Agorwch y ddolen'));
    expect(mail.text).toContain(`${ORIGIN}/en/sign-in/confirm/#token=`);
    expect(mail.text).toContain(`${ORIGIN}/cy/mewngofnodi/cadarnhau/#token=`);
    const token = tokenFrom(mail.text);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
    // Only the hash is stored.
    const stored = await env.DB.prepare('SELECT token_hash FROM login_tokens WHERE email = ?1')
      .bind('ymarferydd.newydd@example.cymru')
      .first<{ token_hash: string }>();
    expect(stored!.token_hash).toBe(await sha256(token));
    expect(JSON.stringify(await env.DB.prepare('SELECT * FROM login_tokens').all())).not.toContain(token);

    // No account until the link is used.
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM users').first('n')).toBe(0);
    const v = await verify(token);
    expect(v.status).toBe(200);
    const body = await json(v);
    expect(body.user).toMatchObject({ email: 'ymarferydd.newydd@example.cymru', lang: 'en', nationalRole: null, orgIds: [] });
    const setCookie = v.headers.get('Set-Cookie')!;
    expect(setCookie).toMatch(/^sphub_session=/); // not __Host- over local http
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i);
    const cookie = cookieFrom(v);
    const sessionToken = cookie.split('=')[1]!;
    const srow = await env.DB.prepare('SELECT token_hash FROM sessions WHERE user_id = ?1')
      .bind(body.user.id)
      .first<{ token_hash: string }>();
    expect(srow!.token_hash).toBe(await sha256(sessionToken));

    const me = await json(await client({}, { Cookie: cookie }).auth.me.$get());
    expect(me.user!.email).toBe('ymarferydd.newydd@example.cymru');
    expect(me.csrfToken).toBe(body.csrfToken);
    // Anonymous me
    expect(await json(await client().auth.me.$get())).toEqual({ user: null, csrfToken: null });
  });

  it('answers the same for known and unknown addresses (no enumeration)', async () => {
    await signIn('known@example.cymru');
    const a = await client({}, { 'CF-Connecting-IP': freshIp() }).auth.request.$post({
      json: { email: 'known@example.cymru', lang: 'cy' },
    });
    const b = await client({}, { 'CF-Connecting-IP': freshIp() }).auth.request.$post({
      json: { email: 'unknown@example.cymru', lang: 'cy' },
    });
    expect(a.status).toBe(b.status);
    expect(await a.json()).toEqual(await b.json());
  });

  it('refuses a used token, an expired token and a tampered token', async () => {
    const token = await requestLink('reuse@example.cymru');
    expect((await verify(token)).status).toBe(200);
    await expectError(await verify(token), 400, 'token-invalid');

    const t2 = await requestLink('expired@example.cymru');
    await env.DB.prepare('UPDATE login_tokens SET expires_at = ?1 WHERE token_hash = ?2')
      .bind(Date.now() - 1, await sha256(t2))
      .run();
    await expectError(await verify(t2), 400, 'token-invalid');

    const t3 = await requestLink('tamper@example.cymru');
    const flipped = t3.slice(0, -1) + (t3.endsWith('A') ? 'B' : 'A');
    await expectError(await verify(flipped), 400, 'token-invalid');
    await expectError(await verify(t3 + 'x'), 400, 'token-invalid');
    // the untampered token still works once
    expect((await verify(t3)).status).toBe(200);
    // tokens bound to the email: the session belongs to the address the link was sent to
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM users WHERE email = 'tamper@example.cymru'").first('n')).toBe(1);
  });

  it('never consumes a token on GET (mail scanners)', async () => {
    const token = await requestLink('scanner@example.cymru');
    const g = await call('GET', `/api/auth/verify?token=${token}`);
    expect(g.status).toBe(404);
    expect((await verify(token)).status).toBe(200);
  });

  it('ends sessions on idle and absolute expiry', async () => {
    const s = await signIn('idle@example.cymru');
    expect((await json(await client({}, { Cookie: s.cookie }).auth.me.$get())).user).not.toBeNull();
    await env.DB.prepare('UPDATE sessions SET last_seen_at = ?1 WHERE user_id = ?2')
      .bind(Date.now() - 13 * 3600_000, s.userId)
      .run();
    expect((await json(await client({}, { Cookie: s.cookie }).auth.me.$get())).user).toBeNull();
    await expectError(await client({ session: s }).account.$get(), 401, 'unauthenticated');

    const s2 = await signIn('absolute@example.cymru');
    await env.DB.prepare('UPDATE sessions SET expires_at = ?1 WHERE user_id = ?2')
      .bind(Date.now() - 1, s2.userId)
      .run();
    await expectError(await client({ session: s2 }).account.$get(), 401, 'unauthenticated');
  });

  it('signs out one session, and everywhere', async () => {
    const a = await signIn('out@example.cymru');
    const b = await signIn('out@example.cymru');
    const c = await signIn('out@example.cymru');
    const r = await client({ session: a }).auth['sign-out'].$post();
    expect(r.status).toBe(200);
    expect(r.headers.get('Set-Cookie')).toMatch(/sphub_session=;.*Max-Age=0/i);
    await expectError(await client({ session: a }).account.$get(), 401);
    expect((await client({ session: b }).account.$get()).status).toBe(200);
    expect((await client({ session: b }).auth['sign-out-everywhere'].$post()).status).toBe(200);
    await expectError(await client({ session: b }).account.$get(), 401);
    await expectError(await client({ session: c }).account.$get(), 401);
    expect(await env.DB.prepare('SELECT COUNT(*) n FROM sessions WHERE user_id = ?1').bind(a.userId).first('n')).toBe(0);
  });

  it('rotates the session at sign-in', async () => {
    const first = await signIn('rotate@example.cymru');
    const res = await verify(await requestLink('rotate@example.cymru'), { Cookie: first.cookie });
    const second = cookieFrom(res);
    expect(second).not.toBe(first.cookie);
    await expectError(await client({ session: first }).account.$get(), 401);
    expect((await client({}, { Cookie: second }).account.$get()).status).toBe(200);
  });
});

describe('CSRF', () => {
  it('refuses cookie-authenticated writes without the right token or from another site', async () => {
    const s = await signIn('csrf@example.cymru');
    const patch = (headers: Record<string, string>) =>
      client({}, { Cookie: s.cookie, ...headers }).account.$patch({ json: { name: 'Newid' } });
    await expectError(await patch({}), 403, 'csrf'); // no token
    await expectError(await patch({ 'X-CSRF-Token': 'wrong' }), 403, 'csrf');
    await expectError(await patch({ 'X-CSRF-Token': s.csrf, Origin: 'https://evil.example' }), 403, 'csrf');
    await expectError(await patch({ 'X-CSRF-Token': s.csrf, 'Sec-Fetch-Site': 'cross-site' }), 403, 'csrf');
    const name = await env.DB.prepare('SELECT name FROM users WHERE id = ?1').bind(s.userId).first('name');
    expect(name).toBeNull();
    expect((await patch({ 'X-CSRF-Token': s.csrf, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect(await env.DB.prepare('SELECT name FROM users WHERE id = ?1').bind(s.userId).first('name')).toBe('Newid');
    // sign-in requests from another site are refused too (login CSRF)
    await expectError(
      await client({}, { Origin: 'https://evil.example' }).auth.request.$post({ json: { email: 'x@example.cymru' } }),
      403,
      'csrf',
    );
  });
});

describe('rate limits', () => {
  it('limits sign-in requests per email address with 429, Retry-After and the error shape', async () => {
    const send = () =>
      client({}, { 'CF-Connecting-IP': freshIp(), 'Accept-Language': 'en' }).auth.request.$post({ json: { email: 'flood@example.cymru' } });
    for (let i = 0; i < 5; i++) expect((await send()).status).toBe(202);
    const r = await send();
    const err = await expectError(r, 429, 'rate-limited');
    expect(Number(r.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(err.message).toMatch(/too many requests/);
  });
  it('limits sign-in requests and token attempts per IP address', async () => {
    const ip = freshIp();
    let last: Answer | undefined;
    for (let i = 0; i < 31; i++)
      last = await client({}, { 'CF-Connecting-IP': ip }).auth.request.$post({ json: { email: `ip${i}@example.cymru` } });
    await expectError(last!, 429, 'rate-limited');
    const ip2 = freshIp();
    for (let i = 0; i < 31; i++) last = await verify('A'.repeat(43), { 'CF-Connecting-IP': ip2 });
    await expectError(last!, 429, 'rate-limited');
  });
  it('a refused token attempt leaves the link unused: it still signs in once the window allows', async () => {
    // The count and the single-use UPDATE share one batch; the UPDATE itself checks the count.
    const email = `limited-${crypto.randomUUID()}@example.cymru`;
    const token = await requestLink(email);
    const ip = freshIp();
    for (let i = 0; i < 30; i++) await verify('A'.repeat(43), { 'CF-Connecting-IP': ip });
    await expectError(await verify(token, { 'CF-Connecting-IP': ip }), 429, 'rate-limited');
    const row = await env.DB.prepare('SELECT used_at FROM login_tokens WHERE email = ?1').bind(email).first<{ used_at: number | null }>();
    expect(row).toEqual({ used_at: null });
    expect((await verify(token)).status).toBe(200);
  });
});

describe('headers and errors', () => {
  it('puts the security headers and a request id on API responses, errors included', async () => {
    for (const res of [await client().health.$get(), await call('GET', '/api/nope'), await client().account.$get()]) {
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k)).toBe(v);
      expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('Cache-Control')).toBe('no-store');
    }
  });
  it('puts the security headers on site responses that go through the Worker', async () => {
    const res = await call('GET', '/');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(k)).toBe(v);
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
  });
  it("speaks the caller's language: ?lang=, then Accept-Language, else Welsh, and the user's preference when signed in", async () => {
    expect((await expectError(await client().account.$get(), 401)).message).toBe('Mae angen i chi fewngofnodi i wneud hyn.');
    expect((await expectError(await client({}, { 'Accept-Language': 'en-GB,en;q=0.9' }).account.$get(), 401)).message).toBe(
      'You need to sign in to do this.',
    );
    expect((await expectError(await client({}, { 'Accept-Language': 'fr, cy;q=0.8, en;q=0.5' }).account.$get(), 401)).message).toMatch(
      /^Mae angen/,
    );
    expect((await expectError(await call('GET', '/api/account?lang=en', { headers: { 'Accept-Language': 'cy' } }), 401)).message).toMatch(
      /^You need/,
    );
    const s = await signIn('pref@example.cymru', 'en');
    const e = await expectError(
      await call('PATCH', '/api/account', { caller: { session: s }, body: { lang: 'fr' }, headers: { 'Accept-Language': 'cy' } }),
      400,
      'validation',
    );
    expect(e.fields).toEqual([{ field: 'lang', message: 'Choose one of the available options.' }]);
  });
});

describe('request logs', () => {
  it('writes one JSON line per request with id, method, path, status, ms and user id — never tokens or emails', async () => {
    const { vi } = await import('vitest');
    const s = await signIn('logged@example.cymru');
    const spy = vi.spyOn(console, 'log');
    try {
      const res = await call('PATCH', '/api/account?lang=en', { caller: { session: s }, body: { name: 'Log' } });
      const lines = spy.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith('{'));
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]!);
      expect(entry).toMatchObject({
        requestId: res.headers.get('X-Request-Id'),
        method: 'PATCH',
        path: '/api/account',
        status: 200,
        userId: s.userId,
      });
      expect(typeof entry.ms).toBe('number');
      const raw = lines[0]!;
      expect(raw).not.toContain('logged@example.cymru');
      expect(raw).not.toContain(s.cookie.split('=')[1]);
      expect(raw).not.toContain(s.csrf);
    } finally {
      spy.mockRestore();
    }
  });
});
