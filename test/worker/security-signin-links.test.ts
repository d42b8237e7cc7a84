// Issue 13.5: issuing a sign-in link retires the earlier ones for that address, and signing
// in with one link retires every other outstanding link of that address.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { client, expectError, json, requestLink, setRole, signIn, verify } from './helpers.ts';

const open = (email: string) =>
  env.DB.prepare('SELECT COUNT(*) n FROM login_tokens WHERE email = ?1 AND used_at IS NULL').bind(email).first<number>('n');

describe('sign-in links', () => {
  it('a newer link retires the older ones', async () => {
    const email = `retire-${crypto.randomUUID()}@example.cymru`;
    const first = await requestLink(email);
    const second = await requestLink(email);
    const third = await requestLink(email);
    expect(await open(email)).toBe(1);
    await expectError(await verify(first), 400, 'token-invalid');
    await expectError(await verify(second), 400, 'token-invalid');
    expect((await verify(third)).status).toBe(200);
    // another address is untouched
    const other = `retire-other-${crypto.randomUUID()}@example.cymru`;
    const kept = await requestLink(other);
    await requestLink(`retire-third-${crypto.randomUUID()}@example.cymru`);
    expect((await verify(kept)).status).toBe(200);
  });

  it('using a link retires any other outstanding link of the address', async () => {
    const email = `retire-on-use-${crypto.randomUUID()}@example.cymru`;
    const token = await requestLink(email);
    // A link made by other means (e.g. an earlier release) that is still open.
    await env.DB.prepare("INSERT INTO login_tokens (id, token_hash, email, lang, created_at, expires_at) VALUES (?1, ?2, ?3, 'cy', ?4, ?5)")
      .bind(crypto.randomUUID(), crypto.randomUUID(), email, Date.now(), Date.now() + 600_000)
      .run();
    expect(await open(email)).toBe(2);
    expect((await verify(token)).status).toBe(200);
    expect(await open(email)).toBe(0);
  });
});

describe('invitations (the same kind: a newer one retires the earlier)', () => {
  it('a newer invitation for the same address and place revokes the pending one, audited', async () => {
    const boss = await signIn(`links-admin-${crypto.randomUUID()}@example.cymru`);
    await setRole(boss.userId, 'admin');
    const email = `invited-twice-${crypto.randomUUID()}@example.cymru`;
    const invite = async (role: 'analyst' | 'admin') =>
      json(await client({ session: boss }).admin.invitations.$post({ json: { email, role } }));
    const first = await invite('analyst');
    const second = await invite('analyst');
    const other = await invite('admin'); // another place: kept
    const state = async (id: string) =>
      env.DB.prepare('SELECT revoked_at FROM invitations WHERE id = ?1').bind(id).first<number | null>('revoked_at');
    expect(await state(first.invitation.id)).not.toBeNull();
    expect(await state(second.invitation.id)).toBeNull();
    expect(await state(other.invitation.id)).toBeNull();
    const audit = await env.DB.prepare("SELECT after FROM audit_log WHERE action = 'invitation.revoke' AND entity_id = ?1")
      .bind(first.invitation.id)
      .first<string>('after');
    expect(JSON.parse(audit!)).toMatchObject({ reason: 'superseded' });
  });
});
