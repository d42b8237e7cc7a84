// Core dataset definition: working version 1.0.
import type { z } from 'zod';
import type { DatasetDefinition } from '../schema.ts';

export const dataset: z.input<typeof DatasetDefinition> = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: { cy: 'Set ddata graidd presgripsiynu cymdeithasol', en: 'Social prescribing core dataset' },
  introduction: { cy: 'Placeholder', en: 'Placeholder' },
  basis: { cy: 'Placeholder', en: 'Placeholder' },
  sections: [{ id: 'referrals', title: { cy: 'Atgyfeiriadau', en: 'Referrals' }, summary: { cy: 'Placeholder', en: 'Placeholder' } }],
  breakdowns: [
    { id: 'age-band', label: { cy: 'Band oedran', en: 'Age band' }, guidance: { cy: 'Placeholder', en: 'Placeholder' }, categories: [
      { id: 'age-0-17', label: { cy: '0–17', en: '0–17' } },
      { id: 'age-18-plus', label: { cy: '18 a hŷn', en: '18 and over' } },
    ] },
  ],
  items: [
    { id: 'referrals-received', section: 'referrals', label: { cy: 'Atgyfeiriadau a gafwyd', en: 'Referrals received' }, guidance: { cy: 'Placeholder', en: 'Placeholder' }, type: 'count', min: 0, required: true, breakdowns: ['age-band'] },
  ],
  rules: [],
  csv: { columns: [
    { id: 'field', header: { cy: 'maes', en: 'field' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
    { id: 'label', header: { cy: 'label', en: 'label' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
    { id: 'value', header: { cy: 'gwerth', en: 'value' }, description: { cy: 'Placeholder', en: 'Placeholder' } },
  ] },
  sources: ['wg-cabinet-paper-nffsp'],
};
