import type { z } from 'zod';
import type { Source } from '../schema.ts';

export const core: z.input<typeof Source>[] = [
  {
    id: 'wg-cabinet-paper-nffsp',
    title: {
      cy: 'Papur Cabinet: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol',
      en: 'Cabinet paper: National Framework for Social Prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.gov.wales/national-framework-social-prescribing',
    date: '2023',
  },
];
