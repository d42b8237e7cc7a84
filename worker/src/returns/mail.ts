// Emails about returns: to every submitter of the organisation (read with the return's facts,
// so no extra query), each in their language (both languages in the message). Where mail is the
// local outbox (development and tests), the messages are rows in the change's own batch: no
// round trip of their own, and none without the change. Where mail is sent, it goes after the
// change commits, all at once; a failing mail is logged and never undoes or fails the change.
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { Actor } from '../lib/actor.ts';
import type { OutboxRow } from '../lib/email.ts';
import type { ReturnFacts } from './queries.ts';

export interface SubmitterMail {
  /** Outbox rows to write in the change's batch (empty where mail is sent). */
  rows: OutboxRow[];
  /** Sends the messages once the change has committed (nothing to do where they are rows). */
  send: () => Promise<void>;
}

export function submitterMail(
  actor: Pick<Actor, 'mail' | 'mailRow' | 'requestId'>,
  submitters: ReturnFacts['submitters'],
  template: { subject: StringKey; body: StringKey },
  vars: (lang: Lang) => Record<string, string>,
): SubmitterMail {
  const tpl = { ...template, vars: { cy: vars('cy'), en: vars('en') } };
  const rows = submitters.map((s) => actor.mailRow(s.email, s.lang, tpl));
  if (rows.every((r): r is OutboxRow => r !== null)) return { rows, send: async () => {} };
  return {
    rows: [],
    send: async () => {
      await Promise.all(
        submitters.map(async (s) => {
          try {
            await actor.mail(s.email, s.lang, tpl);
          } catch (err) {
            console.error(JSON.stringify({ requestId: actor.requestId, error: `mail to a submitter failed: ${String(err)}` }));
          }
        }),
      );
    },
  };
}
