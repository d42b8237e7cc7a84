// Issue 13.9: in production without an email binding or sender, sign-in answers a clear
// bilingual 503 and a log line names the missing setting; messages are built with mimetext:
// multipart/alternative, plain text and HTML, both languages in each.
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/src/index.ts';
import { fakeEmailBinding, readMime } from './mail-capture.ts';

const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
const SITE = 'https://hwb.example.cymru';
const prod = { ...env, ENVIRONMENT: 'production', PUBLIC_ORIGIN: SITE };
let ip = 0;
const request = (e: object, email: string, lang = 'en', query = '') =>
  app.fetch(
    new Request(`${SITE}/api/auth/request${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: SITE, 'CF-Connecting-IP': `10.13.0.${++ip}` },
      body: JSON.stringify({ email, lang }),
    }),
    e as never,
    ctx,
  );

afterEach(() => vi.restoreAllMocks());

describe('email in production', () => {
  it('answers 503 email-unavailable in both languages and logs the missing setting', async () => {
    const mail = fakeEmailBinding();
    const cases: [string, object][] = [
      ['EMAIL', { ...prod, EMAIL_FROM: 'hwb@example.cymru' }],
      ['EMAIL_FROM', { ...prod, EMAIL: mail.binding }],
    ];
    for (const [missing, e] of cases) {
      const logged: string[] = [];
      vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
      vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logged.push(a.map(String).join(' ')));
      const to = `mail-${crypto.randomUUID()}@example.cymru`;
      const en = await request(e, to, 'en', '?lang=en');
      expect(en.status).toBe(503);
      const enBody = (await en.json()) as { error: { code: string; message: string } };
      expect(enBody.error.code).toBe('email-unavailable');
      expect(enBody.error.message).toMatch(/email/i);
      const cy = await request(e, to, 'cy', '?lang=cy');
      const cyBody = (await cy.json()) as { error: { code: string; message: string } };
      expect(cyBody.error.code).toBe('email-unavailable');
      expect(cyBody.error.message).toMatch(/e-bost/i);
      expect(cyBody.error.message).not.toBe(enBody.error.message);
      expect(logged.some((l) => l.includes(missing) && /missing|not set|not configured/i.test(l))).toBe(true);
      expect(await env.DB.prepare('SELECT COUNT(*) n FROM login_tokens WHERE email = ?1').bind(to).first('n')).toBe(0);
      vi.restoreAllMocks();
    }
    expect(mail.sent).toHaveLength(0);
  });

  it('sends a MIME message from EMAIL_FROM: plain text and HTML, both languages, the reader’s first', async () => {
    const mail = fakeEmailBinding();
    const to = `mime-${crypto.randomUUID()}@example.cymru`;
    const res = await request({ ...prod, EMAIL: mail.binding, EMAIL_FROM: 'hwb@example.cymru' }, to, 'en');
    expect(res.status).toBe(202);
    expect(mail.sent).toHaveLength(1);
    const sent = mail.sent[0]!;
    expect(sent).toMatchObject({ from: 'hwb@example.cymru', to });
    const { headers, subject, parts } = readMime(sent.raw);
    expect(headers.get('mime-version')).toBe('1.0');
    expect(headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(headers.get('from')).toContain('<hwb@example.cymru>');
    expect(headers.get('to')).toContain(to);
    expect(subject).toBe("Your sign-in link for the Hub / Eich dolen fewngofnodi i'r Hwb");
    const text = parts.find((p) => p.type === 'text/plain')!.text;
    const html = parts.find((p) => p.type === 'text/html')!.text;
    for (const body of [text, html]) {
      expect(body.indexOf('Open this link')).toBeGreaterThanOrEqual(0);
      expect(body.indexOf('Open this link')).toBeLessThan(body.indexOf('Agorwch y ddolen'));
      expect(body).toContain(`${SITE}/en/sign-in/confirm/#token=`);
      expect(body).toContain(`${SITE}/cy/mewngofnodi/cadarnhau/#token=`);
    }
    expect(html).toMatch(/<div lang="en"[^>]*>[\s\S]*Open this link/);
    expect(html).toMatch(/<div lang="cy"[^>]*>[\s\S]*Agorwch y ddolen/);
    expect(html).toMatch(/<a href="https:\/\/hwb\.example\.cymru\/en\/sign-in\/confirm\/#token=[A-Za-z0-9_-]+">/);
    expect(html).not.toContain('<script');
  });
});
