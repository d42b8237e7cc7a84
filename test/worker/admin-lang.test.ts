// A page in one language calls the API with ?lang=; that wins over the signed-in user's
// stored preference, so errors come back in the page's language. Without ?lang= the preference wins.
import { describe, expect, it } from 'vitest';
import { call, expectError, setRole, signIn } from './helpers.ts';

describe('language of API errors for signed-in people', () => {
  it('follows ?lang= first, then the user preference over Accept-Language', async () => {
    const s = await signIn('lang-pref@example.cymru', 'cy');
    await setRole(s.userId, 'admin');
    const bad = { nameCy: '', nameEn: 'x', type: 'other', healthBoard: 'pthb' };
    const en = await expectError(
      await call('POST', '/api/admin/organisations?lang=en', { caller: { session: s }, body: bad }),
      400,
      'validation',
    );
    expect(en.message).toBe('Some of the details need correcting.');
    expect(en.fields).toContainEqual({ field: 'nameCy', message: 'This field is required.' });
    const cy = await expectError(
      await call('POST', '/api/admin/organisations', { caller: { session: s }, body: bad, headers: { 'Accept-Language': 'en' } }),
      400,
      'validation',
    );
    expect(cy.fields).toContainEqual({ field: 'nameCy', message: "Mae angen llenwi'r maes hwn." });
    const cy2 = await expectError(
      await call('POST', '/api/admin/organisations?lang=cy', { caller: { session: s }, body: bad }),
      400,
      'validation',
    );
    expect(cy2.message).toBe("Mae angen cywiro rhai o'r manylion.");
  });
});
