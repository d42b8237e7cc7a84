/// <reference types="vite/client" />
// The HSDS the API serves (not only the pure mapping: see test/unit/hsds-register.test.ts)
// validates against the Open Referral HSDS 3.0 schemas vendored in test/fixtures/hsds/schema:
// the paginated services, one service, the taxonomies and terms, and the JSON download, in both
// languages, with the same ids in each.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAsset, publish, submittedAssessment } from './assets-fixtures.ts';
import { call, signIn } from './helpers.ts';

const files = import.meta.glob('../fixtures/hsds/schema/*.json', { eager: true, import: 'default' }) as Record<string, object>;
const BASE = 'https://hsds.test/schema/';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats.default(ajv);
  ajv.addVocabulary([
    'name',
    'path',
    'mediatype',
    'profile',
    'order',
    'constraints',
    'example',
    'core',
    'datapackage_type',
    'tabular_required',
  ]);
  ajv.addFormat('csv', true);
  ajv.addFormat('%Y', /^\d{4}$/);
  for (const [file, s] of Object.entries(files)) ajv.addSchema({ ...s, $id: `${BASE}${file.split('/').pop()}` });
  return (name: string, value: unknown) => {
    const v = ajv.getSchema(`${BASE}${name}.json`)!;
    return v(value) ? [] : (v.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
  };
}

let validate: ReturnType<typeof validator>;
beforeAll(async () => {
  validate = validator();
  const member = { session: await signIn('hsds-grwp@example.cymru') };
  const a = await createAsset(member, {
    nameCy: 'Côr "Meibion" y Dref',
    nameEn: 'Town Male Voice Choir',
    activityTypes: ['music-and-singing', 'welsh-language'],
  });
  await publish(member, a, await submittedAssessment(member, a));
  const b = await createAsset(member, { areaServed: { localAuthorities: ['powys'], healthBoards: ['pthb'] } });
  await publish(member, b, await submittedAssessment(member, b, () => 0));
});

describe('HSDS from the API', () => {
  expect(Object.keys(files).length).toBeGreaterThanOrEqual(20);
  for (const lang of ['cy', 'en'] as const) {
    it(`(${lang}) services, one service, taxonomies, terms and the download validate against the HSDS 3 schemas`, async () => {
      const page = (await (await call('GET', `/api/register/hsds/services?lang=${lang}&per_page=100`)).json()) as {
        contents: { id: string }[];
      };
      expect(page.contents.length).toBeGreaterThanOrEqual(2);
      for (const s of page.contents) expect(validate('service', s)).toEqual([]);
      const one = await (await call('GET', `/api/register/hsds/services/${page.contents[0]!.id}?lang=${lang}`)).json();
      expect(validate('service', one)).toEqual([]);
      expect(one).toEqual(page.contents[0]);
      const tx = (await (await call('GET', `/api/register/hsds/taxonomies?lang=${lang}`)).json()) as { contents: unknown[] };
      for (const t of tx.contents) expect(validate('taxonomy', t)).toEqual([]);
      const terms = (await (await call('GET', `/api/register/hsds/taxonomy_terms?lang=${lang}`)).json()) as { contents: unknown[] };
      expect(terms.contents.length).toBeGreaterThan(10);
      for (const t of terms.contents) expect(validate('taxonomy_term', t)).toEqual([]);
      const dl = (await (await call('GET', `/api/register/hsds.json?lang=${lang}`)).json()) as {
        services: unknown[];
        taxonomy_terms: unknown[];
      };
      expect(dl.services).toEqual(page.contents);
      for (const t of dl.taxonomy_terms) expect(validate('taxonomy_term', t)).toEqual([]);
    });
  }

  it('gives a service the same id in both languages', async () => {
    const ids = async (lang: string) =>
      (
        (await (await call('GET', `/api/register/hsds/services?lang=${lang}&per_page=100`)).json()) as { contents: { id: string }[] }
      ).contents
        .map((s) => s.id)
        .sort();
    expect(await ids('cy')).toEqual(await ids('en'));
  });

  it('catches an invalid service (the check itself works)', () => {
    expect(validate('service', { id: 'not-a-uuid', name: 'x' }).length).toBeGreaterThan(0);
  });
});
