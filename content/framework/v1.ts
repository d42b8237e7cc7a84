// Competency framework for social prescribing practitioners: working version 1.0.
//
// The official Welsh competency framework is not available to us, so this is a faithful
// working version built from what is known (see `basis`). Ids are permanent: saved
// self-assessments are keyed by competency id and level id, so never rename one; add a
// new version of the framework instead.
import type { z } from 'zod';
import type { CompetencyFramework, Domain, Text } from '../schema.ts';

const t = (cy: string, en: string): Text => ({ cy, en });
/** Descriptors for the four levels, lowest first. */
const levels = (informed: Text, skilled: Text, enhanced: Text, expert: Text) => ({ informed, skilled, enhanced, expert });

const para = (...ps: string[]) => ps.join('\n\n');

const domainA: z.input<typeof Domain> = {
  id: 'person-centred-practice',
  code: 'A',
  title: t('Canolbwyntio ar yr unigolyn', 'Person-centred practice'),
  summary: t(
    "Dod i adnabod yr unigolyn, deall beth sy'n bwysig iddo, a chydgynhyrchu cynllun sy'n adeiladu ar ei gryfderau ac sy'n parchu ei ddewisiadau.",
    'Getting to know the individual, understanding what matters to them, and co-producing a plan that builds on their strengths and respects their choices.',
  ),
  competencies: [
    {
      id: 'what-matters-conversation',
      code: 'A1',
      title: t("Cynnal sgwrs “beth sy'n bwysig”", 'Holding a what matters conversation'),
      statement: t(
        "Mae'r ymarferydd yn cynnal sgwrs agored, heb frys, sy'n helpu'r unigolyn i ddweud beth sy'n bwysig iddo, beth sy'n effeithio ar ei lesiant a ble mae angen cymorth arno.",
        'The practitioner holds an open, unhurried conversation that helps the individual say what matters to them, what is affecting their wellbeing and where they would like support.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio diben sgwrs “beth sy'n bwysig” a sut mae'n wahanol i asesiad sy'n dilyn rhestr o gwestiynau.",
          'Explains the purpose of a what matters conversation and how it differs from an assessment that follows a list of questions.',
        ),
        t(
          "Yn cynnal sgyrsiau “beth sy'n bwysig” yn rheolaidd gyda chwestiynau agored, ac yn cofnodi'r hyn sy'n bwysig yng ngeiriau'r unigolyn ei hun.",
          'Routinely holds what matters conversations using open questions, and records what matters in the individual’s own words.',
        ),
        t(
          "Yn addasu'r sgwrs pan fydd pethau'n gymhleth, er enghraifft pan fydd sawl angen yn gorgyffwrdd neu pan fydd yr unigolyn mewn trallod, ac yn dod â'r sgwrs yn ôl at yr hyn sy'n bwysig iddo.",
          'Adapts the conversation when things are complex, for example when several needs overlap or the individual is distressed, and brings it back to what matters to them.',
        ),
        t(
          "Yn hyfforddi ac yn mentora eraill i gynnal sgyrsiau “beth sy'n bwysig”, ac yn adolygu ymarfer y tîm er mwyn gwella ansawdd y sgyrsiau.",
          'Trains and mentors others to hold what matters conversations, and reviews the team’s practice to improve the quality of those conversations.',
        ),
      ),
      terms: ['what-matters-conversation', 'the-individual', 'wellbeing'],
    },
    {
      id: 'co-produced-action-plan',
      code: 'A2',
      title: t('Cydgynhyrchu cynllun gweithredu', 'Co-producing an action plan'),
      statement: t(
        "Mae'r ymarferydd yn llunio cynllun gweithredu gyda'r unigolyn, nid ar ei ran, gan gytuno ar gamau realistig, pwy fydd yn gwneud beth, ac erbyn pryd.",
        'The practitioner draws up an action plan with the individual, not for them, agreeing realistic steps, who will do what, and by when.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio beth yw cynllun gweithredu a pham y dylai'r unigolyn fod yn berchen arno.",
          'Describes what an action plan is and why the individual should own it.',
        ),
        t(
          "Yn cytuno ar gynlluniau gweithredu gydag unigolion sy'n cynnwys nodau yn eu geiriau eu hunain, camau bach y gellir eu cyflawni a dyddiad i adolygu.",
          'Agrees action plans with individuals that include goals in their own words, small achievable steps and a date to review.',
        ),
        t(
          "Yn cydgynhyrchu cynlluniau pan fydd cymhelliant yr unigolyn yn amrywio neu pan fo sawl gwasanaeth ynghlwm, ac yn ailgytuno ar y cynllun pan fydd pethau'n newid.",
          'Co-produces plans when the individual’s motivation goes up and down or several services are involved, and renegotiates the plan with them when circumstances change.',
        ),
        t(
          'Yn datblygu dulliau a thempledi cynllunio ar gyfer y gwasanaeth, ac yn sicrhau bod cynlluniau ar draws y tîm yn wirioneddol gydgynhyrchiol.',
          'Develops planning methods and templates for the service, and makes sure that plans across the team are genuinely co-produced.',
        ),
      ),
      terms: ['action-plan', 'co-production', 'the-individual'],
    },
    {
      id: 'strengths-based-practice',
      code: 'A3',
      title: t('Adeiladu ar gryfderau', 'Building on strengths'),
      statement: t(
        "Mae'r ymarferydd yn helpu'r unigolyn i adnabod ei gryfderau, ei sgiliau a'r bobl o'i gwmpas, ac yn defnyddio'r rhain fel man cychwyn yn hytrach na chanolbwyntio ar broblemau'n unig.",
        'The practitioner helps the individual recognise their strengths, skills and the people around them, and uses these as a starting point rather than focusing on problems alone.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio ystyr dull sy'n seiliedig ar asedau a sut mae'n wahanol i ddull sy'n dechrau o ddiffygion.",
          'Explains what an asset-based approach means and how it differs from one that starts from deficits.',
        ),
        t(
          "Yn gofyn yn gyson am gryfderau, diddordebau a chysylltiadau'r unigolyn, ac yn eu cynnwys yn y cynllun gweithredu.",
          'Consistently asks about the individual’s strengths, interests and connections, and includes them in the action plan.',
        ),
        t(
          "Yn helpu unigolion sydd â hyder isel iawn i weld eu cryfderau eu hunain, ac yn herio iaith sy'n pwysleisio diffygion mewn atgyfeiriadau a chofnodion.",
          'Helps individuals with very low confidence to see their own strengths, and challenges language that focuses on deficits in referrals and records.',
        ),
        t(
          "Yn hyrwyddo ymarfer sy'n seiliedig ar gryfderau ar draws y gwasanaeth a'r clwstwr, ac yn helpu partneriaid i ymgorffori'r dull yn eu prosesau.",
          'Promotes strengths-based practice across the service and the cluster, and helps partners build the approach into their processes.',
        ),
      ),
      terms: ['asset-based-approach', 'the-individual'],
    },
    {
      id: 'agreeing-level-of-support',
      code: 'A4',
      title: t('Cytuno ar lefel y cymorth', 'Agreeing the level of support'),
      statement: t(
        "Mae'r ymarferydd yn cytuno gyda'r unigolyn pa lefel o gymorth sy'n addas, o gyfeirio i gymorth cyfannol, ac yn newid y lefel wrth i anghenion newid.",
        'The practitioner agrees with the individual which level of support fits, from signposting to holistic support, and changes the level as needs change.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio'r lefelau cymorth (cyfeirio, cyfeirio gweithredol, cymorth ysgafn, canolig a chyfannol) a phryd y mae pob un yn addas.",
          'Describes the levels of support (signposting, active signposting, light, medium and holistic support) and when each fits.',
        ),
        t(
          "Yn dewis lefel y cymorth gyda'r unigolyn ar sail yr hyn a ddaeth i'r amlwg yn y sgwrs, ac yn cofnodi'r rheswm dros y dewis.",
          'Chooses the level of support with the individual on the basis of what came out of the conversation, and records the reason for the choice.',
        ),
        t(
          'Yn adnabod pryd mae angen symud rhwng lefelau, er enghraifft o gyfeirio i gymorth cyfannol, ac yn rheoli llwyth achosion cymysg yn ddiogel.',
          'Recognises when someone needs to move between levels, for example from signposting to holistic support, and manages a mixed caseload safely.',
        ),
        t(
          "Yn helpu i lunio meini prawf lleol ar gyfer lefelau cymorth a'r ffordd y caiff llwyth achosion ei rannu, ac yn eu hadolygu ar sail data.",
          'Helps to set local criteria for levels of support and for how caseloads are shared, and reviews them on the basis of data.',
        ),
      ),
      terms: ['social-prescribing-models', 'signposting', 'active-signposting', 'light-support', 'medium-support', 'holistic-support'],
    },
    {
      id: 'follow-up-and-ending',
      code: 'A5',
      title: t("Gwaith dilynol a dod â'r cymorth i ben", 'Following up and bringing support to an end'),
      statement: t(
        "Mae'r ymarferydd yn cadw mewn cysylltiad i weld sut mae pethau'n mynd, yn adolygu'r cynllun, ac yn dod â'r cymorth i ben mewn ffordd sydd wedi'i chynllunio ac sy'n gadael yr unigolyn yn hyderus.",
        'The practitioner keeps in touch to see how things are going, reviews the plan, and ends support in a planned way that leaves the individual confident to carry on.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio pam mae gwaith dilynol yn bwysig a beth ddylai ddigwydd pan ddaw'r cymorth i ben.",
          'Explains why follow-up matters and what should happen when support comes to an end.',
        ),
        t(
          "Yn trefnu ac yn cynnal sgyrsiau dilynol ar yr adegau a gytunwyd, ac yn cau achosion gyda chrynodeb clir i'r unigolyn a'r atgyfeiriwr.",
          'Arranges and holds follow-up conversations at the agreed times, and closes cases with a clear summary for the individual and the referrer.',
        ),
        t(
          "Yn cynllunio diweddglo gydag unigolion sy'n dibynnu'n drwm ar y berthynas, ac yn trefnu cymorth parhaus yn y gymuned cyn cau'r achos.",
          'Plans endings with individuals who rely heavily on the relationship, and arranges ongoing support in the community before closing the case.',
        ),
        t(
          "Yn gosod safonau'r gwasanaeth ar gyfer gwaith dilynol, ailatgyfeirio a chau achosion, ac yn sicrhau bod pobl yn gallu dychwelyd yn hawdd.",
          'Sets the service’s standards for follow-up, re-referral and case closure, and makes sure that people can easily come back.',
        ),
      ),
      terms: ['follow-up', 'action-plan', 'referrer'],
    },
  ],
};

const domainB: z.input<typeof Domain> = {
  id: 'communication-and-relationships',
  code: 'B',
  title: t('Cyfathrebu a pherthnasoedd', 'Communication and relationships'),
  summary: t(
    'Y sgiliau gwrando, cyfathrebu a meithrin perthynas sydd wrth galon presgripsiynu cymdeithasol, ac a gafodd y sgôr uchaf am bwysigrwydd mewn astudiaeth yng Nghymru.',
    'The listening, communication and relationship skills at the heart of social prescribing, which were rated the most important of all in a study in Wales.',
  ),
  competencies: [
    {
      id: 'listening-and-empathy',
      code: 'B1',
      title: t('Gwrando ac empathi', 'Listening and empathy'),
      statement: t(
        "Mae'r ymarferydd yn gwrando'n astud a heb farnu, yn dangos empathi ac yn gwneud i'r unigolyn deimlo ei fod wedi cael ei glywed a'i gredu.",
        'The practitioner listens attentively and without judgement, shows empathy and makes the individual feel that they have been heard and believed.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio sgiliau gwrando gweithredol, fel crynhoi, adlewyrchu a goddef tawelwch, a pham maen nhw'n bwysig.",
          'Describes active listening skills, such as summarising, reflecting back and allowing silence, and why they matter.',
        ),
        t(
          'Yn defnyddio gwrando gweithredol ym mhob sgwrs, ac yn gwirio ei fod wedi deall yn iawn cyn symud ymlaen.',
          'Uses active listening in every conversation, and checks that they have understood correctly before moving on.',
        ),
        t(
          'Yn cynnal empathi a sgwrs dawel mewn sefyllfaoedd anodd, fel galar, dicter neu drallod, heb gymryd drosodd.',
          'Sustains empathy and a calm conversation in difficult situations, such as grief, anger or distress, without taking over.',
        ),
        t(
          'Yn modelu ac yn addysgu sgiliau gwrando i gydweithwyr a gwirfoddolwyr, ac yn rhoi adborth penodol iddynt ar eu hymarfer.',
          'Models and teaches listening skills to colleagues and volunteers, and gives them specific feedback on their practice.',
        ),
      ),
      terms: ['the-individual', 'what-matters-conversation'],
    },
    {
      id: 'motivation-and-confidence',
      code: 'B2',
      title: t('Cefnogi cymhelliant a hyder', 'Supporting motivation and confidence'),
      statement: t(
        "Mae'r ymarferydd yn helpu'r unigolyn i fagu'r hyder a'r cymhelliant i gymryd camau tuag at yr hyn sy'n bwysig iddo, gan barchu ei hawl i ddewis.",
        'The practitioner helps the individual build the confidence and motivation to take steps towards what matters to them, while respecting their right to choose.',
      ),
      descriptors: levels(
        t(
          'Yn esbonio sut y gall hyder, ofn a phrofiad blaenorol effeithio ar barodrwydd rhywun i roi cynnig ar rywbeth newydd.',
          'Explains how confidence, fear and past experience can affect whether someone feels ready to try something new.',
        ),
        t(
          'Yn defnyddio technegau sgwrsio ysgogol, fel cwestiynau graddio a chydnabod llwyddiant bach, i helpu unigolion i symud ymlaen.',
          'Uses motivational conversation techniques, such as scaling questions and recognising small successes, to help individuals move forward.',
        ),
        t(
          "Yn gweithio'n hyderus gydag amwysedd a gwrthwynebiad, ac yn helpu unigolion i ailgydio ynddi ar ôl i bethau fynd o chwith.",
          'Works confidently with ambivalence and resistance, and helps individuals to pick themselves up and get going again after setbacks.',
        ),
        t(
          "Yn arwain hyfforddiant ar ddulliau ysgogol yn y gwasanaeth, ac yn gwerthuso a yw'r dulliau hynny'n gwneud gwahaniaeth.",
          'Leads training on motivational approaches in the service, and evaluates whether those approaches make a difference.',
        ),
      ),
      terms: ['the-individual', 'action-plan'],
    },
    {
      id: 'accessible-communication',
      code: 'B3',
      title: t('Cyfathrebu clir a hygyrch', 'Clear and accessible communication'),
      statement: t(
        "Mae'r ymarferydd yn rhoi gwybodaeth mewn ffordd y gall yr unigolyn ei deall a'i defnyddio, gan addasu i'w anghenion cyfathrebu, ei lythrennedd a'i ddewis iaith.",
        'The practitioner gives information in a way the individual can understand and use, adapting to their communication needs, literacy and language choice.',
      ),
      descriptors: levels(
        t(
          'Yn adnabod rhwystrau cyffredin i gyfathrebu, fel colled clyw, llythrennedd isel neu jargon, ac yn gwybod ble i gael cymorth.',
          'Recognises common barriers to communication, such as hearing loss, low literacy or jargon, and knows where to get help.',
        ),
        t(
          "Yn defnyddio iaith glir, yn gwirio dealltwriaeth drwy ofyn i'r unigolyn ailadrodd y prif bwyntiau, ac yn cynnig gwybodaeth hawdd ei deall pan fo angen.",
          'Uses plain language, checks understanding by asking the individual to repeat the main points, and offers easy-read information when needed.',
        ),
        t(
          "Yn trefnu ac yn defnyddio cymorth cyfathrebu arbenigol, fel dehonglwyr neu ddulliau di-eiriau, ac yn ysgrifennu'n glir i wahanol gynulleidfaoedd.",
          'Arranges and uses specialist communication support, such as interpreters or non-verbal methods, and writes clearly for different audiences.',
        ),
        t(
          "Yn sicrhau bod holl wybodaeth y gwasanaeth yn hygyrch, ac yn profi deunyddiau gyda'r bobl sy'n eu defnyddio.",
          'Makes sure that all of the service’s information is accessible, and tests materials with the people who use them.',
        ),
      ),
      terms: ['the-individual', 'health-inequalities'],
    },
    {
      id: 'trusting-relationships-and-boundaries',
      code: 'B4',
      title: t('Perthynas ddibynadwy o fewn ffiniau', 'Trusting relationships within boundaries'),
      statement: t(
        "Mae'r ymarferydd yn meithrin perthynas onest a dibynadwy â'r unigolyn, gan fod yn glir am yr hyn y gall ac na all ei wneud.",
        'The practitioner builds an honest and dependable relationship with the individual, while being clear about what they can and cannot do.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio ffiniau rôl yr ymarferydd presgripsiynu cymdeithasol a pham maen nhw'n diogelu'r unigolyn a'r ymarferydd.",
          'Describes the boundaries of the social prescribing practitioner role and why they protect both the individual and the practitioner.',
        ),
        t(
          "Yn esbonio'r rôl a'i ffiniau ar y dechrau, yn cadw at ymrwymiadau, ac yn trafod mewn goruchwyliaeth unrhyw sefyllfa sy'n gwthio'r ffiniau.",
          'Explains the role and its limits at the start, keeps commitments, and raises in supervision any situation that pushes the boundaries.',
        ),
        t(
          "Yn rheoli ffiniau'n sensitif mewn sefyllfaoedd anodd, fel cymunedau bach lle mae pawb yn adnabod ei gilydd neu unigolion sy'n mynd yn ddibynnol.",
          'Manages boundaries sensitively in difficult situations, such as small communities where everyone knows each other or individuals who become dependent.',
        ),
        t(
          "Yn llunio canllawiau'r gwasanaeth ar ffiniau proffesiynol, ac yn cefnogi cydweithwyr drwy achosion lle mae'r ffiniau'n aneglur.",
          'Writes the service’s guidance on professional boundaries, and supports colleagues through cases where the boundaries are unclear.',
        ),
      ),
      terms: ['social-prescribing-practitioner', 'supervision'],
    },
  ],
};

const domainC: z.input<typeof Domain> = {
  id: 'connecting-with-community',
  code: 'C',
  title: t("Cysylltu pobl â'u cymuned", 'Connecting people with their community'),
  summary: t(
    "Gwybod pa asedau cymunedol sydd ar gael yn lleol, helpu pobl i gymryd y cam cyntaf tuag atynt, a gweithio gyda'r grwpiau hynny fel partneriaid.",
    'Knowing which community assets are available locally, helping people take the first step towards them, and working with those groups as partners.',
  ),
  competencies: [
    {
      id: 'knowledge-of-community-assets',
      code: 'C1',
      title: t('Adnabod asedau cymunedol lleol', 'Knowing local community assets'),
      statement: t(
        "Mae'r ymarferydd yn gwybod pa weithgareddau, grwpiau a gwasanaethau sydd ar gael yn ei ardal, beth maen nhw'n ei gynnig, i bwy, a sut i gael mynediad atynt.",
        'The practitioner knows which activities, groups and services exist in their area, what they offer, to whom, and how to get access to them.',
      ),
      descriptors: levels(
        t(
          'Yn esbonio beth yw asedau cymunedol ac yn gwybod ble i ddod o hyd i wybodaeth gyfredol amdanynt, er enghraifft mewn cyfeiriadur lleol.',
          'Explains what community assets are and knows where to find current information about them, for example in a local directory.',
        ),
        t(
          "Yn meddu ar wybodaeth gyfredol am ystod eang o asedau lleol, gan gynnwys gweithgareddau creadigol, gwyrdd, glas ac ymarfer corff, ac yn ymweld â nhw i weld drosto'i hun.",
          'Has current knowledge of a wide range of local assets, including creative, green, blue and exercise activities, and visits them to see for themselves.',
        ),
        t(
          "Yn dod o hyd i asedau llai amlwg ar gyfer anghenion penodol, ac yn rhannu gwybodaeth gywir amdanynt gyda'r tîm a phartneriaid.",
          'Finds less visible assets for particular needs, and shares accurate information about them with the team and partners.',
        ),
        t(
          "Yn arwain gwaith mapio asedau ar draws ardal neu glwstwr, ac yn sicrhau bod y wybodaeth yn cael ei chadw'n gyfredol ac ar gael i bawb.",
          'Leads asset mapping across an area or cluster, and makes sure that the information is kept current and available to everyone.',
        ),
      ),
      terms: [
        'community-assets',
        'asset-mapping',
        'creative-referral',
        'green-referral',
        'blue-referral',
        'exercise-referral',
        'nature-based-interventions',
      ],
    },
    {
      id: 'connecting-to-community-assets',
      code: 'C2',
      title: t('Cysylltu unigolion ag asedau', 'Connecting individuals to assets'),
      statement: t(
        "Mae'r ymarferydd yn atgyfeirio neu'n cyflwyno'r unigolyn i asedau cymunedol sy'n cyd-fynd â'i gynllun, ac yn rhoi'r cymorth sydd ei angen iddo fynd yno am y tro cyntaf.",
        'The practitioner refers or introduces the individual to community assets that fit their plan, and gives the support they need to go there for the first time.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio'r gwahaniaeth rhwng cyfeirio, cyfeirio gweithredol ac atgyfeirio at ased, a'r hyn y gallai fod ei angen ar rywun i gymryd y cam cyntaf.",
          'Describes the difference between signposting, active signposting and referral to an asset, and what someone might need to take the first step.',
        ),
        t(
          "Yn atgyfeirio unigolion at asedau addas gyda'u caniatâd, ac yn trefnu cymorth ymarferol fel trafnidiaeth, cyfaill neu fynd gyda nhw y tro cyntaf.",
          'Refers individuals to suitable assets with their consent, and arranges practical support such as transport, a buddy or going with them the first time.',
        ),
        t(
          "Yn dod o hyd i ffyrdd o gysylltu unigolion sydd â rhwystrau mawr, fel gorbryder difrifol neu anabledd, ac yn gweithio gyda'r ased i addasu'r croeso.",
          'Finds ways to connect individuals facing major barriers, such as severe anxiety or disability, and works with the asset to adapt the welcome.',
        ),
        t(
          "Yn datblygu llwybrau atgyfeirio y cytunwyd arnynt gydag asedau allweddol, ac yn adolygu pa mor aml y mae cysylltiadau'n llwyddo er mwyn gwella'r broses.",
          'Develops agreed referral routes with key assets, and reviews how often connections succeed in order to improve the process.',
        ),
      ),
      terms: ['referral', 'community-assets', 'signposting', 'active-signposting', 'consent'],
    },
    {
      id: 'working-with-community-groups',
      code: 'C3',
      title: t('Gweithio gyda grwpiau cymunedol fel partneriaid', 'Working with community groups as partners'),
      statement: t(
        "Mae'r ymarferydd yn meithrin perthynas â sefydliadau cymunedol a gwirfoddol, yn parchu eu capasiti, ac yn rhannu adborth am atgyfeiriadau gyda nhw.",
        'The practitioner builds relationships with community and voluntary sector organisations, respects their capacity, and shares feedback about referrals with them.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio rôl y trydydd sector mewn presgripsiynu cymdeithasol a'r pwysau y gall atgyfeiriadau ei roi ar grwpiau sy'n dibynnu ar wirfoddolwyr.",
          'Explains the role of the third sector in social prescribing and the pressure that referrals can put on groups that rely on volunteers.',
        ),
        t(
          "Yn cadw mewn cysylltiad rheolaidd â'r asedau y mae'n atgyfeirio atynt, yn gwirio bod ganddynt le cyn atgyfeirio, ac yn rhannu adborth y cytunwyd arno.",
          'Keeps in regular contact with the assets they refer to, checks that they have room before referring, and shares agreed feedback.',
        ),
        t(
          "Yn helpu grwpiau i ddelio â'r galw, er enghraifft drwy eu cysylltu â chyllid, hyfforddiant neu wirfoddolwyr, ac yn codi pryderon am gapasiti'n gynnar.",
          'Helps groups cope with demand, for example by linking them to funding, training or volunteers, and raises concerns about capacity early.',
        ),
        t(
          'Yn arwain rhwydweithiau lleol o asedau cymunedol, yn dangos bylchau yn y ddarpariaeth i gomisiynwyr, ac yn helpu cymunedau i gydgynhyrchu gweithgareddau newydd.',
          'Leads local networks of community assets, shows commissioners the gaps in provision, and helps communities co-produce new activities.',
        ),
      ),
      terms: ['community-and-voluntary-sector-organisations', 'third-sector', 'community-assets', 'co-production'],
    },
    {
      id: 'community-asset-quality',
      code: 'C4',
      title: t('Ansawdd a diogelwch asedau', 'Quality and safety of assets'),
      statement: t(
        "Mae'r ymarferydd yn gwirio bod asedau'n ddiogel ac yn addas cyn atgyfeirio atynt, gan ddefnyddio'r safonau cenedlaethol ar gyfer asedau cymunedol fel sail i sgwrs, nid rhestr wirio.",
        'The practitioner checks that assets are safe and suitable before referring to them, using the national standards for community assets as the basis for a conversation, not a checklist.',
      ),
      descriptors: levels(
        t(
          "Yn gwybod beth i'w ofyn i ased am ddiogelu, yswiriant a hygyrchedd, ac yn gwybod bod safonau cenedlaethol ar gyfer asedau cymunedol yn bodoli.",
          'Knows what to ask an asset about safeguarding, insurance and accessibility, and knows that national standards for community assets exist.',
        ),
        t(
          "Yn cynnal sgyrsiau am ansawdd gydag asedau cyn atgyfeirio, yn cofnodi'r canlyniad, ac yn gweithredu ar adborth gan unigolion am eu profiad.",
          'Holds conversations about quality with assets before referring, records the outcome, and acts on feedback from individuals about their experience.',
        ),
        t(
          "Yn helpu asedau i symud o lefel sylfaenol i lefel ddatblygol yn erbyn y safonau, ac yn delio'n gymesur â phryderon am ansawdd.",
          'Helps assets move from foundation to developing level against the standards, and deals proportionately with concerns about quality.',
        ),
        t(
          "Yn arwain y gwaith o ddefnyddio'r safonau ar draws ardal, gan gydbwyso diogelwch a pheidio â gosod baich annheg ar grwpiau bach.",
          'Leads the use of the standards across an area, balancing safety with not placing an unfair burden on small groups.',
        ),
      ),
      terms: ['community-asset-standards', 'community-assets', 'safeguarding'],
    },
  ],
};

const domainD: z.input<typeof Domain> = {
  id: 'collaborative-working',
  code: 'D',
  title: t('Cydweithio ar draws sectorau', 'Working across sectors'),
  summary: t(
    'Deall y llwybr presgripsiynu cymdeithasol yng Nghymru, gweithio gydag atgyfeirwyr a phartneriaid o bob sector, a gwybod pryd mae angen gwasanaeth arall.',
    'Understanding the social prescribing pathway in Wales, working with referrers and partners from every sector, and knowing when another service is needed.',
  ),
  competencies: [
    {
      id: 'social-prescribing-in-wales',
      code: 'D1',
      title: t('Deall presgripsiynu cymdeithasol yng Nghymru', 'Understanding social prescribing in Wales'),
      statement: t(
        "Mae'r ymarferydd yn deall model Cymru o bresgripsiynu cymdeithasol, y fframwaith cenedlaethol a'r llwybr o'r atgyfeiriad i'r canlyniad, ac yn gallu ei esbonio i eraill.",
        'The practitioner understands the Welsh model of social prescribing, the national framework and the pathway from referral to outcome, and can explain it to others.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio camau'r llwybr presgripsiynu cymdeithasol a'r gwahanol ffyrdd o gael eich atgyfeirio, gan gynnwys hunanatgyfeirio.",
          'Describes the steps of the social prescribing pathway and the different ways in, including self-referral.',
        ),
        t(
          "Yn esbonio'r model a rôl y gwasanaeth yn glir i unigolion ac atgyfeirwyr, ac yn gweithio yn unol â'r fanyleb genedlaethol.",
          'Explains the model and the service’s role clearly to individuals and referrers, and works in line with the national specification.',
        ),
        t(
          "Yn cysylltu ei waith â pholisi ehangach yng Nghymru, fel Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, ac yn defnyddio'r cyswllt hwnnw mewn trafodaethau â phartneriaid.",
          'Links their work to wider policy in Wales, such as the Social Services and Well-being (Wales) Act 2014, and uses that link in discussions with partners.',
        ),
        t(
          "Yn cyfrannu at ddatblygu'r model yn lleol neu'n genedlaethol, er enghraifft drwy ymgynghoriadau, grwpiau gwaith neu gynllunio rhanbarthol.",
          'Contributes to developing the model locally or nationally, for example through consultations, working groups or regional planning.',
        ),
      ),
      terms: ['social-prescribing', 'social-prescribing-pathway', 'national-specification', 'self-referral', 'targeted-referral'],
    },
    {
      id: 'working-with-referrers',
      code: 'D2',
      title: t('Gweithio gydag atgyfeirwyr', 'Working with referrers'),
      statement: t(
        "Mae'r ymarferydd yn helpu atgyfeirwyr i wybod pwy i'w atgyfeirio a sut, yn ymateb yn brydlon i atgyfeiriadau, ac yn rhoi gwybod i'r atgyfeiriwr beth ddigwyddodd, gyda chaniatâd yr unigolyn.",
        'The practitioner helps referrers know whom to refer and how, responds promptly to referrals, and lets the referrer know what happened, with the individual’s consent.',
      ),
      descriptors: levels(
        t(
          "Yn gwybod pwy sy'n atgyfeirio at y gwasanaeth, gan gynnwys llywwyr gofal, a pha wybodaeth sydd ei hangen mewn atgyfeiriad da.",
          'Knows who refers to the service, including care navigators, and what information a good referral needs to contain.',
        ),
        t(
          "Yn ymateb i atgyfeiriadau o fewn yr amser a gytunwyd, yn gofyn am eglurhad pan fo angen, ac yn anfon adborth byr i'r atgyfeiriwr.",
          'Responds to referrals within the agreed time, asks for clarification when needed, and sends brief feedback to the referrer.',
        ),
        t(
          "Yn mynd i'r afael ag atgyfeiriadau amhriodol drwy sgwrs adeiladol, ac yn hyrwyddo'r gwasanaeth i atgyfeirwyr newydd mewn sectorau gwahanol.",
          'Tackles inappropriate referrals through constructive conversation, and promotes the service to new referrers in different sectors.',
        ),
        t(
          'Yn cytuno ar brosesau atgyfeirio ac adborth gyda phractisau, clystyrau a phartneriaid, ac yn eu hadolygu ar sail data atgyfeirio.',
          'Agrees referral and feedback processes with practices, clusters and partners, and reviews them on the basis of referral data.',
        ),
      ),
      terms: ['referrer', 'referral', 'care-navigator', 'consent'],
    },
    {
      id: 'multi-agency-working',
      code: 'D3',
      title: t('Gweithio amlasiantaethol', 'Multi-agency working'),
      statement: t(
        "Mae'r ymarferydd yn gweithio gyda chydweithwyr ym maes iechyd, gofal cymdeithasol, tai a'r trydydd sector fel bod yr unigolyn yn cael cymorth cydgysylltiedig.",
        'The practitioner works with colleagues in health, social care, housing and the third sector so that the individual gets joined-up support.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio prif rannau'r system iechyd a gofal yng Nghymru, gan gynnwys byrddau iechyd, clystyrau gofal sylfaenol a byrddau partneriaeth rhanbarthol.",
          'Describes the main parts of the health and care system in Wales, including health boards, primary care clusters and regional partnership boards.',
        ),
        t(
          "Yn cydweithio'n rheolaidd â gweithwyr proffesiynol eraill ynghylch unigolion, gan rannu gwybodaeth yn briodol, ac yn cymryd rhan mewn cyfarfodydd tîm amlddisgyblaethol.",
          'Works regularly with other professionals about individuals, sharing information appropriately, and takes part in multidisciplinary team meetings.',
        ),
        t(
          'Yn cydgysylltu cymorth pan fo sawl asiantaeth ynghlwm, ac yn datrys anghytundebau neu fylchau rhwng gwasanaethau.',
          'Coordinates support when several agencies are involved, and resolves disagreements or gaps between services.',
        ),
        t(
          "Yn cynrychioli presgripsiynu cymdeithasol mewn fforymau clwstwr neu ranbarthol, ac yn dylanwadu ar sut mae gwasanaethau'n cydweithio.",
          'Represents social prescribing in cluster or regional forums, and influences how services work together.',
        ),
      ),
      terms: ['statutory-services', 'third-sector', 'health-board', 'primary-care-cluster', 'regional-partnership-board'],
    },
    {
      id: 'recognising-specialist-needs',
      code: 'D4',
      title: t('Adnabod pryd mae angen cymorth arbenigol', 'Recognising when specialist help is needed'),
      statement: t(
        "Mae'r ymarferydd yn adnabod anghenion sydd y tu hwnt i'w rôl, fel iechyd meddwl difrifol, dyled neu gamddefnyddio sylweddau, ac yn atgyfeirio at wasanaethau arbenigol neu statudol yn brydlon.",
        'The practitioner recognises needs that go beyond their role, such as serious mental ill health, debt or substance misuse, and refers promptly to specialist or statutory services.',
      ),
      descriptors: levels(
        t(
          'Yn gwybod terfynau ei rôl ac yn gwybod at bwy i droi pan fydd angen cymorth arbenigol ar rywun.',
          'Knows the limits of their role and knows whom to turn to when someone needs specialist help.',
        ),
        t(
          "Yn adnabod arwyddion anghenion arbenigol yn ystod sgyrsiau, ac yn atgyfeirio ymlaen gyda chaniatâd, gan barhau i gefnogi'r unigolyn lle mae hynny'n briodol.",
          'Recognises signs of specialist needs during conversations, and refers on with consent, continuing to support the individual where that is appropriate.',
        ),
        t(
          "Yn rheoli achosion lle mae anghenion arbenigol a chymdeithasol yn cydblethu, ac yn eirioli dros yr unigolyn pan fydd gwasanaethau'n anodd eu cyrraedd.",
          'Manages cases where specialist and social needs are intertwined, and advocates for the individual when services are hard to reach.',
        ),
        t(
          'Yn sefydlu llwybrau clir gyda gwasanaethau arbenigol, ac yn cynghori cydweithwyr ar achosion cymhleth.',
          'Sets up clear pathways with specialist services, and advises colleagues on complex cases.',
        ),
      ),
      terms: ['statutory-services', 'referral', 'consent'],
    },
  ],
};

const domainE: z.input<typeof Domain> = {
  id: 'equality-inclusion-and-welsh',
  code: 'E',
  title: t("Cydraddoldeb, cynhwysiant a'r iaith Gymraeg", 'Equality, inclusion and the Welsh language'),
  summary: t(
    'Deall sut mae anghydraddoldebau cymdeithasol yn effeithio ar iechyd, gweithio mewn ffordd gymwys yn ddiwylliannol, parchu credoau a ffyrdd o fyw, a chynnig gwasanaeth yn Gymraeg heb i neb orfod gofyn.',
    'Understanding how social inequalities affect health, working in a culturally competent way, respecting beliefs and ways of life, and offering a service in Welsh without anyone having to ask.',
  ),
  competencies: [
    {
      id: 'health-inequalities',
      code: 'E1',
      title: t('Anghydraddoldebau cymdeithasol ac iechyd', 'Social inequalities and health'),
      statement: t(
        "Mae'r ymarferydd yn deall effaith anghydraddoldebau cymdeithasol, fel tlodi, tai gwael ac unigrwydd, ar iechyd a llesiant, ac yn ystyried hyn yn ei ymarfer.",
        'The practitioner understands the effect of social inequalities, such as poverty, poor housing and loneliness, on health and wellbeing, and takes this into account in their practice.',
      ),
      descriptors: levels(
        t(
          'Yn esbonio sut mae penderfynyddion ehangach iechyd, fel incwm, tai ac addysg, yn effeithio ar iechyd a llesiant pobl.',
          'Explains how the wider determinants of health, such as income, housing and education, affect people’s health and wellbeing.',
        ),
        t(
          'Yn gofyn am amgylchiadau cymdeithasol ac ariannol yr unigolyn, ac yn sicrhau nad yw cost, pellter na thrafnidiaeth yn ei atal rhag cymryd rhan.',
          'Asks about the individual’s social and financial circumstances, and makes sure that cost, distance or transport do not stop them taking part.',
        ),
        t(
          "Yn defnyddio data lleol i adnabod grwpiau nad ydynt yn cael eu hatgyfeirio, ac yn addasu ei ymarfer i'w cyrraedd, er enghraifft drwy atgyfeirio wedi'i dargedu.",
          'Uses local data to identify groups who are not being referred, and adapts their practice to reach them, for example through targeted referral.',
        ),
        t(
          "Yn dylanwadu ar gynllunio lleol i leihau anghydraddoldebau, ac yn sicrhau bod y gwasanaeth yn monitro pwy sy'n ei ddefnyddio a phwy sydd ddim.",
          'Influences local planning to tackle inequalities, and makes sure the service monitors who uses it and who does not.',
        ),
      ),
      terms: ['health-inequalities', 'social-wellbeing', 'targeted-referral'],
    },
    {
      id: 'culturally-competent-practice',
      code: 'E2',
      title: t("Ymarfer sy'n gymwys yn ddiwylliannol", 'Culturally competent practice'),
      statement: t(
        "Mae'r ymarferydd yn gweithio mewn ffordd gymwys yn ddiwylliannol sy'n gwerthfawrogi amrywiaeth, gan ystyried sut mae diwylliant a chefndir yn llunio'r hyn sy'n bwysig i bobl.",
        'The practitioner works in a culturally competent way that values diversity, considering how culture and background shape what matters to each person.',
      ),
      descriptors: levels(
        t(
          'Yn esbonio ystyr cymhwysedd diwylliannol ac yn adnabod sut y gallai ei ragdybiaethau ei hun effeithio ar ei waith.',
          'Explains what cultural competence means and recognises how their own assumptions might affect their work.',
        ),
        t(
          "Yn gofyn yn sensitif am gefndir a diwylliant yr unigolyn, ac yn chwilio gydag ef am asedau sy'n addas yn ddiwylliannol.",
          'Asks sensitively about the individual’s background and culture, and looks together with them for culturally suitable assets.',
        ),
        t(
          "Yn meithrin cysylltiadau â grwpiau a chymunedau amrywiol, ac yn herio arferion sy'n eithrio pobl o gefndiroedd gwahanol.",
          'Builds links with diverse groups and communities, and challenges practices that exclude people from different backgrounds.',
        ),
        t(
          "Yn arwain dysgu am gymhwysedd diwylliannol yn y gwasanaeth, ac yn cydgynhyrchu gwelliannau gyda chymunedau nad ydynt yn cael eu gwasanaethu'n dda.",
          'Leads learning about cultural competence in the service, and co-produces improvements with communities that are not well served.',
        ),
      ),
      terms: ['cultural-competence', 'co-production'],
    },
    {
      id: 'equality-and-inclusion',
      code: 'E3',
      title: t('Cydraddoldeb a chynhwysiant', 'Equality and inclusion'),
      statement: t(
        "Mae'r ymarferydd yn trin pawb yn deg, yn gwneud addasiadau rhesymol, ac yn gweithio i ddileu'r rhwystrau sy'n atal pobl rhag cael cymorth.",
        'The practitioner treats everyone fairly, makes reasonable adjustments, and works to remove the barriers that stop people getting support.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio'r nodweddion gwarchodedig a'r ddyletswydd i wneud addasiadau rhesymol o dan Ddeddf Cydraddoldeb 2010.",
          'Describes the protected characteristics and the duty to make reasonable adjustments under the Equality Act 2010.',
        ),
        t(
          'Yn gofyn i bob unigolyn pa addasiadau sydd eu hangen arno, ac yn eu gwneud, er enghraifft o ran amser, lle neu ddull cyfarfod.',
          'Asks every individual what adjustments they need, and makes them, for example in the time, place or way of meeting.',
        ),
        t(
          "Yn adnabod rhwystrau yn y gwasanaeth neu mewn asedau, ac yn gweithio gyda phartneriaid i'w dileu.",
          'Identifies barriers in the service or in assets, and works with partners to remove them.',
        ),
        t(
          "Yn arwain asesiadau effaith cydraddoldeb ar gyfer y gwasanaeth, ac yn sicrhau bod y canfyddiadau'n newid sut y caiff y gwasanaeth ei ddarparu.",
          'Leads equality impact assessments for the service, and makes sure that the findings change the way the service is delivered.',
        ),
      ),
      terms: ['health-inequalities', 'the-individual'],
    },
    {
      id: 'respecting-beliefs-and-ways-of-life',
      code: 'E4',
      title: t('Parchu credoau, arferion a ffyrdd o fyw', 'Respecting beliefs, practices and ways of life'),
      statement: t(
        "Mae'r ymarferydd yn parchu credoau, arferion a ffyrdd o fyw y bobl y mae'n eu cefnogi, ac yn ystyried sut y gallai'r rhain effeithio ar eu profiad o bresgripsiynu cymdeithasol.",
        'The practitioner respects the beliefs, practices and ways of life of the people they support, and considers how these might affect their experience of social prescribing.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio pam mae parchu credoau a ffyrdd o fyw'n bwysig, hyd yn oed pan fyddant yn wahanol i'w rai ei hun.",
          'Explains why respecting other people’s beliefs and ways of life matters, even when they are very different from their own.',
        ),
        t(
          'Yn gofyn am bethau fel ffydd, deiet, arferion gofalu neu drefn ddyddiol wrth gynllunio, ac yn eu parchu yn y cynllun gweithredu.',
          'Asks about things such as faith, diet, caring responsibilities or daily routine when planning, and respects them in the action plan.',
        ),
        t(
          "Yn ymdrin yn sensitif â sefyllfaoedd lle mae credoau'r unigolyn yn gwrthdaro â'r hyn a gynigir, ac yn dod o hyd i ddewisiadau eraill.",
          'Deals sensitively with situations where the individual’s beliefs conflict with what is on offer, and finds acceptable alternatives with them.',
        ),
        t(
          "Yn gweithio gyda grwpiau ffydd a chymunedol i ehangu'r dewis o asedau, ac yn cynghori cydweithwyr ar sefyllfaoedd sensitif.",
          'Works with faith and community groups to widen the choice of assets, and advises colleagues on sensitive situations.',
        ),
      ),
      terms: ['cultural-competence', 'action-plan', 'community-assets'],
    },
    {
      id: 'welsh-language-active-offer',
      code: 'E5',
      title: t("Yr iaith Gymraeg a'r Cynnig Rhagweithiol", 'The Welsh language and the Active Offer'),
      statement: t(
        "Mae'r ymarferydd yn cynnig gwasanaeth yn Gymraeg heb i'r unigolyn orfod gofyn, yn parchu ei ddewis iaith drwy'r llwybr cyfan, ac yn cysylltu pobl ag asedau sy'n gweithio yn Gymraeg.",
        'The practitioner offers a service in Welsh without the individual having to ask, respects their language choice along the whole pathway, and connects people with assets that work in Welsh.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio'r Cynnig Rhagweithiol a pham mae cael sgwrs yn eich dewis iaith yn rhan o ofal da, nid cwrteisi'n unig.",
          'Explains the Active Offer and why having a conversation in your chosen language is part of good care, not just courtesy.',
        ),
        t(
          "Yn gofyn i bob unigolyn pa iaith sydd orau ganddo, yn cofnodi'r dewis, ac yn trefnu ymarferydd Cymraeg ei iaith os na all wneud hynny ei hun.",
          'Asks every individual which language they prefer, records the choice, and arranges a Welsh-speaking practitioner if they cannot do so themselves.',
        ),
        t(
          "Yn sicrhau bod atgyfeiriadau ymlaen yn parchu dewis iaith, ac yn canfod asedau Cymraeg neu ddwyieithog i unigolion sy'n dymuno hynny.",
          'Makes sure language choice is respected in onward referrals, and finds Welsh-language or bilingual assets for individuals who want them.',
        ),
        t(
          "Yn arwain y gwaith o gynllunio'r gwasanaeth i ddarparu'r Cynnig Rhagweithiol, er enghraifft drwy gynllunio'r gweithlu a mapio asedau Cymraeg.",
          'Leads planning for the service to deliver the Active Offer, for example through workforce planning and mapping Welsh-language assets.',
        ),
      ),
      terms: ['active-offer', 'community-assets', 'referral'],
    },
  ],
};

const domainF: z.input<typeof Domain> = {
  id: 'safe-and-ethical-practice',
  code: 'F',
  title: t('Ymarfer diogel a moesegol', 'Safe and ethical practice'),
  summary: t(
    "Diogelu pobl, trin gwybodaeth yn gyfreithlon ac yn barchus, rheoli risg, a defnyddio goruchwyliaeth ac ymarfer myfyriol i weithio'n ddiogel.",
    'Safeguarding people, handling information lawfully and respectfully, managing risk, and using supervision and reflective practice to work safely.',
  ),
  competencies: [
    {
      id: 'safeguarding',
      code: 'F1',
      title: t('Diogelu', 'Safeguarding'),
      statement: t(
        "Mae'r ymarferydd yn adnabod arwyddion bod oedolyn neu blentyn mewn perygl o gael ei gam-drin neu ei esgeuluso, ac yn gweithredu yn unol â Gweithdrefnau Diogelu Cymru.",
        'The practitioner recognises signs that an adult or child is at risk of abuse or neglect, and acts in line with the Wales Safeguarding Procedures.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio mathau o gam-drin ac esgeulustod, ei ddyletswydd i roi gwybod, a phwy yw'r arweinydd diogelu yn ei sefydliad.",
          'Describes types of abuse and neglect, their duty to report, and who the safeguarding lead is in their organisation.',
        ),
        t(
          "Yn adnabod pryderon diogelu ac yn eu hadrodd yn brydlon, yn eu cofnodi'n ffeithiol, ac yn esbonio i'r unigolyn beth fydd yn digwydd nesaf.",
          'Recognises safeguarding concerns and reports them promptly, records them factually, and explains to the individual what will happen next.',
        ),
        t(
          'Yn rheoli sefyllfaoedd diogelu cymhleth, fel pryderon am gapasiti neu reolaeth drwy orfodaeth, ac yn cyfrannu at drafodaethau amlasiantaethol.',
          'Manages complex safeguarding situations, such as concerns about capacity or coercive control, and contributes to multi-agency discussions.',
        ),
        t(
          'Yn arwain ar ddiogelu yn y gwasanaeth, yn cynghori cydweithwyr ac asedau cymunedol, ac yn sicrhau bod gwersi o achosion yn newid ymarfer.',
          'Leads on safeguarding in the service, advises colleagues and community assets, and makes sure lessons from cases change practice.',
        ),
      ),
      terms: ['safeguarding', 'community-assets'],
    },
    {
      id: 'information-governance-and-consent',
      code: 'F2',
      title: t('Llywodraethu gwybodaeth a chaniatâd', 'Information governance and consent'),
      statement: t(
        "Mae'r ymarferydd yn casglu, yn storio ac yn rhannu gwybodaeth bersonol yn gyfreithlon, gyda chaniatâd lle mae angen, ac yn esbonio i'r unigolyn beth fydd yn digwydd i'w wybodaeth.",
        'The practitioner collects, stores and shares personal information lawfully, with consent where needed, and explains to the individual what will happen to their information.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio egwyddorion diogelu data a chyfrinachedd, a'r gwahaniaeth rhwng caniatâd i gael cymorth a'r sail gyfreithiol dros rannu gwybodaeth.",
          'Describes the principles of data protection and confidentiality, and the difference between consent to support and the lawful basis for sharing information.',
        ),
        t(
          "Yn cael caniatâd gwybodus cyn atgyfeirio neu rannu, yn cadw cofnodion yn ddiogel, ac yn rhannu'r hyn sy'n angenrheidiol yn unig.",
          'Obtains informed consent before referring or sharing, keeps records secure, and shares only what is needed for the purpose.',
        ),
        t(
          "Yn gwneud penderfyniadau cadarn am rannu gwybodaeth mewn sefyllfaoedd anodd, fel pan fydd caniatâd yn cael ei dynnu'n ôl neu pan fo risg, ac yn cofnodi'r rhesymau.",
          'Makes sound decisions about sharing information in difficult situations, such as when consent is withdrawn or there is risk, and records the reasons.',
        ),
        t(
          "Yn llunio cytundebau rhannu gwybodaeth a hysbysiadau preifatrwydd gyda phartneriaid, ac yn cynghori'r tîm ar gwestiynau llywodraethu gwybodaeth.",
          'Draws up information-sharing agreements and privacy notices with partners, and advises the team on information governance questions.',
        ),
      ),
      terms: ['information-governance', 'consent'],
    },
    {
      id: 'risk-and-personal-safety',
      code: 'F3',
      title: t('Risg a diogelwch personol', 'Risk and personal safety'),
      statement: t(
        "Mae'r ymarferydd yn asesu ac yn rheoli risg iddo'i hun ac i eraill, gan gynnwys wrth weithio ar ei ben ei hun yn y gymuned, heb gyfyngu'n ddiangen ar ddewisiadau'r unigolyn.",
        'The practitioner assesses and manages risk to themselves and others, including when working alone in people’s homes or in the community, without needlessly restricting the individual’s choices.',
      ),
      descriptors: levels(
        t(
          "Yn gwybod polisi gweithio unigol y sefydliad ac yn disgrifio'r camau i'w cymryd os yw'n teimlo'n anniogel.",
          'Knows the organisation’s lone-working policy and describes the steps to take if they feel unsafe.',
        ),
        t(
          "Yn dilyn trefniadau gweithio unigol bob tro, yn asesu risg cyn ymweliadau, ac yn trafod risg yn agored gyda'r unigolyn.",
          'Follows lone-working arrangements every time, assesses risk before visits, and discusses risk openly with the individual.',
        ),
        t(
          'Yn cydbwyso risg â hawl yr unigolyn i wneud ei ddewisiadau ei hun, gan gynnwys pan fydd teulu neu weithwyr proffesiynol eraill yn anghytuno.',
          'Balances risk with the individual’s right to make their own choices, including when family members or other professionals disagree with those choices.',
        ),
        t(
          "Yn adolygu polisïau risg a diogelwch y gwasanaeth, ac yn dysgu o ddigwyddiadau er mwyn gwella'r trefniadau.",
          'Reviews the service’s risk and safety policies, and learns from incidents to improve the arrangements.',
        ),
      ),
      terms: ['safeguarding', 'the-individual'],
    },
    {
      id: 'supervision-and-reflective-practice',
      code: 'F4',
      title: t('Goruchwyliaeth ac ymarfer myfyriol', 'Supervision and reflective practice'),
      statement: t(
        "Mae'r ymarferydd yn defnyddio goruchwyliaeth ac ymarfer myfyriol i ddysgu o'i waith, i ofalu am ei lesiant ei hun ac i gadw ansawdd ei ymarfer.",
        'The practitioner uses supervision and reflective practice to learn from their work, to look after their own wellbeing and to maintain the quality of their practice.',
      ),
      descriptors: levels(
        t(
          'Yn esbonio diben goruchwyliaeth ac ymarfer myfyriol, ac yn gwybod sut i gael gafael ar gymorth pan fydd gwaith yn effeithio arno.',
          'Explains the purpose of supervision and reflective practice, and knows how to get support when work is affecting them.',
        ),
        t(
          'Yn paratoi ar gyfer goruchwyliaeth reolaidd, yn dod ag achosion ac emosiynau iddi, ac yn gweithredu ar yr hyn a gytunwyd.',
          'Prepares for regular supervision, brings both cases and feelings to it, and acts on what was agreed there.',
        ),
        t(
          "Yn myfyrio'n feirniadol ar ei ymarfer ei hun gan ddefnyddio model myfyriol, ac yn cefnogi cymheiriaid drwy ymarfer myfyriol mewn grŵp.",
          'Reflects critically on their own practice using a reflective model, and supports peers through group reflective practice.',
        ),
        t(
          'Yn darparu goruchwyliaeth i ymarferwyr eraill, ac yn helpu i sefydlu diwylliant o fyfyrio a dysgu yn y gwasanaeth.',
          'Provides supervision to other practitioners, and helps to build a culture of reflection and learning in the service.',
        ),
      ),
      terms: ['supervision', 'reflective-practice', 'wellbeing'],
    },
  ],
};

const domainG: z.input<typeof Domain> = {
  id: 'recording-evaluation-and-learning',
  code: 'G',
  title: t('Cofnodi, gwerthuso a dysgu', 'Recording, evaluating and learning'),
  summary: t(
    "Cadw cofnodion cywir, casglu'r set ddata graidd, mesur y gwahaniaeth a wnaed, defnyddio'r hyn a ddysgwyd i wella, a datblygu'n broffesiynol.",
    'Keeping accurate records, collecting the core dataset, measuring the difference made, using what is learned to improve, and developing professionally.',
  ),
  competencies: [
    {
      id: 'recording-and-core-data',
      code: 'G1',
      title: t("Cofnodi a'r set ddata graidd", 'Recording and the core dataset'),
      statement: t(
        "Mae'r ymarferydd yn cadw cofnodion cywir, amserol a ffeithiol, ac yn casglu'r wybodaeth sydd ei hangen ar gyfer y set ddata graidd genedlaethol.",
        'The practitioner keeps accurate, timely and factual records, and collects the information needed for the national core dataset.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio pam mae cofnodion da'n bwysig a pha wybodaeth a gesglir ar gyfer y set ddata graidd genedlaethol.",
          'Explains why good records matter and what information is collected for the national core dataset.',
        ),
        t(
          "Yn cofnodi pob cyswllt yn gywir ac yn brydlon, gan ddefnyddio diffiniadau'r set ddata graidd, fel bod ffurflenni chwarterol yn gyflawn.",
          'Records every contact accurately and promptly, using the core dataset definitions, so that quarterly returns are complete.',
        ),
        t(
          "Yn gwirio ansawdd data'r tîm, yn dod o hyd i wallau neu fylchau, ac yn egluro newidiadau anarferol rhwng cyfnodau adrodd.",
          'Checks the quality of the team’s data, finds errors or gaps, and explains unusual changes between reporting periods.',
        ),
        t(
          "Yn gyfrifol am ffurflenni'r sefydliad, yn sicrhau bod niferoedd bach yn cael eu hatal cyn cyhoeddi, ac yn cynghori ar sut i wella'r broses gofnodi.",
          'Is responsible for the organisation’s returns, makes sure small numbers are suppressed before publication, and advises on how to improve recording.',
        ),
      ),
      terms: ['core-dataset', 'reporting-period', 'small-number-suppression', 'information-governance'],
    },
    {
      id: 'measuring-outcomes',
      code: 'G2',
      title: t('Mesur canlyniadau', 'Measuring outcomes'),
      statement: t(
        "Mae'r ymarferydd yn defnyddio mesurau canlyniadau a gytunwyd gyda'r unigolyn ar ddechrau'r cymorth ac ar ei ddiwedd, ac yn eu defnyddio mewn ffordd sy'n cefnogi'r sgwrs yn hytrach na'i disodli.",
        'The practitioner uses agreed outcome measures with the individual at the start and end of support, in a way that supports the conversation rather than replacing it.',
      ),
      descriptors: levels(
        t(
          "Yn disgrifio'r mesurau llesiant a ddefnyddir gan y gwasanaeth a'r egwyddorion canlyniadau ar lefel yr unigolyn, y gymuned a'r system.",
          'Describes the wellbeing measures the service uses and the outcome principles at the level of the individual, the community and the system.',
        ),
        t(
          "Yn defnyddio mesur canlyniadau yn gyson gyda phob unigolyn, yn esbonio pam, ac yn cofnodi'r sgorau'n gywir.",
          'Uses an outcome measure consistently with every individual, explains why, and records the scores accurately.',
        ),
        t(
          "Yn dehongli canlyniadau ar gyfer grwpiau o unigolion, yn deall cyfyngiadau'r mesurau, ac yn eu cyfuno â straeon pobl.",
          'Interprets results for groups of individuals, understands the limits of the measures, and combines them with people’s stories.',
        ),
        t(
          "Yn dewis ac yn adolygu mesurau canlyniadau ar gyfer y gwasanaeth, ac yn cyfrannu at werthuso presgripsiynu cymdeithasol yn lleol neu'n genedlaethol.",
          'Chooses and reviews outcome measures for the service, and contributes to evaluating social prescribing locally or nationally.',
        ),
      ),
      terms: ['outcome-measure', 'outcome-principles', 'wellbeing'],
    },
    {
      id: 'evaluating-and-improving',
      code: 'G3',
      title: t("Gwerthuso a gwella'r gwasanaeth", 'Evaluating and improving the service'),
      statement: t(
        "Mae'r ymarferydd yn casglu adborth gan unigolion, atgyfeirwyr ac asedau, yn rhannu'r hyn a ddysgwyd, ac yn defnyddio'r dystiolaeth i wella'r gwasanaeth.",
        'The practitioner gathers feedback from individuals, referrers and assets, shares what has been learned, and uses the evidence to improve the service.',
      ),
      descriptors: levels(
        t(
          "Yn esbonio pam mae adborth a gwerthuso'n bwysig, ac yn gwybod sut mae'r gwasanaeth yn casglu adborth.",
          'Explains why feedback and evaluation matter, and knows how the service gathers and uses feedback.',
        ),
        t(
          'Yn gofyn am adborth yn rheolaidd, yn ei gofnodi, ac yn awgrymu gwelliannau ymarferol mewn cyfarfodydd tîm.',
          'Asks for feedback regularly, records it, and suggests practical improvements to the service at team meetings.',
        ),
        t(
          "Yn ysgrifennu astudiaethau achos ac adroddiadau byr sy'n dangos y gwahaniaeth a wnaed, ac yn arwain prosiectau gwella bach gyda'r bobl sy'n defnyddio'r gwasanaeth.",
          'Writes case studies and short reports that show the difference made, and leads small improvement projects with the people who use the service.',
        ),
        t(
          "Yn arwain gwerthusiad o'r gwasanaeth, yn rhannu'r canfyddiadau gyda'r clwstwr a'r bwrdd partneriaeth rhanbarthol, ac yn sicrhau eu bod yn arwain at newid.",
          'Leads an evaluation of the service, shares the findings with the cluster and the regional partnership board, and makes sure they lead to change.',
        ),
      ),
      terms: ['outcome-principles', 'co-production', 'primary-care-cluster', 'regional-partnership-board'],
    },
    {
      id: 'continuing-professional-development',
      code: 'G4',
      title: t('Datblygiad proffesiynol parhaus', 'Continuing professional development'),
      statement: t(
        "Mae'r ymarferydd yn asesu ei gymhwysedd ei hun yn erbyn y fframwaith hwn, yn cynllunio ei ddysgu, ac yn cadw tystiolaeth o'i ddatblygiad.",
        'The practitioner assesses their own competence against this framework, plans their learning, and keeps evidence of their development.',
      ),
      descriptors: levels(
        t(
          'Yn gwybod pa ddysgu sydd ei angen ar gyfer y rôl ac yn cwblhau hyfforddiant gorfodol y sefydliad.',
          'Knows what learning the role requires and completes the mandatory training the organisation asks for.',
        ),
        t(
          "Yn hunanasesu yn erbyn y fframwaith cymhwysedd, yn cytuno ar gynllun datblygu gyda'i oruchwyliwr, ac yn cadw cofnod o'i ddysgu.",
          'Self-assesses against the competency framework, agrees a development plan with their supervisor, and keeps a record of their learning.',
        ),
        t(
          "Yn chwilio am gyfleoedd dysgu sy'n llenwi bylchau penodol, ac yn rhannu'r hyn a ddysgodd gyda'r tîm.",
          'Seeks out learning opportunities that fill specific gaps, and shares what they have learned with the team.',
        ),
        t(
          'Yn cynllunio dysgu a datblygu ar gyfer tîm neu wasanaeth ar sail hunanasesiadau, ac yn cyfrannu at hyfforddiant ymarferwyr ar draws Cymru.',
          'Plans learning and development for a team or service on the basis of self-assessments, and contributes to training practitioners across Wales.',
        ),
      ),
      terms: ['competency-framework', 'reflective-practice', 'supervision'],
    },
  ],
};

export const framework: z.input<typeof CompetencyFramework> = {
  version: '1.0',
  published: '2026-11-24',
  workingVersion: true,
  title: t(
    'Fframwaith cymhwysedd ar gyfer ymarferwyr presgripsiynu cymdeithasol',
    'Competency framework for social prescribing practitioners',
  ),
  introduction: t(
    para(
      "Mae'r fframwaith cymhwysedd hwn yn disgrifio'r wybodaeth, y sgiliau a'r ymddygiad sydd eu hangen ar ymarferydd presgripsiynu cymdeithasol yng Nghymru, pa un a yw'n gweithio i fwrdd iechyd, mewn practis meddyg teulu, i awdurdod lleol neu yn y trydydd sector. Mae'n un o'r cynhyrchion ategol a gafodd eu henwi yn y Fframwaith Cenedlaethol ar gyfer Presgripsiynu Cymdeithasol.",
      "Mae'r cymwyseddau wedi'u trefnu'n saith maes, o ymarfer sy'n canolbwyntio ar yr unigolyn i gofnodi a gwerthuso. Ar gyfer pob cymhwysedd mae datganiad o'r hyn y mae'r ymarferydd yn ei wneud, a disgrifiad o sut olwg sydd arno ar bedair lefel: Gwybodus, Medrus, Uwch ac Arbenigol.",
      "Gallwch ei ddefnyddio i hunanasesu, i baratoi ar gyfer goruchwyliaeth, i gynllunio eich datblygiad eich hun neu ddatblygiad tîm, ac i lunio swydd-ddisgrifiadau a rhaglenni hyfforddi. Nid yw pob ymarferydd i fod ar y lefel uchaf ym mhob maes: mae'r lefel gywir yn dibynnu ar y rôl.",
      "Fersiwn waith yw hon. Pan fydd Llywodraeth Cymru yn cyhoeddi testun swyddogol y fframwaith cymhwysedd, byddwn yn cyhoeddi fersiwn newydd, a bydd hunanasesiadau a wnaed yn erbyn y fersiwn hon yn dal i fod ar gael i'w darllen.",
    ),
    para(
      'This competency framework describes the knowledge, skills and behaviours that a social prescribing practitioner in Wales needs, whether they work for a health board, in a GP practice, for a local authority or in the third sector. It is one of the supporting products named in the National Framework for Social Prescribing.',
      'The competencies are arranged in seven domains, from person-centred practice to recording and evaluation. For each competency there is a statement of what the practitioner does, and a description of what it looks like at four levels: Informed, Skilled, Enhanced and Expert.',
      'You can use it to assess yourself, to prepare for supervision, to plan your own development or a team’s, and to write job descriptions and training programmes. Not every practitioner is meant to be at the top level in every domain: the right level depends on the role.',
      'This is a working version. When the Welsh Government publishes the official text of the competency framework, we will publish a new version, and self-assessments made against this version will remain available to read.',
    ),
  ),
  basis: t(
    para(
      "Nid oedd testun swyddogol fframwaith cymhwysedd Cymru ar gael pan ysgrifennwyd y fersiwn hon, felly mae wedi'i llunio o'r hyn sy'n hysbys. Y brif sail yw astudiaeth mapio cysyniadau grŵp gan Wallace a chydweithwyr (2021), a drefnodd 101 o ddatganiadau am rolau presgripsiynwyr cymdeithasol yng Nghymru yn saith clwstwr: darparu gwasanaeth arbenigol; gweithio mewn ffordd sy'n canolbwyntio ar yr unigolyn; sgiliau; cysylltu cleientiaid â'r gymuned; cydweithio; gwerthuso a dyletswyddau ar ôl y rhaglen; a rhwydweithio a'r gymuned. Y clwstwr sgiliau a gafodd y sgôr uchaf am bwysigrwydd, ac rydym wedi adlewyrchu hynny drwy roi maes cyfan i gyfathrebu a pherthnasoedd.",
      "Mae'r fersiwn hefyd yn tynnu ar fframwaith datblygu'r gweithlu ar gyfer gweithwyr cyswllt GIG Lloegr, ac ar baragraff 22 o bapur y Cabinet ar y fframwaith cenedlaethol, sy'n dweud y bydd y fframwaith cymhwysedd yn cynnwys gwybodaeth am effaith anghydraddoldebau cymdeithasol ar iechyd, gweithio mewn ffordd gymwys yn ddiwylliannol sy'n gwerthfawrogi amrywiaeth, cydraddoldeb a chynhwysiant, a pharchu credoau, arferion a ffyrdd o fyw. Rydym wedi ychwanegu'r Gymraeg a'r Cynnig Rhagweithiol, diogelu, llywodraethu gwybodaeth a chofnodi data, a ddisgwylir gan wasanaethau iechyd a gofal yng Nghymru.",
      "Mae'r raddfa bedair lefel (Gwybodus, Medrus, Uwch, Arbenigol) yn dilyn arfer cyffredin yng Nghymru o ddisgrifio lefelau ymarfer, er enghraifft pedair lefel fframwaith Cymru sy'n Ystyriol o Drawma. Nid yw wedi'i chadarnhau mai dyma raddfa'r fframwaith swyddogol. Fel yn y fframwaith hwnnw, sbectrwm yw'r lefelau, nid hierarchaeth o bobl.",
    ),
    para(
      'The official text of the Welsh competency framework was not available when this version was written, so it has been built from what is known. Its main basis is the group concept mapping study by Wallace and colleagues (2021), which sorted 101 statements about social prescriber roles in Wales into seven clusters: providing a specialist service; working in a person-centred way; skills; connecting clients with community; collaborative working; evaluating and post-programme duties; and networking and community. Participants rated the skills cluster as most important, and we have reflected that by giving communication and relationships a domain of its own.',
      'This version also draws on NHS England’s workforce development framework for link workers, and on paragraph 22 of the Cabinet paper on the national framework, which says that the competency framework will include knowledge of the effect of social inequalities on health, working in a culturally competent way that values diversity, equality and inclusion, and respecting beliefs, practices and ways of life. We have added the Welsh language and the Active Offer, safeguarding, information governance and recording data, which are expected of health and care services in Wales.',
      'The four-level scale (Informed, Skilled, Enhanced, Expert) follows common Welsh practice for describing levels of practice, for example the four levels of the Trauma-Informed Wales framework. It has not been confirmed as the scale of the official framework. As in that framework, the levels are a spectrum, not a hierarchy of people.',
    ),
  ),
  scale: [
    {
      id: 'informed',
      rank: 1,
      name: t('Gwybodus', 'Informed'),
      description: t(
        "Rydych yn deall beth yw'r cymhwysedd a pham mae'n bwysig, ac yn gallu ei esbonio. Rydych yn dal i'w ddatblygu ac yn gweithio gyda chyfarwyddyd neu oruchwyliaeth agos.",
        'You understand what the competency is and why it matters, and can explain it. You are still developing it and work with guidance or close supervision.',
      ),
    },
    {
      id: 'skilled',
      rank: 2,
      name: t('Medrus', 'Skilled'),
      description: t(
        "Rydych yn gwneud hyn yn annibynnol ac yn gyson yn eich gwaith bob dydd, gyda'r rhan fwyaf o unigolion, ac yn gofyn am gymorth pan fydd sefyllfa y tu hwnt i'ch profiad.",
        'You do this independently and consistently in your everyday work, with most of the individuals you support, and you ask for help when a situation is beyond your experience.',
      ),
    },
    {
      // "Uwch", as NHS Wales renders "enhanced" (gwasanaethau uwch): the word Welsh health and
      // care services use, between Medrus and Arbenigol. Never write "lefel uwch" for "a higher
      // level" in the interface: it would read as this level (say "yn uwch na").
      id: 'enhanced',
      rank: 3,
      name: t('Uwch', 'Enhanced'),
      description: t(
        'Rydych yn gwneud hyn yn hyderus mewn sefyllfaoedd cymhleth neu anarferol, yn addasu eich dull, ac mae cydweithwyr yn dod atoch chi am gyngor.',
        'You do this confidently in complex or unusual situations, adapt your approach, and colleagues come to you for advice.',
      ),
    },
    {
      id: 'expert',
      rank: 4,
      name: t('Arbenigol', 'Expert'),
      description: t(
        "Rydych yn arwain yn y maes hwn: yn hyfforddi ac yn goruchwylio eraill, yn gosod safonau i'r gwasanaeth, ac yn dylanwadu ar ymarfer y tu hwnt i'ch tîm chi.",
        'You lead in this area: you train and supervise others, set standards for the service, and influence practice well beyond your own team.',
      ),
    },
  ],
  domains: [domainA, domainB, domainC, domainD, domainE, domainF, domainG],
  sources: ['cabinet-paper-nffsp', 'wallace-2021-gcm', 'nhse-link-worker-wdf', 'trauma-informed-wales', 'more-than-just-words-action-plan'],
};
