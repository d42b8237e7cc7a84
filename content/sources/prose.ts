// Sources cited by the prose pages (explainer, programmes, about, accessibility, privacy).
// Ids start with "pr-" so they cannot collide with other areas' sources.
import type { z } from 'zod';
import type { Source } from '../schema.ts';

export const prose: z.input<typeof Source>[] = [
  {
    id: 'pr-cabinet-paper',
    title: {
      cy: 'Papur Cabinet: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol (strwythur arfaethedig, effaith a cherrig milltir)',
      en: 'Cabinet paper: National Framework for Social Prescribing (proposed structure, impact and milestones)',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.gov.wales/national-framework-social-prescribing',
    date: '2023',
  },
  {
    id: 'pr-written-statement',
    title: {
      cy: 'Datganiad Ysgrifenedig: Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol',
      en: 'Written Statement: National Framework for Social Prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/written-statement-national-framework-social-prescribing',
    date: '2023',
  },
  {
    id: 'pr-consultation-launch',
    title: {
      cy: 'Ymgynghoriad ar fframwaith cenedlaethol ar gyfer presgripsiynu cymdeithasol',
      en: 'Consultation on a national framework for social prescribing',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://gov.wales/node/49218',
    date: '2022-07-28',
  },
  {
    id: 'pr-senedd-wq90207',
    title: {
      cy: 'Cwestiwn Ysgrifenedig WQ90207: y fframwaith cenedlaethol a data craidd presgripsiynu cymdeithasol',
      en: 'Written Question WQ90207: the national framework and social prescribing core data',
    },
    publisher: { cy: 'Senedd Cymru', en: 'Welsh Parliament' },
    url: 'https://record.senedd.wales/WrittenQuestion/90207',
    date: '2023-12-20',
  },
  {
    id: 'pr-phw-launch',
    title: {
      cy: "Iechyd Cyhoeddus Cymru yn cefnogi lansio'r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol",
      en: 'Public Health Wales supports the launch of the National Framework for Social Prescribing',
    },
    publisher: { cy: 'Iechyd Cyhoeddus Cymru', en: 'Public Health Wales' },
    url: 'https://publichealthwales.nhs.wales/news/public-health-wales-supports-the-launch-of-the-national-framework-for-social-prescribing/',
    date: '2023-12-11',
  },
  {
    id: 'pr-wcva-framework',
    title: {
      cy: "Beth mae'r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol yn ei olygu i'r sector",
      en: 'What the National Framework for Social Prescribing means for the sector',
    },
    publisher: { cy: 'Cyngor Gweithredu Gwirfoddol Cymru (WCVA)', en: 'Wales Council for Voluntary Action (WCVA)' },
    url: 'https://wcva.cymru/views/what-the-national-framework-for-social-prescribing-means-for-the-sector/',
    date: '2023-12',
  },
  {
    id: 'pr-splossary',
    title: {
      cy: 'Rhestr Termau Presgripsiynu Cymdeithasol (splossary.wales)',
      en: 'Social Prescribing Glossary of Terms (splossary.wales)',
    },
    publisher: {
      cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru',
      en: 'University of South Wales and Public Health Wales',
    },
    url: 'https://splossary.wales/wiki/social-prescribing/',
    date: '2024-04-04',
  },
  {
    id: 'pr-splossary-referral',
    title: { cy: 'Rhestr Termau: Atgyfeirio', en: 'Glossary of Terms: Referral' },
    publisher: {
      cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru',
      en: 'University of South Wales and Public Health Wales',
    },
    url: 'https://splossary.wales/wiki/referral/',
  },
  {
    id: 'pr-splossary-models',
    title: {
      cy: 'Rhestr Termau: Modelau presgripsiynu cymdeithasol (lefelau cymorth)',
      en: 'Glossary of Terms: Social prescribing models (levels of support)',
    },
    publisher: {
      cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru',
      en: 'University of South Wales and Public Health Wales',
    },
    url: 'https://splossary.wales/wiki/social-prescribing-models/',
  },
  {
    id: 'pr-splossary-outcomes',
    title: {
      cy: 'Rhestr Termau: Egwyddorion canlyniadau presgripsiynu cymdeithasol',
      en: 'Glossary of Terms: Social prescribing outcome principles',
    },
    publisher: {
      cy: 'Prifysgol De Cymru ac Iechyd Cyhoeddus Cymru',
      en: 'University of South Wales and Public Health Wales',
    },
    url: 'https://splossary.wales/wiki/social-prescribing-outcome-principles/',
  },
  {
    id: 'pr-usw-glossary-launch',
    title: {
      cy: 'PDC ac Iechyd Cyhoeddus Cymru yn lansio rhestr termau i symleiddio iaith presgripsiynu cymdeithasol',
      en: 'USW and PHW launch glossary to simplify social prescribing language',
    },
    publisher: { cy: 'Prifysgol De Cymru', en: 'University of South Wales' },
    url: 'https://www.southwales.ac.uk/news/news-for-2024/usw-and-phw-launch-glossary-to-simplify-social-prescribing-language/',
    date: '2024-04-04',
  },
  {
    id: 'pr-wsspr-wellbeing',
    title: { cy: 'Llesiant cymdeithasol', en: 'Social well-being' },
    publisher: {
      cy: 'Ysgol Ymchwil Presgripsiynu Cymdeithasol Cymru (WSSPR)',
      en: 'Wales School for Social Prescribing Research (WSSPR)',
    },
    url: 'https://www.wsspr.wales/wellbeing/',
  },
  {
    id: 'pr-wemwbs',
    title: {
      cy: 'Graddfa Llesiant Meddyliol Warwick-Caeredin (WEMWBS): sut i’w defnyddio',
      en: 'Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS): how to use it',
    },
    publisher: { cy: 'Prifysgol Warwick', en: 'University of Warwick' },
    url: 'https://warwick.ac.uk/fac/sci/med/research/platform/wemwbs/using/howto',
  },
  {
    id: 'pr-ons4',
    title: {
      cy: 'Llesiant personol: safon wedi’i chysoni (ONS4)',
      en: 'Personal well-being harmonised standard (ONS4)',
    },
    publisher: { cy: 'Ffrwd Dadansoddi’r Llywodraeth', en: 'Government Analysis Function' },
    url: 'https://analysisfunction.civilservice.gov.uk/policy-store/personal-well-being/',
  },
  {
    id: 'pr-ssww-act',
    title: {
      cy: 'Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014',
      en: 'Social Services and Well-being (Wales) Act 2014',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/anaw/2014/4/contents',
    date: '2014',
  },
  {
    id: 'pr-clusters',
    title: { cy: 'Clystyrau gofal sylfaenol', en: 'Primary care clusters' },
    publisher: { cy: 'Gofal Sylfaenol Un', en: 'Primary Care One' },
    url: 'https://primarycareone.nhs.wales/cluster-area/',
  },
  {
    id: 'pr-dewis',
    title: { cy: 'DEWIS Cymru: y lle i gael gwybodaeth am lesiant', en: 'DEWIS Cymru: the place for information about well-being' },
    publisher: { cy: 'DEWIS Cymru', en: 'DEWIS Cymru' },
    url: 'https://www.dewis.wales/',
  },
  {
    id: 'pr-infoengine',
    title: { cy: 'Infoengine: cyfeiriadur gwasanaethau’r trydydd sector yng Nghymru', en: 'Infoengine: directory of third sector services in Wales' },
    publisher: { cy: 'Cynghorau gwirfoddol sirol a WCVA', en: 'County voluntary councils and WCVA' },
    url: 'https://www.infoengine.cymru/',
  },
  {
    id: 'pr-nhs111',
    title: { cy: 'GIG 111 Cymru', en: 'NHS 111 Wales' },
    publisher: { cy: 'GIG Cymru', en: 'NHS Wales' },
    url: 'https://111.wales.nhs.uk/',
  },
  {
    id: 'pr-psbar-2018',
    title: {
      cy: 'Rheoliadau Cyrff y Sector Cyhoeddus (Gwefannau a Chymwysiadau Symudol) (Rhif 2) Hygyrchedd 2018',
      en: 'The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
    date: '2018',
  },
  {
    id: 'pr-wcag22',
    title: {
      cy: 'Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2',
      en: 'Web Content Accessibility Guidelines (WCAG) 2.2',
    },
    publisher: { cy: 'W3C', en: 'W3C' },
    url: 'https://www.w3.org/TR/WCAG22/',
    date: '2023-10-05',
  },
  {
    id: 'pr-ehrc',
    title: {
      cy: 'Y Comisiwn Cydraddoldeb a Hawliau Dynol',
      en: 'Equality and Human Rights Commission',
    },
    publisher: { cy: 'EHRC', en: 'EHRC' },
    url: 'https://www.equalityhumanrights.com/',
  },
  {
    id: 'pr-eass',
    title: {
      cy: 'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
      en: 'Equality Advisory and Support Service (EASS)',
    },
    publisher: { cy: 'EASS', en: 'EASS' },
    url: 'https://www.equalityadvisoryservice.com/',
  },
  {
    id: 'pr-uk-gdpr-art6',
    title: {
      cy: 'GDPR y DU, Erthygl 6: cyfreithlondeb prosesu',
      en: 'UK GDPR, Article 6: lawfulness of processing',
    },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/eur/2016/679/article/6',
  },
  {
    id: 'pr-dpa-2018',
    title: { cy: 'Deddf Diogelu Data 2018', en: 'Data Protection Act 2018' },
    publisher: { cy: 'legislation.gov.uk', en: 'legislation.gov.uk' },
    url: 'https://www.legislation.gov.uk/ukpga/2018/12/contents',
    date: '2018',
  },
  {
    id: 'pr-ico',
    title: {
      cy: 'Swyddfa’r Comisiynydd Gwybodaeth: gwneud cwyn am ddiogelu data',
      en: 'Information Commissioner’s Office: make a data protection complaint',
    },
    publisher: { cy: 'ICO', en: 'ICO' },
    url: 'https://ico.org.uk/make-a-complaint/',
  },
  {
    id: 'pr-welsh-language-standards',
    title: {
      cy: 'Safonau’r Gymraeg: arferion gorau i wefannau GIG Cymru',
      en: 'Welsh Language Standards: best practice for NHS Wales websites',
    },
    publisher: { cy: 'GIG Cymru', en: 'NHS Wales' },
    url: 'https://cmssupport.nhs.wales/best-practice/welsh-language-standards/',
  },
  {
    id: 'pr-welsh-language-digital',
    title: {
      cy: 'Y Gymraeg mewn cyfathrebu digidol',
      en: 'Welsh language in digital communications',
    },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://www.gov.wales/welsh-language-digital-communications',
    date: '2019-10-31',
  },
  {
    id: 'pr-cdps-standards',
    title: {
      cy: 'Safonau Gwasanaeth Digidol i Gymru',
      en: 'Digital Service Standards for Wales',
    },
    publisher: { cy: 'Canolfan Gwasanaethau Cyhoeddus Digidol', en: 'Centre for Digital Public Services' },
    url: 'https://digitalpublicservices.gov.wales/resources/digital-service-standards/',
  },
  {
    id: 'pr-statswales-shorthand',
    title: { cy: 'Codau llaw-fer StatsCymru', en: 'StatsWales shorthand codes' },
    publisher: { cy: 'Llywodraeth Cymru', en: 'Welsh Government' },
    url: 'https://stats.gov.wales/en-GB/shorthand',
  },
  {
    id: 'pr-wallace-gcm-2021',
    title: {
      cy: 'Wallace et al. (2021), Mapio cysyniadau grŵp o rolau presgripsiynwyr cymdeithasol yng Nghymru',
      en: 'Wallace et al. (2021), Group concept mapping of social prescriber roles in Wales',
    },
    publisher: { cy: 'Perspectives in Public Health', en: 'Perspectives in Public Health' },
    url: 'https://sage.cnpereading.com/doi/10.1177/1757913921990072',
    date: '2021',
  },
  {
    id: 'pr-makanjuola-2023',
    title: {
      cy: 'Makanjuola et al. (2023), Anghenion hyfforddi gweithwyr cyswllt presgripsiynu cymdeithasol yng Nghymru',
      en: 'Makanjuola et al. (2023), Training needs of social prescribing link workers in Wales',
    },
    publisher: {
      cy: 'International Journal of Environmental Research and Public Health',
      en: 'International Journal of Environmental Research and Public Health',
    },
    url: 'https://www.mdpi.com/1660-4601/20/16/6549',
    date: '2023',
  },
];
