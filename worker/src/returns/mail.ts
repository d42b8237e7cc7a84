// Emails about returns: to every submitter of the organisation (read with the return's facts,
// so no extra query), each in their language (both languages in the message). Where mail is the
// local outbox (development and tests), the messages are rows in the change's own batch: no
// round trip of their own, and none without the change. Where mail is sent, it goes after the
// change commits, all at once; a failing mail is logged and never undoes or fails the change.
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { Actor } from '../lib/actor.ts';
import type { OutboxRow, Template } from '../lib/email.ts';
import { type ReturnFacts, SUBMITTERS_SQL, submittersOf, submittersStatement } from './queries.ts';

type MailActor = Pick<Actor, 'mail' | 'mailRow' | 'requestId'>;

export interface SubmitterMail {
  /** Outbox rows to write in the change's batch (empty where mail is sent). */
  rows: OutboxRow[];
  /** Sends the messages once the change has committed (nothing to do where they are rows). */
  send: () => Promise<void>;
}

export function submitterMail(
  actor: MailActor,
  submitters: ReturnFacts['submitters'],
  template: { subject: StringKey; body: StringKey },
  vars: (lang: Lang) => Record<string, string>,
): SubmitterMail {
  const tpl = { ...template, vars: { cy: vars('cy'), en: vars('en') } };
  const rows = submitters.map((s) => actor.mailRow(s.email, s.lang, tpl));
  if (rows.every((r): r is OutboxRow => r !== null)) return { rows, send: async () => {} };
  return { rows: [], send: () => sendAll(actor, submitters, tpl) };
}

// A v4 UUID made by SQLite, as crypto.randomUUID() makes the outbox's other ids.
const UUID_SQL = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
// One row per submitter as the batch finds them (the submitters read itself, ?1 the
// organisation), in their language: ?2/?3 the Welsh subject and text, ?4/?5 the English. Spelt
// as lib/email.ts spells the outbox's other insert, so the round-trip test knows it for the mail service.
const OUTBOX_TO_SUBMITTERS = `insert into "outbox" ("id", "to", "subject", "text", "created_at")
  SELECT ${UUID_SQL}, s.email, CASE s.lang WHEN 'en' THEN ?4 ELSE ?2 END, CASE s.lang WHEN 'en' THEN ?5 ELSE ?3 END, ?6
  FROM (${SUBMITTERS_SQL}) s`;

/**
 * The same messages, for a change decided without reading the submitters first (a submission in
 * one round trip): in the local outbox, one statement in the change's batch writes them; where
 * mail is sent, the statement reads the submitters in that batch and `send` mails them after.
 */
export function submitterMailInBatch(
  actor: MailActor,
  d1: D1Database | D1DatabaseSession,
  orgId: string,
  template: { subject: StringKey; body: StringKey },
  vars: (lang: Lang) => Record<string, string>,
): { statement: D1PreparedStatement; send: (result: D1Result) => Promise<void> } {
  const tpl = { ...template, vars: { cy: vars('cy'), en: vars('en') } };
  const [cy, en] = [actor.mailRow('', 'cy', tpl), actor.mailRow('', 'en', tpl)];
  if (cy && en)
    return {
      statement: d1.prepare(OUTBOX_TO_SUBMITTERS).bind(orgId, cy.subject, cy.text, en.subject, en.text, cy.createdAt),
      send: async () => {},
    };
  return { statement: submittersStatement(d1, orgId), send: (result) => sendAll(actor, submittersOf(result), tpl) };
}

async function sendAll(actor: MailActor, submitters: ReturnFacts['submitters'], tpl: Template) {
  await Promise.all(
    submitters.map(async (s) => {
      try {
        await actor.mail(s.email, s.lang, tpl);
      } catch (err) {
        console.error(JSON.stringify({ requestId: actor.requestId, error: `mail to a submitter failed: ${String(err)}` }));
      }
    }),
  );
}
