// Sources for the core dataset definition (ds-*) and the geography of Wales (ds-geo-*).
import type { z } from 'zod';
import type { Source } from '../schema.ts';

const datasetSources: z.input<typeof Source>[] = [
  {
    id: 'ds-senedd-wq90207',
    title: {
      cy: 'Cwestiwn Ysgrifenedig WQ90207: y Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol a chanllawiau data craidd',
      en: 'Written Question WQ90207: the National Framework for Social Prescribing and core data guidance',
    },
    publisher: { cy: 'Senedd Cymru', en: 'Senedd Cymru – Welsh Parliament' },
    url: 'https://record.senedd.wales/WrittenQuestion/90207',
    date: '2023-12-20',
  },
  {
    id: 'ds-prsb-social-prescribing-standard',
    title: { cy: 'Safon Wybodaeth Presgripsiynu Cymdeithasol (fersiwn 1.1)', en: 'Social Prescribing Information Standard (version 1.1)' },
    publisher: { cy: 'Professional Record Standards Body', en: 'Professional Record Standards Body' },
    url: 'https://theprsb.org/standards/social-prescribing-standard/',
    date: '2023-01',
  },
  {
    id: 'ds-sp-evaluation-toolkit',
    title: {
      cy: 'Pecyn cymorth gwerthuso presgripsiynu cymdeithasol: adrodd a mesur',
      en: 'The social prescribing evaluation toolkit: reporting and measurement',
    },
    publisher: { cy: 'Transformation Partners in Health and Care', en: 'Transformation Partners in Health and Care' },
    url: 'https://www.transformationpartners.nhs.uk/programmes/personalised_care/projects/the-social-prescribing-evaluation-toolkit-a-guide-to-demonstrating-impact-locally/reporting-and-measurement/',
  },
  {
    id: 'ds-warwick-wemwbs',
    title: {
      cy: 'Graddfa Lles Meddyliol Warwick-Caeredin (WEMWBS a SWEMWBS): sut i’w defnyddio',
      en: 'Warwick-Edinburgh Mental Wellbeing Scales (WEMWBS and SWEMWBS): how to use them',
    },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
  },
  {
    id: 'ds-ons-personal-wellbeing',
    title: { cy: 'Safon wedi’i chysoni ar gyfer llesiant personol (ONS4)', en: 'Personal well-being harmonised standard (ONS4)' },
    publisher: { cy: 'Gwasanaeth Dadansoddi’r Llywodraeth', en: 'Government Analysis Function' },
    url: 'https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/',
  },
  {
    id: 'ds-splossary-models',
    title: { cy: 'Modelau presgripsiynu cymdeithasol (rhestr termau)', en: 'Social prescribing models (glossary of terms)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/social-prescribing-models/',
  },
  {
    id: 'ds-splossary-referral',
    title: { cy: 'Atgyfeirio (rhestr termau)', en: 'Referral (glossary of terms)' },
    publisher: { cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru', en: 'University of South Wales and Public Health Wales' },
    url: 'https://splossary.wales/wiki/referral/',
  },
  {
    id: 'ds-nhse-dsic-social-prescribing',
    title: { cy: 'Gallu “Presgripsiynu Cymdeithasol” (DSIC)', en: 'Digital Services Integration Catalogue: “Social Prescribing” capability' },
    publisher: { cy: 'GIG Lloegr', en: 'NHS England' },
    url: 'https://nhse-dsic.atlassian.net/wiki/x/VAvrUg',
    date: '2024-09-09',
  },
];

const geographySources: z.input<typeof Source>[] = [
  {
    id: 'ds-geo-health-boards',
    title: { cy: 'Rhestr o fyrddau iechyd lleol ac ymddiriedolaethau GIG yng Nghymru', en: 'List of local health boards and NHS trusts in Wales' },
    publisher: { cy: 'WikiMili', en: 'WikiMili' },
    url: 'https://wikimili.com/en/List_of_local_health_boards_and_NHS_trusts_in_Wales',
  },
  {
    id: 'ds-geo-bridgend-boundary',
    title: {
      cy: 'Datganiad ysgrifenedig: newid ffin bwrdd iechyd Pen-y-bont ar Ogwr a’r cynllunio cysylltiedig',
      en: 'Written statement: health board boundary change for Bridgend and associated planning',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/written-statement-health-board-boundary-bridgend-associated-planning',
  },
  {
    id: 'ds-geo-principal-areas',
    title: { cy: 'Rhestr o brif ardaloedd Cymru', en: 'List of Welsh principal areas' },
    publisher: { cy: 'WikiMili', en: 'WikiMili' },
    url: 'https://wikimili.com/en/List_of_Welsh_principal_areas',
  },
  {
    id: 'ds-geo-partnership-regulations',
    title: {
      cy: 'Rheoliadau Trefniadau Partneriaeth (Cymru) 2015 (OS 2015/1989)',
      en: 'The Partnership Arrangements (Wales) Regulations 2015 (SI 2015/1989)',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://legislation.gov.uk/wsi/2015/1989/body/made/data.html',
    date: '2015',
  },
  {
    id: 'ds-geo-primary-care-one-clusters',
    title: { cy: 'Ardaloedd clwstwr gofal sylfaenol', en: 'Primary care cluster areas' },
    publisher: { cy: 'Gofal Sylfaenol Un (GIG Cymru)', en: 'Primary Care One (NHS Wales)' },
    url: 'https://primarycareone.nhs.wales/cluster-area/',
  },
  {
    id: 'ds-geo-cpw-clusters',
    title: { cy: 'Clystyrau gofal sylfaenol', en: 'Primary care clusters' },
    publisher: { cy: 'Fferylliaeth Gymunedol Cymru', en: 'Community Pharmacy Wales' },
    url: 'https://cpwales.org.uk/quality-collaboration/primary-care-clusters-d50/',
  },
  {
    id: 'ds-geo-phw-clusters-dashboard',
    title: { cy: 'Dangosfwrdd clystyrau gofal sylfaenol', en: 'Primary care clusters dashboard' },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://beta-phw.nhs.wales/reports/primary-care-clusters-dashboard/',
    date: '2026-01-21',
  },
];

/** Everything above, registered once in sources/index.ts. */
export const dataset: z.input<typeof Source>[] = [...datasetSources, ...geographySources];
