// Prints how to sign in as each demo user: address, sign-in page and the outbox.
// Usage: node scripts/print-demo-users.mjs [port]
import { DEMO_API_KEY, DEMO_ASSETS, DEMO_USERS, SUBMITTER_ORG } from './demo-data.mjs';

const port = process.argv[2] || process.env.PORT || '8787';
const base = `http://127.0.0.1:${port}`;
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - s.length));
console.log('Demo users / Defnyddwyr enghreifftiol');
console.log('  Sign in / Mewngofnodi:   ' + `${base}/cy/mewngofnodi/  ·  ${base}/en/sign-in/`);
console.log('  Then open the link in the outbox / Yna agorwch y ddolen yn y blwch negeseuon:');
console.log('                           ' + `${base}/cy/mewngofnodi/blwch-negeseuon/  ·  ${base}/en/sign-in/outbox/`);
for (const u of DEMO_USERS) console.log(`  ${pad(u.email, 26)} ${u.label.en} / ${u.label.cy}`);
console.log(`  (cyflwynydd@demo.cymru submits for ${SUBMITTER_ORG.nameEn} / ${SUBMITTER_ORG.nameCy})`);
console.log(
  `  (grwp-cymunedol@demo.cymru acts for ${DEMO_ASSETS.length} community assets, e.g. ${DEMO_ASSETS[0].nameEn} / ${DEMO_ASSETS[0].nameCy})`,
);
console.log(`  Public register / Cofrestr gyhoeddus: ${base}/api/register?lang=cy  ·  HSDS: ${base}/api/register/hsds/services`);
console.log(`  Demo API key (local only): Authorization: Bearer ${DEMO_API_KEY.key}`);
console.log(`  e.g. curl -H 'Authorization: Bearer ${DEMO_API_KEY.key}' ${base}/api/machine/whoami`);
