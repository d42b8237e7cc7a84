// Sources for the competency framework and the community asset standards (ids prefixed fw-).
import type { z } from 'zod';
import type { Source } from '../schema.ts';

export const frameworkSources: z.input<typeof Source>[] = [
  {
    id: 'fw-wallace-gcm-2021',
    title: {
      cy: 'Mapio cysyniadau grŵp o rolau presgripsiynwyr cymdeithasol yng Nghymru (Perspectives in Public Health)',
      en: 'Group concept mapping of social prescriber roles in Wales (Perspectives in Public Health)',
    },
    publisher: { cy: 'Wallace a chydweithwyr, SAGE', en: 'Wallace et al., SAGE' },
    url: 'https://doi.org/10.1177/1757913921990072',
    date: '2021',
  },
  {
    id: 'fw-nhse-link-worker-wdf',
    title: {
      cy: 'Fframwaith datblygu’r gweithlu: gweithwyr cyswllt presgripsiynu cymdeithasol (B1569)',
      en: 'Workforce development framework: social prescribing link workers (B1569)',
    },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://www.england.nhs.uk/long-read/workforce-development-framework-social-prescribing-link-workers/',
  },
  {
    id: 'fw-trauma-informed-wales',
    title: { cy: 'Cymru sy’n Ystyriol o Drawma: hyfforddiant a lefelau ymarfer', en: 'Trauma-Informed Wales: training and practice levels' },
    url: 'https://traumaframeworkcymru.com/trauma-informed-training/',
  },
  {
    id: 'fw-more-than-just-words',
    title: {
      cy: 'Mwy na geiriau: fframwaith strategol ar gyfer y Gymraeg mewn iechyd, gwasanaethau cymdeithasol a gofal cymdeithasol',
      en: 'More than just words: strategic framework for the Welsh language in health, social services and social care',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.careinspectorate.wales/more-just-words-action-plan-welsh-language-health-social-services-and-social-care',
  },
  {
    id: 'fw-primary-care-model-wales',
    title: { cy: 'Model Gofal Sylfaenol i Gymru a’i fatrics aeddfedrwydd', en: 'Primary Care Model for Wales and its maturity matrix' },
    publisher: { cy: 'GIG Cymru, Gofal Sylfaenol Un', en: 'NHS Wales, Primary Care One' },
    url: 'https://primarycareone.nhs.wales/',
    date: '2021',
  },
  {
    id: 'fw-iwa-sustainable-journey-2018',
    title: {
      cy: 'Presgripsiynu cymdeithasol: sut i greu taith gynaliadwy (Agenda, Sefydliad Materion Cymreig)',
      en: 'Social prescribing: how to create a sustainable journey (Agenda, Institute of Welsh Affairs)',
    },
    publisher: { cy: 'Sefydliad Materion Cymreig', en: 'Institute of Welsh Affairs' },
    url: 'https://iwa.wales/agenda/2018/10/social-prescribing-how-to-create-a-sustainable-journey',
    date: '2018-10',
  },
  {
    id: 'fw-splossary-outcome-principles',
    title: { cy: 'Egwyddorion canlyniadau presgripsiynu cymdeithasol (rhestr termau)', en: 'Social prescribing outcome principles (glossary of terms)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/social-prescribing-outcome-principles/',
  },
  {
    id: 'fw-wg-consultation-2022',
    title: {
      cy: 'Ymgynghoriad ar fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol',
      en: 'Consultation on a national framework for social prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/node/49218',
    date: '2022-07-28',
  },
];
