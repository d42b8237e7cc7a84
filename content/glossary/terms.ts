// Glossary of social prescribing terms, in Welsh and English.
import type { z } from 'zod';
import type { GlossaryTerm } from '../schema.ts';

export const terms: z.input<typeof GlossaryTerm>[] = [
  {
    id: 'social-prescribing',
    term: { cy: 'Presgripsiynu cymdeithasol', en: 'Social prescribing' },
    definition: {
      cy: "Term ambarél am gysylltu pobl â chymorth anghlinigol yn eu cymuned i'w helpu i reoli eu hiechyd a'u llesiant.",
      en: 'An umbrella term for connecting people with non-clinical support in their community to help them manage their health and wellbeing.',
    },
    alternatives: { cy: ['Atgyfeirio cymdeithasol'], en: ['Community referral'] },
    sectors: ['hc'],
    core: true,
    category: 'core-concept',
    related: [],
    sources: ['wg-cabinet-paper-nffsp'],
  },
];
