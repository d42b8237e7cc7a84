// Core dataset definition: working version 1.0.
//
// Wales's core data items for social prescribing have not been published (Welsh Government
// said in December 2023 that guidance on core data for organisations whose primary function is
// social prescribing would follow in summer 2024). This working version is built from what is
// known: that announcement, the four groups of the UK Social Prescribing Information Standard
// (demographics; needs and concerns; support offered; outcomes), the levels of support in the
// Welsh glossary of terms, the WEMWBS/SWEMWBS and ONS4 wellbeing measures, and the Cabinet
// paper's wish to know who does, and who does not, use social prescribing.
//
// A return holds aggregate quarterly counts for one organisation: never personal data.
// The web form, the CSV template and import, the API and the open data are all generated from
// this definition, so ids are a contract: add, never rename.
import type { z } from 'zod';
import type { DatasetDefinition } from '../schema.ts';

type Def = z.input<typeof DatasetDefinition>;
type Rule = Def['rules'][number];

// ---------------------------------------------------------------- rule message templates
// Placeholders: {field} and {limit} are field labels; {value}, {total} and {previous} are numbers.
const notGreater = (why: { cy: string; en: string }) => ({
  cy: `Y ffigur ar gyfer “{field}” yw {value}, sy'n fwy na'r ffigur ar gyfer “{limit}” ({total}). ${why.cy}`,
  en: `“{field}” is {value}, which is more than “{limit}” ({total}). ${why.en}`,
});
const requiresMsg = (why: { cy: string; en: string }) => ({
  cy: `Y ffigur ar gyfer “{field}” yw {value}, ond {total} yw'r ffigur ar gyfer “{limit}”. ${why.cy}`,
  en: `“{field}” is {value}, but “{limit}” is {total}. ${why.en}`,
});
const changeMsg = {
  cy: "Y ffigur ar gyfer “{field}” yw {value}, o'i gymharu â {previous} yn y chwarter blaenorol: newid o fwy na {limit}. Rhowch esboniad byr am y newid.",
  en: '“{field}” is {value}, against {previous} in the previous quarter: a change of more than {limit}. Please give a short explanation of the change.',
};
const change = (field: string, minBase = 10): Rule => ({
  id: `change-${field}`,
  kind: 'change-vs-previous',
  severity: 'warning',
  field,
  maxChange: 0.5,
  minBase,
  message: changeMsg,
});
// {low} and {high} are the ends of the organisation's usual range, {quarters} how many accepted quarters it rests on.
const outlierMsg = {
  cy: 'Y ffigur ar gyfer “{field}” yw {value}, y tu allan i’r ystod y mae’r sefydliad hwn yn ei hadrodd fel arfer ({low} i {high}, yn ôl ei {quarters} chwarter diwethaf a dderbyniwyd, o’u cymharu hefyd â’r un chwarter mewn blynyddoedd blaenorol). Rhowch esboniad byr am y ffigur.',
  en: '“{field}” is {value}, outside the range this organisation usually reports ({low} to {high}, from its last {quarters} accepted quarters, also compared with the same quarter in earlier years). Please give a short explanation of the figure.',
};
// Three (scaled) median absolute deviations either side of the median of the last 12 accepted
// quarters, never narrower than 10% of the median, once 6 quarters have been accepted: about
// three standard deviations for steady figures, so roughly 1 in 400 ordinary quarters is asked about.
const outlier = (field: string, minBase = 10): Rule => ({
  id: `outlier-${field}`,
  kind: 'outlier-vs-history',
  severity: 'warning',
  field,
  quarters: 12,
  minHistory: 6,
  k: 3,
  minSpread: 0.1,
  minBase,
  message: outlierMsg,
});

export const dataset: Def = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: { cy: 'Set ddata graidd presgripsiynu cymdeithasol', en: 'Social prescribing core dataset' },
  introduction: {
    cy: "Mae'r set ddata graidd yn disgrifio'r ffigurau y mae sefydliadau presgripsiynu cymdeithasol yn eu hanfon bob chwarter: faint o atgyfeiriadau a gawsant a phwy a atgyfeiriwyd, pa gymorth a roddwyd, beth oedd y canlyniadau i lesiant pobl, a'r gweithlu sy'n gwneud y gwaith. Cyfansymiau ar gyfer y sefydliad cyfan yw pob ffigur: nid oes dim data personol am unrhyw unigolyn mewn ffurflen. Mae'r ffigurau'n helpu i ddeall pwy sy'n defnyddio presgripsiynu cymdeithasol a phwy nad yw'n ei ddefnyddio, ac yn cryfhau'r sylfaen dystiolaeth ar gyfer Cymru.",
    en: 'The core dataset describes the figures that social prescribing organisations send each quarter: how many referrals they received and who was referred, what support was given, what the outcomes were for people’s wellbeing, and the workforce doing the work. Every figure is a total for the whole organisation: a return holds no personal data about any individual. The figures help us understand who does and who does not use social prescribing, and strengthen the evidence base for Wales.',
  },
  basis: {
    cy: "Fersiwn waith yw hon, nid y testun swyddogol. Dywedodd Llywodraeth Cymru y byddai canllawiau ar y data craidd i'w casglu gan sefydliadau sydd â phresgripsiynu cymdeithasol yn brif swyddogaeth iddynt yn dilyn yn haf 2024, ond nid yw'r eitemau wedi'u cyhoeddi. Rydym wedi llunio'r fersiwn hon o'r hyn sy'n hysbys: pedwar grŵp y Safon Wybodaeth Presgripsiynu Cymdeithasol (demograffeg, anghenion a phryderon, y cymorth a gynigiwyd, canlyniadau), lefelau cymorth y rhestr termau Gymraeg, y mesurau llesiant SWEMWBS ac ONS4, a dymuniad y papur Cabinet i gasglu data ar bwy sy'n defnyddio presgripsiynu cymdeithasol a phwy nad yw'n ei ddefnyddio.",
    en: 'This is a working version, not the official text. Welsh Government said guidance on the core data to be collected by organisations whose primary function is social prescribing would follow in summer 2024, but the items have not been published. We built this version from what is known: the four groups of the Social Prescribing Information Standard (demographics, needs and concerns, support offered, outcomes), the levels of support in the Welsh glossary of terms, the SWEMWBS and ONS4 wellbeing measures, and the Cabinet paper’s wish to collect data on who does and who does not use social prescribing.',
  },
  sections: [
    {
      id: 'referrals',
      title: { cy: 'Atgyfeiriadau a phwy a atgyfeiriwyd', en: 'Referrals and who was referred' },
      summary: {
        cy: "Yr atgyfeiriadau a gafwyd yn y chwarter, o ble y daethant, y prif reswm drostynt, a'r bobl a atgyfeiriwyd yn ôl oedran, rhywedd, grŵp ethnig, dewis iaith ac amddifadedd.",
        en: 'Referrals received in the quarter, where they came from, the main reason for them, and the people referred by age, gender, ethnic group, preferred language and deprivation.',
      },
    },
    {
      id: 'support',
      title: { cy: 'Y cymorth a roddwyd', en: 'Support provided' },
      summary: {
        cy: "Sgyrsiau “beth sy'n bwysig”, cynlluniau gweithredu, lefel y cymorth, atgyfeiriadau ymlaen at asedau cymunedol, a'r bobl a wrthododd neu na wnaeth ymgysylltu.",
        en: '“What matters” conversations, action plans, level of support, onward referrals to community assets, and people who declined or did not engage.',
      },
    },
    {
      id: 'outcomes',
      title: { cy: 'Canlyniadau', en: 'Outcomes' },
      summary: {
        cy: "Y bobl a gwblhaodd eu cymorth a'r newid yn eu llesiant, wedi'i fesur ar ddechrau ac ar ddiwedd y cymorth.",
        en: 'People who completed their support and the change in their wellbeing, measured at the start and end of support.',
      },
    },
    {
      id: 'workforce',
      title: { cy: 'Gweithlu', en: 'Workforce' },
      summary: {
        cy: "Yr ymarferwyr presgripsiynu cymdeithasol a gyflogir ar ddiwrnod olaf y chwarter, a faint ohonynt sy'n gallu gweithio yn Gymraeg.",
        en: 'The social prescribing practitioners employed on the last day of the quarter, and how many of them can work in Welsh.',
      },
    },
  ],
  breakdowns: [
    {
      id: 'referral-source',
      label: { cy: 'Ffynhonnell yr atgyfeiriad', en: 'Referral source' },
      guidance: {
        cy: "Cyfrwch bob atgyfeiriad unwaith, yn ôl y sefydliad neu'r person a'i gwnaeth. Mae rhywun sy'n cysylltu â'r gwasanaeth ei hun yn hunanatgyfeirio, hyd yn oed os awgrymodd rhywun arall hynny.",
        en: 'Count each referral once, by the organisation or person who made it. Someone who contacts the service themselves is a self-referral, even if another person suggested it.',
      },
      categories: [
        { id: 'gp-practice', label: { cy: 'Meddygfa', en: 'GP practice' } },
        {
          id: 'primary-community-health',
          label: { cy: 'Gwasanaethau iechyd sylfaenol neu gymunedol eraill', en: 'Other primary or community health services' },
        },
        { id: 'secondary-care', label: { cy: 'Gofal eilaidd (ysbyty)', en: 'Secondary care (hospital)' } },
        { id: 'social-services', label: { cy: 'Gwasanaethau cymdeithasol', en: 'Social services' } },
        { id: 'housing', label: { cy: 'Tai', en: 'Housing' } },
        { id: 'education', label: { cy: 'Addysg', en: 'Education' } },
        { id: 'third-sector', label: { cy: 'Trydydd sector', en: 'Third sector' } },
        { id: 'self-referral', label: { cy: 'Hunanatgyfeirio', en: 'Self-referral' } },
        { id: 'other', label: { cy: 'Arall', en: 'Other' } },
      ],
    },
    {
      id: 'referral-reason',
      label: { cy: 'Prif reswm dros atgyfeirio', en: 'Primary reason for referral' },
      guidance: {
        cy: "Cofnodwch un prif reswm ar gyfer pob atgyfeiriad: yr un a arweiniodd at yr atgyfeiriad. Os oes sawl angen, dewiswch yr un y mae'r person neu'r atgyfeiriwr yn rhoi'r pwys mwyaf arno.",
        en: 'Record one main reason for each referral: the one that led to it. Where there are several needs, choose the one the person or the referrer gives most weight to.',
      },
      categories: [
        { id: 'loneliness-isolation', label: { cy: 'Unigrwydd neu ynysigrwydd', en: 'Loneliness or isolation' } },
        { id: 'mental-wellbeing', label: { cy: 'Llesiant meddyliol', en: 'Mental wellbeing' } },
        { id: 'physical-health', label: { cy: 'Iechyd corfforol neu gyflwr hirdymor', en: 'Physical health or long-term condition' } },
        { id: 'money-debt-welfare', label: { cy: 'Arian, dyled neu fudd-daliadau', en: 'Money, debt or welfare benefits' } },
        { id: 'housing', label: { cy: 'Tai', en: 'Housing' } },
        { id: 'employment-skills', label: { cy: 'Cyflogaeth neu sgiliau', en: 'Employment or skills' } },
        { id: 'carer-support', label: { cy: 'Cymorth fel gofalwr', en: 'Support as a carer' } },
        { id: 'bereavement', label: { cy: 'Profedigaeth', en: 'Bereavement' } },
        { id: 'other', label: { cy: 'Arall', en: 'Other' } },
      ],
    },
    {
      id: 'age-band',
      label: { cy: 'Band oedran', en: 'Age band' },
      guidance: {
        cy: 'Defnyddiwch oed y person ar y dyddiad y cafwyd yr atgyfeiriad. Dewiswch “ddim yn hysbys” dim ond os na chofnodwyd yr oed.',
        en: 'Use the person’s age on the date the referral was received. Choose “not known” only if the age was not recorded.',
      },
      categories: [
        { id: 'age-0-17', label: { cy: '0–17', en: '0–17' } },
        { id: 'age-18-24', label: { cy: '18–24', en: '18–24' } },
        { id: 'age-25-34', label: { cy: '25–34', en: '25–34' } },
        { id: 'age-35-44', label: { cy: '35–44', en: '35–44' } },
        { id: 'age-45-54', label: { cy: '45–54', en: '45–54' } },
        { id: 'age-55-64', label: { cy: '55–64', en: '55–64' } },
        { id: 'age-65-74', label: { cy: '65–74', en: '65–74' } },
        { id: 'age-75-84', label: { cy: '75–84', en: '75–84' } },
        { id: 'age-85-plus', label: { cy: '85 a hŷn', en: '85 and over' } },
        { id: 'not-known', label: { cy: 'Ddim yn hysbys', en: 'Not known' } },
      ],
    },
    {
      id: 'gender',
      label: { cy: 'Rhywedd', en: 'Gender' },
      guidance: {
        cy: "Cofnodwch y rhywedd y mae'r person yn ei roi. Dewiswch “mewn ffordd arall” os yw'r person yn disgrifio'i rywedd mewn ffordd arall, a “heb ei nodi” os nad oedd am ddweud neu os na chafodd ei gofnodi.",
        en: 'Record the gender the person gives. Choose “in another way” if the person describes their gender in another way, and “not stated” if they preferred not to say or it was not recorded.',
      },
      categories: [
        { id: 'female', label: { cy: 'Menyw', en: 'Female' } },
        { id: 'male', label: { cy: 'Dyn', en: 'Male' } },
        { id: 'another-way', label: { cy: 'Mewn ffordd arall', en: 'In another way' } },
        { id: 'not-stated', label: { cy: 'Heb ei nodi', en: 'Not stated' } },
      ],
    },
    {
      id: 'ethnicity',
      label: { cy: 'Grŵp ethnig', en: 'Ethnic group' },
      guidance: {
        cy: "Defnyddiwch bum grŵp ethnig lefel uchaf Cyfrifiad 2021 yng Nghymru, fel y mae'r person yn disgrifio'i hun. Peidiwch byth â dyfalu: os na roddodd y person ateb, dewiswch “heb ei nodi”.",
        en: 'Use the five high-level ethnic groups of the 2021 Census in Wales, as the person describes themselves. Never guess: if the person gave no answer, choose “not stated”.',
      },
      categories: [
        { id: 'asian', label: { cy: 'Asiaidd, Asiaidd Cymreig neu Asiaidd Prydeinig', en: 'Asian, Asian Welsh or Asian British' } },
        {
          id: 'black',
          label: {
            cy: 'Du, Du Cymreig, Du Prydeinig, Caribïaidd neu Affricanaidd',
            en: 'Black, Black Welsh, Black British, Caribbean or African',
          },
        },
        { id: 'mixed', label: { cy: 'Grwpiau cymysg neu amlethnig', en: 'Mixed or multiple ethnic groups' } },
        { id: 'white', label: { cy: 'Gwyn', en: 'White' } },
        { id: 'other', label: { cy: 'Grŵp ethnig arall', en: 'Other ethnic group' } },
        { id: 'not-stated', label: { cy: 'Heb ei nodi', en: 'Not stated' } },
      ],
    },
    {
      id: 'preferred-language',
      label: { cy: 'Dewis iaith', en: 'Preferred language' },
      guidance: {
        cy: "Yr iaith y mae'r person yn dewis ei defnyddio gyda'r gwasanaeth. Yn unol â'r Cynnig Rhagweithiol, gofynnwch i bawb yn hytrach na thybio.",
        en: 'The language the person chooses to use with the service. In line with the Active Offer, ask everyone rather than assume.',
      },
      categories: [
        { id: 'welsh', label: { cy: 'Cymraeg', en: 'Welsh' } },
        { id: 'english', label: { cy: 'Saesneg', en: 'English' } },
        { id: 'other', label: { cy: 'Iaith arall', en: 'Another language' } },
        { id: 'not-known', label: { cy: 'Ddim yn hysbys', en: 'Not known' } },
      ],
    },
    {
      id: 'deprivation',
      label: { cy: 'Amddifadedd (cwintel MALlC)', en: 'Deprivation (WIMD quintile)' },
      guidance: {
        cy: "Defnyddiwch god post cartref y person i ganfod cwintel Mynegai Amddifadedd Lluosog Cymru (MALlC) ei ardal fach (ACEHI). Yng nghwintel 1 mae'r bumed ran o ardaloedd Cymru sydd fwyaf difreintiedig.",
        en: 'Use the person’s home postcode to find the Welsh Index of Multiple Deprivation (WIMD) quintile of their small area (LSOA). Quintile 1 holds the most deprived fifth of areas in Wales.',
      },
      categories: [
        { id: 'wimd-1', label: { cy: '1 (y mwyaf difreintiedig)', en: '1 (most deprived)' } },
        { id: 'wimd-2', label: { cy: '2', en: '2' } },
        { id: 'wimd-3', label: { cy: '3', en: '3' } },
        { id: 'wimd-4', label: { cy: '4', en: '4' } },
        { id: 'wimd-5', label: { cy: '5 (y lleiaf difreintiedig)', en: '5 (least deprived)' } },
        { id: 'not-known', label: { cy: 'Ddim yn hysbys', en: 'Not known' } },
      ],
    },
    {
      id: 'level-of-support',
      label: { cy: 'Lefel y cymorth', en: 'Level of support' },
      guidance: {
        cy: "Cyfrwch bob person unwaith, ar y lefel uchaf o gymorth a gafodd yn ystod y chwarter. Daw'r lefelau o fodelau presgripsiynu cymdeithasol y rhestr termau: cyfeirio, cymorth ysgafn, cymorth canolig a chymorth cyfannol.",
        en: 'Count each person once, at the highest level of support they received during the quarter. The levels come from the social prescribing models in the glossary of terms: signposting, light, medium and holistic support.',
      },
      categories: [
        { id: 'signposting', label: { cy: 'Cyfeirio', en: 'Signposting' } },
        { id: 'light', label: { cy: 'Cymorth ysgafn', en: 'Light support' } },
        { id: 'medium', label: { cy: 'Cymorth canolig', en: 'Medium support' } },
        { id: 'holistic', label: { cy: 'Cymorth cyfannol', en: 'Holistic support' } },
      ],
    },
    {
      id: 'community-asset-type',
      label: { cy: 'Math o ased cymunedol', en: 'Community asset type' },
      guidance: {
        cy: "Cyfrwch bob atgyfeiriad ymlaen yn ôl y prif fath o weithgaredd y mae'r ased cymunedol yn ei gynnig. Os yw un atgyfeiriad yn cwmpasu dau fath, cyfrwch ef o dan y prif un.",
        en: 'Count each onward referral by the main kind of activity the community asset offers. If one referral covers two kinds, count it under the main one.',
      },
      categories: [
        {
          id: 'creative',
          label: {
            cy: 'Y celfyddydau, diwylliant a threftadaeth (atgyfeirio creadigol)',
            en: 'Arts, culture and heritage (creative referral)',
          },
        },
        { id: 'green', label: { cy: "Natur a'r awyr agored (atgyfeirio gwyrdd)", en: 'Nature and the outdoors (green referral)' } },
        {
          id: 'blue',
          label: { cy: 'Gweithgareddau ar ddŵr neu wrth ddŵr (atgyfeirio glas)', en: 'Activities on or near water (blue referral)' },
        },
        { id: 'physical-activity', label: { cy: 'Ymarfer corff a chwaraeon', en: 'Physical activity and sport' } },
        { id: 'social-groups', label: { cy: 'Grwpiau cymdeithasol a chyfeillio', en: 'Social groups and befriending' } },
        { id: 'money-advice', label: { cy: 'Cyngor ar arian, dyled a budd-daliadau', en: 'Money, debt and benefits advice' } },
        { id: 'housing-support', label: { cy: 'Cymorth tai', en: 'Housing support' } },
        { id: 'learning-work-volunteering', label: { cy: 'Dysgu, gwaith a gwirfoddoli', en: 'Learning, work and volunteering' } },
        { id: 'emotional-support', label: { cy: 'Cymorth emosiynol a chymorth gan gymheiriaid', en: 'Emotional and peer support' } },
        { id: 'carer-support', label: { cy: 'Cymorth i ofalwyr', en: 'Carer support' } },
        { id: 'other', label: { cy: 'Arall', en: 'Other' } },
      ],
    },
  ],
  items: [
    // ---------------------------------------------------------------- referrals
    {
      id: 'referrals-received',
      section: 'referrals',
      label: { cy: 'Atgyfeiriadau a gafwyd', en: 'Referrals received' },
      guidance: {
        cy: "Cyfrwch bob atgyfeiriad a gafodd y gwasanaeth yn ystod y chwarter, gan gynnwys hunanatgyfeiriadau, p'un a gafodd ei dderbyn ai peidio. Os cafodd rhywun ei atgyfeirio ddwywaith yn y chwarter, mae'n cyfrif ddwywaith.",
        en: 'Count every referral the service received in the quarter, including self-referrals, whether or not it was accepted. Someone referred twice in the quarter counts twice.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: ['referral-source', 'referral-reason', 'age-band', 'gender', 'ethnicity', 'preferred-language', 'deprivation'],
    },
    // ---------------------------------------------------------------- support
    {
      id: 'what-matters-conversations',
      section: 'support',
      label: { cy: 'Sgyrsiau ‘beth sy’n bwysig’ a gynhaliwyd', en: '‘What matters’ conversations held' },
      guidance: {
        cy: "Cyfrwch y bobl a gafodd eu sgwrs “beth sy'n bwysig” gyntaf gydag ymarferydd presgripsiynu cymdeithasol yn y chwarter. Peidiwch â chyfrif sgyrsiau pellach gyda'r un person yn yr un cyfnod o gymorth.",
        en: 'Count the people who had their first “what matters” conversation with a social prescribing practitioner in the quarter. Do not count further conversations with the same person in the same period of support.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'what-matters-conversations-welsh',
      section: 'support',
      label: { cy: "Sgyrsiau ‘beth sy'n bwysig’ a gynhaliwyd yn Gymraeg", en: '‘What matters’ conversations held in Welsh' },
      guidance: {
        cy: "O'r sgyrsiau uchod, cyfrwch y rhai a gynhaliwyd yn Gymraeg yn bennaf.",
        en: 'Of the conversations above, count those held mainly in Welsh.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'action-plans-agreed',
      section: 'support',
      label: { cy: 'Cynlluniau gweithredu a gytunwyd', en: 'Action plans agreed' },
      guidance: {
        cy: "Cyfrwch y bobl a gytunodd ar gynllun gweithredu gydag ymarferydd am y tro cyntaf yn y chwarter, wedi'i gydgynhyrchu ar ôl sgwrs “beth sy'n bwysig”. Nid yw adolygu cynllun sy'n bodoli eisoes yn cyfrif.",
        en: 'Count the people who agreed an action plan with a practitioner for the first time in the quarter, co-produced after a “what matters” conversation. Reviewing an existing plan does not count.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'people-supported',
      section: 'support',
      label: { cy: 'Pobl a gafodd gymorth', en: 'People supported' },
      guidance: {
        cy: 'Cyfrwch bawb a gafodd unrhyw gymorth gan ymarferydd yn ystod y chwarter, unwaith yr un, pryd bynnag y cawsant eu hatgyfeirio.',
        en: 'Count everyone who received any support from a practitioner during the quarter, once each, whenever they were referred.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: ['level-of-support'],
    },
    {
      id: 'onward-referrals',
      section: 'support',
      label: { cy: 'Atgyfeiriadau ymlaen at asedau cymunedol', en: 'Onward referrals to community assets' },
      guidance: {
        cy: "Cyfrwch bob tro yr atgyfeiriodd ymarferydd berson at ased cymunedol, neu ei gysylltu'n weithredol ag ef, yn ystod y chwarter. Gall un person gael sawl atgyfeiriad ymlaen.",
        en: 'Count each time a practitioner referred a person to a community asset, or actively connected them with one, during the quarter. One person can have several onward referrals.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: ['community-asset-type'],
    },
    {
      id: 'people-declined',
      section: 'support',
      label: { cy: 'Pobl a wrthododd bresgripsiynu cymdeithasol', en: 'People who declined social prescribing' },
      guidance: {
        cy: 'Cyfrwch y bobl a gafodd gynnig presgripsiynu cymdeithasol ar ôl cael eu hatgyfeirio ac a ddywedodd na, gan gynnwys y rhai a wrthododd yn y cyswllt cyntaf.',
        en: 'Count the people who were offered social prescribing after a referral and said no, including those who declined at the first contact.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'people-not-engaged',
      section: 'support',
      label: {
        cy: 'Pobl na fu modd cysylltu â nhw neu na wnaethant ymgysylltu',
        en: 'People who could not be contacted or did not engage',
      },
      guidance: {
        cy: 'Cyfrwch y bobl y caewyd eu hatgyfeiriad yn y chwarter am nad oedd modd cysylltu â nhw, neu am na wnaethant gymryd rhan, ar ôl ymdrechion rhesymol.',
        en: 'Count the people whose referral was closed in the quarter because, after reasonable attempts, they could not be reached or did not take part.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    // ---------------------------------------------------------------- outcomes
    {
      id: 'people-completed-support',
      section: 'outcomes',
      label: { cy: 'Pobl a gwblhaodd eu cymorth', en: 'People completing support' },
      guidance: {
        cy: 'Cyfrwch y bobl y daeth eu cymorth i ben yn ôl y bwriad yn ystod y chwarter, ar ôl adolygu eu cynllun gweithredu gyda nhw. Peidiwch â chyfrif pobl a roddodd y gorau iddi heb adolygiad terfynol.',
        en: 'Count the people whose support ended as planned during the quarter, after their action plan was reviewed with them. Do not count people who stopped without a closing review.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'people-with-outcome-measure',
      section: 'outcomes',
      label: { cy: 'Pobl â mesur canlyniadau ar y dechrau ac ar y diwedd', en: 'People with an outcome measure at start and end' },
      guidance: {
        cy: "O'r bobl a gwblhaodd eu cymorth, cyfrwch y rhai y cofnodwyd yr un mesur llesiant ar eu cyfer (er enghraifft SWEMWBS neu ONS4) ar ddechrau ac ar ddiwedd eu cymorth.",
        en: 'Of the people completing support, count those with the same wellbeing measure (for example SWEMWBS or ONS4) recorded at the start and at the end of their support.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'outcome-improved',
      section: 'outcomes',
      label: { cy: 'Llesiant wedi gwella', en: 'Wellbeing improved' },
      guidance: {
        cy: "O'r bobl â mesur ar y dechrau ac ar y diwedd, cyfrwch y rhai y gwellodd eu sgôr gymaint â'r hyn y mae canllawiau'r mesur yn ei ystyried yn newid ystyrlon, neu fwy.",
        en: 'Of the people with a measure at start and end, count those whose score improved by at least what the measure’s guidance treats as a meaningful change.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'outcome-no-change',
      section: 'outcomes',
      label: { cy: 'Dim newid ystyrlon mewn llesiant', en: 'No meaningful change in wellbeing' },
      guidance: {
        cy: "O'r bobl â mesur ar y dechrau ac ar y diwedd, cyfrwch y rhai y newidiodd eu sgôr lai na newid ystyrlon, i'r naill gyfeiriad neu'r llall.",
        en: 'Of the people with a measure at start and end, count those whose score changed by less than a meaningful change, in either direction.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'outcome-worse',
      section: 'outcomes',
      label: { cy: 'Llesiant wedi gwaethygu', en: 'Wellbeing worse' },
      guidance: {
        cy: "O'r bobl â mesur ar y dechrau ac ar y diwedd, cyfrwch y rhai y gostyngodd eu sgôr gymaint â newid ystyrlon, neu fwy.",
        en: 'Of the people with a measure at start and end, count those whose score fell by at least a meaningful change.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'swemwbs-people',
      section: 'outcomes',
      label: { cy: 'Pobl â sgôr SWEMWBS ar y dechrau ac ar y diwedd', en: 'People with a SWEMWBS score at start and end' },
      guidance: {
        cy: "O'r bobl â mesur canlyniadau, cyfrwch y rhai a gwblhaodd Raddfa Fer Llesiant Meddyliol Warwick-Caeredin (SWEMWBS) ar y dechrau ac ar y diwedd. Gadewch yn wag os nad ydych yn defnyddio SWEMWBS.",
        en: 'Of the people with an outcome measure, count those who completed the Short Warwick-Edinburgh Mental Wellbeing Scale (SWEMWBS) at the start and at the end. Leave blank if you do not use SWEMWBS.',
      },
      type: 'count',
      min: 0,
      required: false,
      breakdowns: [],
    },
    {
      id: 'swemwbs-mean-start',
      section: 'outcomes',
      label: { cy: 'Sgôr SWEMWBS gymedrig ar y dechrau', en: 'Mean SWEMWBS score at start' },
      guidance: {
        cy: "Cymedr y sgoriau SWEMWBS crai (7–35, sef swm y saith cwestiwn) ar ddechrau'r cymorth, ar gyfer y bobl a gyfrifwyd uchod. Peidiwch â'u trosi'n sgoriau metrig.",
        en: 'The mean of the raw SWEMWBS scores (7–35, the sum of the seven items) at the start of support, for the people counted above. Do not convert them to metric scores.',
      },
      type: 'decimal',
      min: 7,
      max: 35,
      decimals: 2,
      required: false,
      breakdowns: [],
    },
    {
      id: 'swemwbs-mean-end',
      section: 'outcomes',
      label: { cy: 'Sgôr SWEMWBS gymedrig ar y diwedd', en: 'Mean SWEMWBS score at end' },
      guidance: {
        cy: 'Cymedr y sgoriau SWEMWBS crai (7–35) ar ddiwedd y cymorth, ar gyfer yr un bobl ag ar y dechrau.',
        en: 'The mean of the raw SWEMWBS scores (7–35) at the end of support, for the same people as at the start.',
      },
      type: 'decimal',
      min: 7,
      max: 35,
      decimals: 2,
      required: false,
      breakdowns: [],
    },
    {
      id: 'ons4-people',
      section: 'outcomes',
      label: {
        cy: 'Pobl â sgôr boddhad â bywyd (ONS4) ar y dechrau ac ar y diwedd',
        en: 'People with an ONS4 life satisfaction score at start and end',
      },
      guidance: {
        cy: "O'r bobl â mesur canlyniadau, cyfrwch y rhai a atebodd gwestiwn boddhad â bywyd ONS4 ar y dechrau ac ar y diwedd. Gadewch yn wag os nad ydych yn defnyddio ONS4.",
        en: 'Of the people with an outcome measure, count those who answered the ONS4 life satisfaction question at the start and at the end. Leave blank if you do not use ONS4.',
      },
      type: 'count',
      min: 0,
      required: false,
      breakdowns: [],
    },
    {
      id: 'ons4-life-satisfaction-mean-start',
      section: 'outcomes',
      label: { cy: 'Sgôr boddhad â bywyd gymedrig ar y dechrau (ONS4)', en: 'Mean life satisfaction score at start (ONS4)' },
      guidance: {
        cy: "Cymedr yr atebion (0–10) i gwestiwn boddhad â bywyd ONS4 ar ddechrau'r cymorth. Mae pedwar cwestiwn ONS4 yn cael eu hadrodd ar wahân, felly peidiwch â'u hadio at ei gilydd.",
        en: 'The mean of the answers (0–10) to the ONS4 life satisfaction question at the start of support. The four ONS4 questions are reported separately, so never add them together.',
      },
      type: 'decimal',
      min: 0,
      max: 10,
      decimals: 2,
      required: false,
      breakdowns: [],
    },
    {
      id: 'ons4-life-satisfaction-mean-end',
      section: 'outcomes',
      label: { cy: 'Sgôr boddhad â bywyd gymedrig ar y diwedd (ONS4)', en: 'Mean life satisfaction score at end (ONS4)' },
      guidance: {
        cy: 'Cymedr yr atebion (0–10) i gwestiwn boddhad â bywyd ONS4 ar ddiwedd y cymorth, ar gyfer yr un bobl ag ar y dechrau.',
        en: 'The mean of the answers (0–10) to the ONS4 life satisfaction question at the end of support, for the same people as at the start.',
      },
      type: 'decimal',
      min: 0,
      max: 10,
      decimals: 2,
      required: false,
      breakdowns: [],
    },
    // ---------------------------------------------------------------- workforce
    {
      id: 'practitioner-fte',
      section: 'workforce',
      label: {
        cy: 'Ymarferwyr presgripsiynu cymdeithasol (cyfwerth ag amser llawn)',
        en: 'Social prescribing practitioners (full-time equivalent)',
      },
      guidance: {
        cy: "Cyfanswm oriau contract yr ymarferwyr presgripsiynu cymdeithasol ar ddiwrnod olaf y chwarter, wedi'i rannu ag wythnos waith amser llawn eich sefydliad. Er enghraifft, mae un person amser llawn ac un ar hanner amser yn 1.5.",
        en: 'The total contracted hours of social prescribing practitioners on the last day of the quarter, divided by your organisation’s full-time working week. For example, one full-time and one half-time person make 1.5.',
      },
      type: 'decimal',
      min: 0,
      max: 1000,
      decimals: 2,
      required: true,
      breakdowns: [],
    },
    {
      id: 'practitioners-headcount',
      section: 'workforce',
      label: { cy: 'Ymarferwyr presgripsiynu cymdeithasol (nifer y bobl)', en: 'Social prescribing practitioners (headcount)' },
      guidance: {
        cy: 'Nifer y bobl a gyflogir fel ymarferwyr presgripsiynu cymdeithasol ar ddiwrnod olaf y chwarter, beth bynnag eu horiau. Peidiwch â chynnwys swyddi gwag.',
        en: 'The number of people employed as social prescribing practitioners on the last day of the quarter, whatever their hours. Do not include vacant posts.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
    {
      id: 'practitioners-welsh-speaking',
      section: 'workforce',
      label: {
        cy: "Ymarferwyr sy'n gallu cynnal sgwrs ‘beth sy'n bwysig’ yn Gymraeg",
        en: 'Practitioners able to hold a ‘what matters’ conversation in Welsh',
      },
      guidance: {
        cy: "O'r ymarferwyr uchod, cyfrwch y rhai sy'n gallu cynnal sgwrs “beth sy'n bwysig” gyfan yn Gymraeg, fel y gall y gwasanaeth wneud y Cynnig Rhagweithiol.",
        en: 'Of the practitioners above, count those who can hold a whole “what matters” conversation in Welsh, so that the service can make the Active Offer.',
      },
      type: 'count',
      min: 0,
      required: true,
      breakdowns: [],
    },
  ],
  rules: [
    // ---------------------------------------------------------------- not-greater
    {
      id: 'welsh-conversations-within-conversations',
      kind: 'not-greater',
      severity: 'error',
      field: 'what-matters-conversations-welsh',
      limit: 'what-matters-conversations',
      message: notGreater({
        cy: "Mae'r sgyrsiau yn Gymraeg yn rhan o'r holl sgyrsiau.",
        en: 'Conversations in Welsh are part of all conversations.',
      }),
    },
    {
      id: 'action-plans-within-conversations',
      kind: 'not-greater',
      severity: 'error',
      field: 'action-plans-agreed',
      limit: 'what-matters-conversations',
      message: notGreater({
        cy: "Mae pob cynllun gweithredu newydd yn dilyn sgwrs “beth sy'n bwysig”, felly gwiriwch y ddau ffigur.",
        en: 'Every new action plan follows a “what matters” conversation, so check both figures.',
      }),
    },
    {
      id: 'declined-within-referrals',
      kind: 'not-greater',
      severity: 'error',
      field: 'people-declined',
      limit: 'referrals-received',
      message: notGreater({
        cy: "Dim ond pobl a atgyfeiriwyd yn y chwarter sy'n gallu gwrthod yn y chwarter.",
        en: 'Only people referred in the quarter can decline in it.',
      }),
    },
    {
      id: 'not-engaged-within-referrals',
      kind: 'not-greater',
      severity: 'error',
      field: 'people-not-engaged',
      limit: 'referrals-received',
      message: notGreater({
        cy: 'Ni all mwy o atgyfeiriadau gael eu cau nag a gafwyd.',
        en: 'No more referrals can be closed than were received.',
      }),
    },
    {
      id: 'measured-within-completed',
      kind: 'not-greater',
      severity: 'error',
      field: 'people-with-outcome-measure',
      limit: 'people-completed-support',
      message: notGreater({
        cy: "Mae'r bobl â mesur canlyniadau yn rhan o'r bobl a gwblhaodd eu cymorth.",
        en: 'People with an outcome measure are part of the people completing support.',
      }),
    },
    {
      id: 'swemwbs-within-measured',
      kind: 'not-greater',
      severity: 'error',
      field: 'swemwbs-people',
      limit: 'people-with-outcome-measure',
      message: notGreater({
        cy: "Mae'r bobl â sgôr SWEMWBS yn rhan o'r bobl â mesur canlyniadau.",
        en: 'People with a SWEMWBS score are part of the people with an outcome measure.',
      }),
    },
    {
      id: 'ons4-within-measured',
      kind: 'not-greater',
      severity: 'error',
      field: 'ons4-people',
      limit: 'people-with-outcome-measure',
      message: notGreater({
        cy: "Mae'r bobl â sgôr ONS4 yn rhan o'r bobl â mesur canlyniadau.",
        en: 'People with an ONS4 score are part of the people with an outcome measure.',
      }),
    },
    {
      id: 'welsh-speakers-within-headcount',
      kind: 'not-greater',
      severity: 'error',
      field: 'practitioners-welsh-speaking',
      limit: 'practitioners-headcount',
      message: notGreater({
        cy: "Mae'r ymarferwyr sy'n siarad Cymraeg yn rhan o'r holl ymarferwyr.",
        en: 'Welsh-speaking practitioners are part of all practitioners.',
      }),
    },
    {
      id: 'fte-within-headcount',
      kind: 'not-greater',
      severity: 'error',
      field: 'practitioner-fte',
      limit: 'practitioners-headcount',
      message: notGreater({
        cy: 'Ni all un person fod yn fwy nag un swydd amser llawn, felly ni all y cyfwerth ag amser llawn fod yn fwy na nifer y bobl.',
        en: 'One person cannot be more than one full-time post, so the full-time equivalent cannot exceed the headcount.',
      }),
    },
    // ---------------------------------------------------------------- sum-equals
    {
      id: 'outcome-directions-sum',
      kind: 'sum-equals',
      severity: 'error',
      total: 'people-with-outcome-measure',
      parts: ['outcome-improved', 'outcome-no-change', 'outcome-worse'],
      message: {
        cy: "Y ffigur ar gyfer “{field}” yw {value}, ond mae {limit} yn dod i {total}. Mae pob person â mesur ar y dechrau ac ar y diwedd wedi gwella, heb newid neu wedi gwaethygu, felly rhaid i'r ffigurau hyn ddod i'r un cyfanswm.",
        en: '“{field}” is {value}, but {limit} add up to {total}. Everyone with a measure at start and end improved, did not change or got worse, so these figures must add up to the same total.',
      },
    },
    // ---------------------------------------------------------------- requires
    ...(
      [
        ['swemwbs-mean-start', 'swemwbs-people'],
        ['swemwbs-mean-end', 'swemwbs-people'],
        ['ons4-life-satisfaction-mean-start', 'ons4-people'],
        ['ons4-life-satisfaction-mean-end', 'ons4-people'],
      ] as const
    ).map(
      ([field, requires]): Rule => ({
        id: `${field}-needs-count`,
        kind: 'requires',
        severity: 'error',
        field,
        requires,
        message: requiresMsg({
          cy: 'Mae angen nifer y bobl y cyfrifwyd y sgôr gymedrig ar eu cyfer.',
          en: 'A mean score needs the number of people it was worked out from.',
        }),
      }),
    ),
    ...(
      [
        ['swemwbs-people', 'swemwbs-mean-start'],
        ['swemwbs-people', 'swemwbs-mean-end'],
      ] as const
    ).map(
      ([field, requires]): Rule => ({
        id: `${requires}-needed`,
        kind: 'requires',
        severity: 'error',
        field,
        requires,
        message: requiresMsg({
          cy: 'Os oes gennych bobl â sgôr SWEMWBS ar y dechrau ac ar y diwedd, rhowch y sgoriau cymedrig hefyd.',
          en: 'If you have people with a SWEMWBS score at start and end, give the mean scores too.',
        }),
      }),
    ),
    {
      id: 'fte-needs-headcount',
      kind: 'requires',
      severity: 'error',
      field: 'practitioner-fte',
      requires: 'practitioners-headcount',
      message: requiresMsg({
        cy: 'Mae oriau ymarferwyr yn golygu bod o leiaf un ymarferydd.',
        en: 'Practitioner hours mean there is at least one practitioner.',
      }),
    },
    {
      id: 'headcount-needs-fte',
      kind: 'requires',
      severity: 'error',
      field: 'practitioners-headcount',
      requires: 'practitioner-fte',
      message: requiresMsg({
        cy: 'Mae gan bob ymarferydd a gyflogir rai oriau contract.',
        en: 'Every practitioner employed has some contracted hours.',
      }),
    },
    // ---------------------------------------------------------------- change-vs-previous
    change('referrals-received'),
    change('what-matters-conversations'),
    change('action-plans-agreed'),
    change('people-supported'),
    change('onward-referrals'),
    change('people-completed-support'),
    change('practitioner-fte', 2),
    // ---------------------------------------------------------------- outlier-vs-history
    outlier('referrals-received'),
    outlier('what-matters-conversations'),
    outlier('action-plans-agreed'),
    outlier('people-supported'),
    outlier('onward-referrals'),
    outlier('people-completed-support'),
    outlier('practitioner-fte', 2),
  ],
  csv: {
    columns: [
      {
        id: 'field',
        header: { cy: 'maes', en: 'field' },
        description: {
          cy: "Cod y maes o'r set ddata graidd. Peidiwch â'i newid: dyma sut mae'r ffigur yn cael ei adnabod.",
          en: 'The field code from the core dataset. Do not change it: it is how the figure is recognised.',
        },
      },
      {
        id: 'label',
        header: { cy: 'label', en: 'label' },
        description: {
          cy: "Enw'r maes i bobl ei ddarllen. Nid yw'n cael ei ddarllen wrth lanlwytho'r ffeil.",
          en: 'The name of the field for people to read. It is ignored when the file is uploaded.',
        },
      },
      {
        id: 'value',
        header: { cy: 'gwerth', en: 'value' },
        description: {
          cy: "Y ffigur ar gyfer y chwarter: rhif cyfan ar gyfer niferoedd, neu rif degol lle mae'r canllawiau'n dweud hynny. Gadewch yn wag os nad yw'n hysbys.",
          en: 'The figure for the quarter: a whole number for counts, or a decimal where the guidance says so. Leave blank if not known.',
        },
      },
      {
        id: 'explanation',
        header: { cy: 'esboniad', en: 'explanation' },
        description: {
          cy: 'Dewisol: esboniad byr, er enghraifft am newid mawr ers y chwarter blaenorol.',
          en: 'Optional: a short explanation, for example of a large change since the previous quarter.',
        },
      },
    ],
  },
  sources: [
    'cabinet-paper-nffsp',
    'senedd-wq90207',
    'prsb-social-prescribing-standard',
    'social-prescribing-evaluation-toolkit',
    'splossary-models',
    'splossary-referral',
    'wemwbs-howto',
    'ons4-personal-wellbeing',
    'nhse-dsic-social-prescribing',
  ],
};
