// National standards for community assets: working version 1.0.
//
// No published text of the Welsh standards exists, so this is a working version (see
// `basis`). Ids are permanent; publish a new version rather than renaming one.
import type { z } from 'zod';
import type { AssetStandard, CommunityAssetStandards, Text, TextList } from '../schema.ts';

const t = (cy: string, en: string): Text => ({ cy, en });
const levels = (foundation: Text, developing: Text, mature: Text) => ({ foundation, developing, mature });
/** Examples of evidence, given as [Welsh, English] pairs so the two lists stay in step. */
const evidence = (...pairs: [cy: string, en: string][]): TextList => ({ cy: pairs.map((p) => p[0]), en: pairs.map((p) => p[1]) });
const para = (...ps: string[]) => ps.join('\n\n');

const list: z.input<typeof AssetStandard>[] = [
  {
    id: 'welcome-and-accessibility',
    code: 'S1',
    title: t('Croeso a hygyrchedd', 'Welcome and accessibility'),
    statement: t(
      "Mae pobl sy'n dod atom drwy bresgripsiynu cymdeithasol yn cael croeso cynnes, ac mae'n hawdd iddynt gyrraedd, dod i mewn a chymryd rhan.",
      'People who come to us through social prescribing get a warm welcome, and find it easy to get here, get in and take part.',
    ),
    why: t(
      "Mae'r tro cyntaf yn aml yn gam mawr i rywun sy'n unig, yn bryderus neu'n anghyfarwydd â'r lle. Bydd croeso da a mynediad rhwydd yn penderfynu a fydd yn dod yn ôl.",
      'The first visit is often a big step for someone who is lonely, anxious or new to the place. A good welcome and easy access decide whether they come back.',
    ),
    levels: levels(
      t(
        'Mae rhywun penodol yn croesawu newydd-ddyfodiaid, ac mae gwybodaeth sylfaenol am fynediad, fel grisiau, parcio a thoiledau, ar gael cyn yr ymweliad cyntaf.',
        'A named person welcomes newcomers, and basic access information, such as steps, parking and toilets, is available before the first visit.',
      ),
      t(
        'Mae gennych drefn groesawu y mae pawb yn ei dilyn, gan gynnwys cynnig cyfaill neu alwad cyn y tro cyntaf, ac rydych yn gwneud addasiadau pan ofynnir amdanynt.',
        'There is a welcome routine that everyone follows, including offering a buddy or a call before the first visit, and you make adjustments when asked.',
      ),
      t(
        "Mae pobl sydd wedi cael eu hatgyfeirio wedi helpu i lunio'r croeso, rydych yn adolygu mynediad yn rheolaidd gyda nhw, ac rydych yn cefnogi grwpiau eraill i wella eu croeso.",
        'People who were referred have helped to shape the welcome, you review access regularly with them, and you support other groups to improve their welcome.',
      ),
    ),
    evidence: evidence(
      ['Gwybodaeth am fynediad ar eich gwefan neu daflen', 'Access information on your website or leaflet'],
      ['Enw’r person sy’n croesawu newydd-ddyfodiaid', 'Name of whoever welcomes newcomers'],
      ['Adborth gan bobl am eu hymweliad cyntaf', 'Feedback from people about their first visit'],
    ),
    terms: ['community-assets', 'the-individual'],
  },
  {
    id: 'safe-place',
    code: 'S2',
    title: t('Lle diogel', 'A safe place'),
    statement: t(
      "Mae'r lle a'r gweithgareddau'n ddiogel, ac mae risgiau'n cael eu hasesu a'u rheoli mewn ffordd sy'n gymesur â'r hyn a wnewch.",
      'The place and the activities are safe, and risks are assessed and managed in a way that is proportionate to what you do.',
    ),
    why: t(
      "Mae angen i ymarferwyr fod yn hyderus bod ased yn ddiogel cyn atgyfeirio rhywun yno, ac mae'r bobl sy'n dod yn haeddu'r un sicrwydd.",
      'Practitioners need confidence that an asset is safe before they refer someone there, and the people who come deserve the same assurance.',
    ),
    levels: levels(
      t(
        'Mae gennych yswiriant addas, asesiad risg sylfaenol ar gyfer y prif weithgareddau, a threfniadau cymorth cyntaf a thân.',
        'You have suitable insurance, a basic risk assessment for your main activities, and first aid and fire arrangements.',
      ),
      t(
        "Rydych yn adolygu asesiadau risg o leiaf unwaith y flwyddyn ac ar ôl digwyddiadau, ac mae arweinwyr gweithgareddau'n gwybod beth i'w wneud mewn argyfwng.",
        'You review risk assessments at least once a year and after incidents, and activity leaders know what to do in an emergency.',
      ),
      t(
        "Rydych yn dysgu o ddigwyddiadau a damweiniau a fu bron â digwydd, yn cynnwys y bobl sy'n dod wrth gynllunio diogelwch, ac yn rhannu arfer da gydag asedau eraill.",
        'You learn from incidents and near misses, involve the people who come in planning for safety, and share good practice with other assets.',
      ),
    ),
    evidence: evidence(
      ['Tystysgrif yswiriant atebolrwydd cyhoeddus', 'Public liability insurance certificate'],
      ['Asesiadau risg cyfredol ar gyfer gweithgareddau', 'Current risk assessments for activities'],
      ['Log digwyddiadau a’r camau a gymerwyd', 'Incident log and the actions taken'],
    ),
    terms: ['community-assets', 'safeguarding'],
  },
  {
    id: 'safeguarding',
    code: 'S3',
    title: t('Diogelu', 'Safeguarding'),
    statement: t(
      "Mae pawb sy'n rhedeg gweithgareddau yn gwybod sut i adnabod pryder diogelu ac at bwy i droi, ac rydych yn dilyn Gweithdrefnau Diogelu Cymru.",
      'Everyone who runs activities knows how to recognise a safeguarding concern and whom to turn to, and you follow the Wales Safeguarding Procedures.',
    ),
    why: t(
      "Mae rhai o'r bobl a atgyfeirir mewn sefyllfaoedd bregus. Rhaid i bryder gael ei glywed a'i drosglwyddo'n gyflym, pa mor fach bynnag yw'r grŵp.",
      'Some of the people who are referred are in vulnerable situations. A concern must be heard and passed on quickly, however small the group.',
    ),
    levels: levels(
      t(
        'Mae gennych bolisi diogelu syml ac arweinydd diogelu penodol, ac mae gwirfoddolwyr yn gwybod pwy ydyw a sut i gysylltu.',
        'You have a simple safeguarding policy and a named safeguarding lead, and volunteers know who that is and how to get in touch.',
      ),
      t(
        "Mae pawb sy'n arwain gweithgareddau wedi cael hyfforddiant diogelu sy'n addas i'w rôl, ac rydych yn gwneud gwiriadau DBS lle mae'r gyfraith yn gofyn amdanynt.",
        'Everyone who leads activities has had safeguarding training suited to their role, and you carry out DBS checks where the law requires them.',
      ),
      t(
        "Rydych yn adolygu'r polisi bob blwyddyn, yn dysgu o bryderon a godwyd, ac yn cytuno gyda'r gwasanaeth presgripsiynu cymdeithasol sut y byddwch yn rhannu pryderon.",
        'You review the policy every year, learn from concerns that have been raised, and agree with the social prescribing service how you will share concerns.',
      ),
    ),
    evidence: evidence(
      ['Polisi diogelu ac enw’r arweinydd', 'Safeguarding policy and the lead’s name'],
      ['Cofnod hyfforddiant diogelu gwirfoddolwyr', 'Record of volunteers’ safeguarding training'],
      ['Cytundeb ar rannu pryderon gyda’r gwasanaeth', 'Agreement on sharing concerns with the service'],
    ),
    terms: ['safeguarding', 'social-prescribing-practitioner'],
  },
  {
    id: 'clear-information',
    code: 'S4',
    title: t('Gwybodaeth glir am yr hyn a gynigir', 'Clear information about what is offered'),
    statement: t(
      "Mae gwybodaeth gyfredol a chlir ar gael am yr hyn a wnewch, i bwy, pryd, ble, faint mae'n ei gostio a sut i ymuno.",
      'There is current, clear information about what you do, for whom, when, where, what it costs and how to join.',
    ),
    why: t(
      "Heb wybodaeth gywir, mae ymarferwyr yn atgyfeirio pobl at weithgareddau sydd wedi dod i ben neu sy'n anaddas, ac mae'r unigolyn yn colli hyder.",
      'Without accurate information, practitioners refer people to activities that have ended or do not suit them, and the individual loses confidence.',
    ),
    levels: levels(
      t(
        "Mae disgrifiad byr o'r hyn a wnewch, gyda manylion cyswllt, ar gael i ymarferwyr, ac rydych yn rhoi gwybod iddynt pan fydd pethau'n newid.",
        'A short description of what you do, with contact details, is available to practitioners, and you let them know when things change.',
      ),
      t(
        "Mae eich gwybodaeth wedi'i rhestru yn y cyfeiriadur lleol, rydych yn ei gwirio o leiaf bob chwe mis, ac mae'n dweud yn glir beth i'w ddisgwyl ar y diwrnod cyntaf.",
        'Your information is listed in the local directory, you check it at least every six months, and it says clearly what to expect on the first day.',
      ),
      t(
        "Mae'r wybodaeth ar gael mewn fformatau hygyrch, fel fersiwn hawdd ei deall, ac mae pobl sy'n dod wedi helpu i'w hysgrifennu a'i phrofi.",
        'The information is available in accessible formats, such as easy read, and people who come have helped to write and test it.',
      ),
    ),
    evidence: evidence(
      ['Eich cofnod yn y cyfeiriadur lleol', 'Your entry in the local directory'],
      ['Taflen neu dudalen we gyda’r dyddiad adolygu', 'Leaflet or web page with its review date'],
      ['Fersiwn hawdd ei deall o’ch gwybodaeth', 'An easy-read version of your information'],
    ),
    terms: ['community-assets', 'asset-mapping', 'signposting'],
  },
  {
    id: 'welsh-language-active-offer',
    code: 'S5',
    title: t("Yr iaith Gymraeg a'r Cynnig Rhagweithiol", 'The Welsh language and the Active Offer'),
    statement: t(
      "Rydych yn dweud yn glir beth sydd ar gael yn Gymraeg, yn croesawu'r Gymraeg, ac yn cynnig gweithgareddau yn Gymraeg lle gallwch.",
      'You say clearly what is available in Welsh, welcome the Welsh language, and offer activities in Welsh where you can.',
    ),
    why: t(
      "I lawer o bobl, mae siarad Cymraeg yn rhan o'r hyn sy'n bwysig iddynt ac yn rhan o'u llesiant. Mae angen i ymarferwyr wybod ble gallant atgyfeirio pobl sydd am ddefnyddio'r Gymraeg.",
      'For many people, speaking Welsh is part of what matters to them and part of their wellbeing. Practitioners need to know where they can refer people who want to use Welsh.',
    ),
    levels: levels(
      t(
        "Rydych yn gwybod pa wirfoddolwyr a staff sy'n siarad Cymraeg, ac mae eich gwybodaeth yn dweud pa weithgareddau sydd ar gael yn Gymraeg.",
        'You know which volunteers and staff speak Welsh, and your information says which activities are available in Welsh.',
      ),
      t(
        'Mae siaradwyr Cymraeg yn gwisgo bathodyn neu laniard “Iaith Gwaith”, mae gwybodaeth a chroeso ar gael yn ddwyieithog, a gofynnir i bobl newydd pa iaith sydd orau ganddynt.',
        'Welsh speakers wear an ‘Iaith Gwaith’ badge or lanyard, information and the welcome are available bilingually, and new people are asked which language they prefer.',
      ),
      t(
        "Rydych yn cynnal gweithgareddau Cymraeg neu ddwyieithog yn rheolaidd, yn cefnogi dysgwyr, ac yn cynllunio'r gwaith o recriwtio gwirfoddolwyr sy'n siarad Cymraeg.",
        'You run Welsh-language or bilingual activities regularly, support learners, and plan the recruitment of volunteers who speak Welsh.',
      ),
    ),
    evidence: evidence(
      ['Taflenni ac arwyddion dwyieithog', 'Bilingual leaflets and signs'],
      ['Rhestr o weithgareddau sydd ar gael yn Gymraeg', 'A list of activities available in Welsh'],
      ['Cofnod o ddewis iaith pobl newydd', 'A record of new people’s language choice'],
    ),
    terms: ['active-offer', 'community-assets', 'wellbeing'],
  },
  {
    id: 'working-with-practitioners',
    code: 'S6',
    title: t('Gweithio gydag ymarferwyr ac adborth ar atgyfeiriadau', 'Working with practitioners and feedback on referrals'),
    statement: t(
      "Rydych wedi cytuno gyda'r gwasanaeth presgripsiynu cymdeithasol lleol sut y bydd atgyfeiriadau'n dod atoch, faint y gallwch eu derbyn, a sut y byddwch yn rhoi adborth.",
      'You have agreed with the local social prescribing service how referrals will reach you, how many you can take, and how you will give feedback.',
    ),
    why: t(
      'Mae cysylltiad da rhwng ymarferwyr ac asedau yn golygu bod pobl yn cyrraedd y lle iawn, a bod ymarferwyr yn gwybod os nad yw rhywun wedi cyrraedd neu os oes angen rhagor o gymorth arno.',
      'A good link between practitioners and assets means that people reach the right place, and that practitioners know if someone has not arrived or needs more support.',
    ),
    levels: levels(
      t(
        'Mae gennych berson cyswllt ar gyfer atgyfeiriadau, ac mae ymarferwyr yn gwybod sut i gysylltu ag ef a beth rydych yn gallu ei gynnig.',
        'You have a contact person for referrals, and practitioners know how to reach them and what you are able to offer.',
      ),
      t(
        "Rydych wedi cytuno ar ffordd o dderbyn atgyfeiriadau a rhoi gwybod a yw'r person wedi dod, gyda'i ganiatâd, ac rydych yn dweud wrth ymarferwyr pan fyddwch yn llawn.",
        'You have agreed a way to take referrals and to report whether the person came, with their consent, and you tell practitioners when you are full.',
      ),
      t(
        "Rydych yn cyfarfod ag ymarferwyr yn rheolaidd i adolygu sut mae atgyfeiriadau'n mynd, yn rhannu straeon a data, ac yn datblygu gweithgareddau newydd gyda'ch gilydd.",
        'You meet practitioners regularly to review how referrals are going, share stories and data with each other, and develop new activities together.',
      ),
    ),
    evidence: evidence(
      ['Cytundeb atgyfeirio gyda’r gwasanaeth lleol', 'Referral agreement with the local service'],
      ['Cofnod o’r adborth a anfonwyd ar atgyfeiriadau', 'A record of feedback sent on referrals'],
      ['Nodiadau o gyfarfodydd adolygu ag ymarferwyr', 'Notes of review meetings with practitioners'],
    ),
    terms: ['referral', 'social-prescribing-practitioner', 'consent', 'follow-up'],
  },
  {
    id: 'co-production',
    code: 'S7',
    title: t("Cydgynhyrchu gyda'r bobl sy'n dod", 'Co-production with the people who come'),
    statement: t(
      "Mae'r bobl sy'n defnyddio'r ased, gan gynnwys y rhai a gafodd eu hatgyfeirio, yn cael llais go iawn yn y ffordd y caiff ei redeg a'r hyn y mae'n ei gynnig.",
      'The people who use the asset, including those who were referred, have a real say in how it is run and what it offers.',
    ),
    why: t(
      "Mae gweithgareddau sy'n cael eu llunio gyda'r bobl sy'n eu defnyddio yn fwy tebygol o bara ac o fod yn berthnasol, ac mae bod yn rhan o'u llunio'n hybu hyder a pherthyn.",
      'Activities shaped with the people who use them are more likely to last and to stay relevant, and taking part in shaping them builds confidence and belonging.',
    ),
    levels: levels(
      t(
        "Rydych yn gofyn i bobl beth maen nhw'n ei feddwl o'r gweithgareddau, ac yn dweud wrthynt beth rydych wedi'i newid o ganlyniad.",
        'You ask people what they think of the activities, and tell them what you have changed as a result.',
      ),
      t(
        "Mae pobl sy'n dod yn helpu i gynllunio a rhedeg gweithgareddau, ac mae ganddynt le wrth y bwrdd pan wneir penderfyniadau.",
        'People who come help to plan and run activities, and have a place at the table when decisions are made.',
      ),
      t(
        "Mae pobl a atgyfeiriwyd rywbryd bellach yn arwain gweithgareddau neu ar y pwyllgor, ac mae grym wedi'i rannu'n wirioneddol.",
        'People who were once referred now lead activities or sit on the committee, and power is genuinely shared.',
      ),
    ),
    evidence: evidence(
      ['Cofnodion cyfarfod sy’n cynnwys pobl sy’n dod', 'Minutes of meetings that include people who come'],
      ['Enghreifftiau o newidiadau a wnaed ar sail adborth', 'Examples of changes made because of feedback'],
    ),
    terms: ['co-production', 'asset-based-approach'],
  },
  {
    id: 'volunteers-and-people-supported',
    code: 'S8',
    title: t("Gwirfoddolwyr a'r bobl a gefnogir", 'Volunteers and the people supported'),
    statement: t(
      "Mae gwirfoddolwyr yn cael cefnogaeth, hyfforddiant a gwerthfawrogiad, ac nid oes disgwyl iddynt wneud gwaith y tu hwnt i'w rôl na'u profiad.",
      'Volunteers are supported, trained and valued, and are not expected to do work beyond their role or experience.',
    ),
    why: t(
      "Mae llawer o asedau'n dibynnu ar wirfoddolwyr, a gall atgyfeiriadau systematig roi pwysau arnynt. Mae gwirfoddolwyr sydd wedi'u cefnogi'n dda yn aros ac yn rhoi croeso gwell.",
      'Many assets rely on volunteers, and systematic referral can put them under strain. Well-supported volunteers stay longer and give a better welcome.',
    ),
    levels: levels(
      t(
        "Mae gan wirfoddolwyr rôl glir, person i droi ato, a chyflwyniad i'r ased, gan gynnwys diogelu a chyfrinachedd.",
        'Volunteers have a clear role, someone to turn to, and an induction to the asset, including safeguarding and confidentiality.',
      ),
      t(
        'Mae gwirfoddolwyr yn cael hyfforddiant, cyfle rheolaidd i drafod eu gwaith, a threuliau, ac rydych yn sylwi pan fydd rhywun dan ormod o bwysau.',
        'Volunteers get training, a regular chance to talk about their work, and expenses, and you notice when someone is under too much pressure.',
      ),
      t(
        "Mae gennych gynllun ar gyfer recriwtio, cadw a datblygu gwirfoddolwyr, ac mae rhai o'r bobl a gefnogwyd wedi dod yn wirfoddolwyr eu hunain.",
        'You have a plan for recruiting, keeping and developing volunteers, and some of the people you supported have become volunteers themselves.',
      ),
    ),
    evidence: evidence(
      ['Disgrifiadau rôl gwirfoddolwyr', 'Volunteer role descriptions'],
      ['Cofnod o gyflwyniadau a hyfforddiant', 'Record of inductions and training'],
      ['Polisi treuliau gwirfoddolwyr', 'Volunteer expenses policy'],
    ),
    terms: ['community-and-voluntary-sector-organisations', 'supervision', 'wellbeing'],
  },
  {
    id: 'equality-and-inclusion',
    code: 'S9',
    title: t('Cydraddoldeb a chynhwysiant', 'Equality and inclusion'),
    statement: t(
      "Mae croeso i bawb, rydych yn gwneud addasiadau i bobl sydd eu hangen, ac rydych yn gweithio i gyrraedd pobl sy'n aml yn cael eu gadael allan.",
      'Everyone is welcome, you make adjustments for people who need them, and you work to reach people who are often left out.',
    ),
    why: t(
      'Nod presgripsiynu cymdeithasol yw lleihau anghydraddoldebau iechyd. Ni all wneud hynny os yw cost, anabledd, iaith neu ddiwylliant yn cau pobl allan o asedau.',
      'Social prescribing aims to reduce health inequalities. It cannot do that if cost, disability, language or culture shut people out of assets.',
    ),
    levels: levels(
      t(
        'Mae gennych ddatganiad cydraddoldeb, ac rydych yn gwneud addasiadau syml pan fydd rhywun yn gofyn amdanynt.',
        'You have an equality statement, and you make simple adjustments when someone asks for them.',
      ),
      t(
        "Rydych yn gwybod pwy sy'n dod a phwy sydd ddim, ac rydych wedi cymryd camau i ddileu rhwystrau fel cost, trafnidiaeth neu amseroedd anaddas.",
        'You know who comes and who does not, and you have taken steps to remove barriers such as cost, transport or unsuitable times.',
      ),
      t(
        "Rydych yn gweithio gyda grwpiau cymunedol amrywiol i gydgynhyrchu gweithgareddau, ac mae'r bobl sy'n dod yn adlewyrchu'r gymuned leol.",
        'You work with diverse community groups to co-produce activities, and the people who come reflect the local community.',
      ),
    ),
    evidence: evidence(
      ['Datganiad neu bolisi cydraddoldeb', 'Equality statement or policy'],
      ['Enghreifftiau o addasiadau a wnaed', 'Examples of adjustments made'],
      ['Camau i gyrraedd grwpiau heb gynrychiolaeth ddigonol', 'Steps taken to reach under-represented groups'],
    ),
    terms: ['health-inequalities', 'cultural-competence', 'co-production'],
  },
  {
    id: 'sustainability-and-capacity',
    code: 'S10',
    title: t('Cynaliadwyedd a chapasiti', 'Sustainability and capacity'),
    statement: t(
      'Rydych yn gwybod faint o atgyfeiriadau y gallwch eu derbyn yn ddiogel, yn dweud pan fyddwch yn llawn, ac yn cynllunio i barhau.',
      'You know how many referrals you can safely take, say when you are full, and plan to keep going.',
    ),
    why: t(
      "Gall atgyfeiriadau systematig roi straen ar wirfoddolwyr ac asedau'r trydydd sector. Mae ased sy'n cau oherwydd gorlwytho yn golled i'r gymuned gyfan.",
      'Systematic referral can strain volunteers and third sector assets. An asset that closes because of overload is a loss to the whole community.',
    ),
    levels: levels(
      t(
        'Rydych yn gwybod faint o bobl newydd y gallwch eu croesawu bob mis, ac yn dweud wrth ymarferwyr pan fyddwch wedi cyrraedd y terfyn.',
        'You know how many new people you can welcome each month, and tell practitioners when you have reached that limit.',
      ),
      t(
        "Rydych yn monitro'r galw, mae gennych gyllideb a chynllun ariannu syml, ac rydych yn trafod costau atgyfeiriadau gyda chomisiynwyr.",
        'You monitor demand, have a budget and a simple funding plan, and discuss the cost of referrals with commissioners.',
      ),
      t(
        "Mae gennych gynllun busnes neu gynaliadwyedd, incwm o fwy nag un ffynhonnell, a chytundebau ariannu sy'n cydnabod y gwaith a wnewch gydag unigolion a atgyfeiriwyd.",
        'You have a business or sustainability plan, income from more than one source, and funding agreements that recognise your work with referred individuals.',
      ),
    ),
    evidence: evidence(
      ['Cofnod o’r nifer a atgyfeiriwyd bob mis', 'A record of the number referred each month'],
      ['Cyllideb neu gynllun ariannu', 'Budget or funding plan'],
      ['Cytundeb ariannu sy’n cynnwys atgyfeiriadau', 'A funding agreement that covers referrals'],
    ),
    terms: ['third-sector', 'community-and-voluntary-sector-organisations', 'referral'],
  },
  {
    id: 'information-and-data',
    code: 'S11',
    title: t('Gwybodaeth a data', 'Information and data'),
    statement: t(
      "Rydych yn casglu'r wybodaeth bersonol angenrheidiol yn unig, yn ei chadw'n ddiogel, ac yn ei rhannu'n gyfreithlon.",
      'You collect only the personal information you need, keep it secure, and share it lawfully.',
    ),
    why: t(
      'Mae pobl yn ymddiried gwybodaeth sensitif i asedau. Mae ei thrin yn dda yn eu diogelu ac yn galluogi adborth diogel i ymarferwyr.',
      'People trust assets with sensitive information. Handling it well protects them and makes safe feedback to practitioners possible.',
    ),
    levels: levels(
      t(
        'Rydych yn cadw cofnodion ar bapur dan glo neu ar ddyfais â chyfrinair, ac yn gofyn am ganiatâd cyn rhannu gwybodaeth am unigolyn.',
        'You keep paper records locked away or on a password-protected device, and ask for consent before sharing information about an individual.',
      ),
      t(
        'Mae gennych hysbysiad preifatrwydd, rydych yn dileu gwybodaeth pan nad oes ei hangen mwyach, ac mae gwirfoddolwyr yn gwybod y rheolau.',
        'You have a privacy notice, you delete information when it is no longer needed, and volunteers know the rules.',
      ),
      t(
        "Rydych wedi cytuno ar drefn rhannu gwybodaeth gyda'r gwasanaeth presgripsiynu cymdeithasol, ac yn adolygu'r ffordd rydych yn trin data bob blwyddyn.",
        'You have agreed an information-sharing arrangement with the social prescribing service, and review how you handle data every year.',
      ),
    ),
    evidence: evidence(
      ['Hysbysiad preifatrwydd', 'Privacy notice'],
      ['Ffurflen ganiatâd ar gyfer rhannu gwybodaeth', 'Consent form for sharing information'],
      ['Cytundeb rhannu gwybodaeth', 'Information-sharing agreement'],
    ),
    terms: ['information-governance', 'consent'],
  },
  {
    id: 'measuring-difference-made',
    code: 'S12',
    title: t('Mesur y gwahaniaeth a wnaed', 'Measuring the difference made'),
    statement: t(
      "Rydych yn casglu tystiolaeth gymesur o'r gwahaniaeth y mae'r ased yn ei wneud i lesiant pobl, ac yn ei defnyddio i wella.",
      'You gather proportionate evidence of the difference the asset makes to people’s wellbeing, and use it to improve.',
    ),
    why: t(
      "Mae tystiolaeth yn helpu i ddangos gwerth asedau i gomisiynwyr ac ariannwyr, ac yn dangos i ymarferwyr pa weithgareddau sy'n helpu pwy.",
      'Evidence helps to show the value of assets to commissioners and funders, and shows practitioners which activities help whom.',
    ),
    levels: levels(
      t(
        "Rydych yn cyfrif faint o bobl sy'n dod ac yn casglu sylwadau neu straeon am y gwahaniaeth y mae'r ased yn ei wneud.",
        'You count how many people come, and collect comments or stories about the difference that the asset makes to them.',
      ),
      t(
        "Rydych yn defnyddio dull syml a chyson, fel holiadur byr ar y dechrau ac wedyn, ac yn rhannu'r canlyniadau gyda'r bobl sy'n dod ac ymarferwyr.",
        'You use a simple, consistent method, such as a short questionnaire at the start and later on, and share the results with the people who come and with practitioners.',
      ),
      t(
        "Rydych yn defnyddio mesurau canlyniadau a gytunwyd gyda'r gwasanaeth presgripsiynu cymdeithasol, yn dadansoddi'r canlyniadau, ac yn dangos sut y maent wedi newid eich gwaith.",
        'You use outcome measures agreed with the social prescribing service, analyse the results, and show how they have changed your work.',
      ),
    ),
    evidence: evidence(
      ['Cofnod presenoldeb', 'Attendance records'],
      ['Astudiaethau achos neu straeon gyda chaniatâd', 'Case studies or stories shared with consent'],
      ['Crynodeb o ganlyniadau holiaduron', 'A summary of questionnaire results'],
    ),
    terms: ['outcome-measure', 'outcome-principles', 'wellbeing'],
  },
];

export const standards: z.input<typeof CommunityAssetStandards> = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: t('Safonau cenedlaethol ar gyfer asedau cymunedol', 'National standards for community assets'),
  introduction: t(
    para(
      "Mae'r safonau hyn ar gyfer asedau cymunedol sy'n croesawu pobl drwy bresgripsiynu cymdeithasol: grwpiau gwirfoddol, elusennau, mentrau cymdeithasol, canolfannau cymunedol a gwasanaethau eraill. Maent yn disgrifio beth y gall ymarferwyr, a'r bobl y maent yn eu hatgyfeirio, ei ddisgwyl.",
      "Mae deuddeg safon. Ar gyfer pob un ceir datganiad, esboniad o pam mae'n bwysig, disgrifiad o sut olwg sydd arni ar dair lefel aeddfedrwydd (Sylfaen, Datblygu ac Aeddfed), ac enghreifftiau o dystiolaeth y gallai ased ei dangos.",
      "Nid rhestr wirio i gau drysau yw hon. Gall grŵp bach sy'n cael ei redeg gan wirfoddolwyr fod yn ased gwerthfawr ar lefel Sylfaen. Defnyddiwch y safonau fel sail i sgwrs rhwng asedau ac ymarferwyr, ac i gynllunio'r cam nesaf.",
    ),
    para(
      'These standards are for community assets that welcome people through social prescribing: voluntary groups, charities, social enterprises, community centres and other services. They describe what practitioners, and the people they refer, can expect.',
      'There are twelve standards. For each one there is a statement, an explanation of why it matters, a description of what it looks like at three levels of maturity (Foundation, Developing and Mature), and examples of evidence that an asset could show.',
      'This is not a checklist for shutting doors. A small group run by volunteers can be a valuable asset at foundation level. Use the standards as the basis for a conversation between assets and practitioners, and to plan the next step.',
    ),
  ),
  basis: t(
    para(
      "Mae'r Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol yn enwi safonau cenedlaethol ar gyfer asedau cymunedol fel un o'i gynhyrchion ategol, ond nid oedd testun wedi'i gyhoeddi ar gael pan ysgrifennwyd y fersiwn hon. Fersiwn waith yw hi, wedi'i llunio o'r hyn sy'n hysbys am fodel Cymru, o egwyddorion canlyniadau presgripsiynu cymdeithasol ar lefel y gymuned, ac o rybudd cynnar na ddylai atgyfeiriadau systematig orlwytho gwirfoddolwyr ac asedau'r trydydd sector. Pan gyhoeddir testun swyddogol, byddwn yn cyhoeddi fersiwn newydd.",
      "Mae'r tair lefel yn dilyn patrwm matrics aeddfedrwydd Model Gofal Sylfaenol i Gymru, sy'n disgrifio pob canlyniad ar y lefelau Sylfaen, Datblygu ac Aeddfed ac a ddefnyddir gan glystyrau i fyfyrio ar eu cynnydd. Nid gradd pasio neu fethu yw lefel: mae'n dangos ble mae ased ar hyn o bryd a beth allai'r cam nesaf fod.",
    ),
    para(
      'The National Framework for Social Prescribing names national standards for community assets as one of its supporting products, but no published text was available when this version was written. It is a working version, built from what is known about the Welsh model, from the community-level social prescribing outcome principles, and from an early warning that systematic referral should not overload volunteers and third sector assets. When an official text is published, we will publish a new version.',
      'The three levels follow the pattern of the Primary Care Model for Wales maturity matrix, which describes each outcome at Foundation, Developing and Mature levels and which clusters use to reflect on their progress. A level is not a pass or fail grade: it shows where an asset is now and what the next step could be.',
    ),
  ),
  standards: list,
  sources: [
    'cabinet-paper-nffsp',
    'primary-care-model-wales',
    'iwa-sustainable-journey-2018',
    'splossary-outcome-principles',
    'nffsp-consultation-2022',
    'more-than-just-words-action-plan',
  ],
};
