// Reminder emails (daily Cron Trigger): to the submitters of every organisation with no
// submission for an unlocked period, 7 days before the due date, on the due date and 7 days
// after. Each (organisation, period, kind) is sent once: the reminders_sent row is claimed
// first (INSERT OR IGNORE) and mail goes out only when this run claimed it.

import { and, eq, isNull } from 'drizzle-orm';
import { formatDate } from '../../../content/datetime.ts';
import { isoDay } from '../../../content/returns/status.ts';
import type { Lang } from '../../../content/schema.ts';
import { addDays, dateInWales, periodLabel } from '../../../content/stats/periods.ts';
import * as schema from '../../db/schema.ts';
import type { Bindings } from '../env.ts';
import { drizzleOver } from '../lib/drizzle.ts';
import { sendEmail } from '../lib/email.ts';
import { mailNotConfigured, missingMailSettings } from '../lib/mail-config.ts';
import { submittersQuery } from './queries.ts';

/** "28 Ebrill 2026" / "28 April 2026". (Not Intl: workerd has no Welsh locale data and would write "April 28, 2026".) */

export const REMINDER_KINDS = [
  { kind: 'before', offset: -7 },
  { kind: 'due', offset: 0 },
  { kind: 'after', offset: 7 },
] as const;

export async function sendReminders(
  env: Bindings,
  now: Date = new Date(),
): Promise<{ orgId: string; periodId: string; kind: string; recipients: number }[]> {
  const db = drizzleOver(env.DB);
  const today = dateInWales(now);
  const sent: { orgId: string; periodId: string; kind: string; recipients: number }[] = [];
  const open = (await db.select().from(schema.periods).where(isNull(schema.periods.lockedAt))).filter((p) =>
    REMINDER_KINDS.some((k) => addDays(isoDay(p.dueAt), k.offset) === today),
  );
  if (!open.length) return sent;
  // Without mail settings nothing is claimed, so tomorrow's run (once configured) still sends.
  const missing = missingMailSettings(env);
  if (missing.length) {
    console.error(JSON.stringify({ error: `reminders not sent: ${mailNotConfigured(missing)}` }));
    return sent;
  }
  for (const p of open) {
    const due = isoDay(p.dueAt);
    const kind = REMINDER_KINDS.find((k) => addDays(due, k.offset) === today)!.kind;
    // Active organisations with nothing submitted for the period (the stored latest version, migration 0007).
    const { organisations: o, returns: r } = schema;
    const silent = await db
      .select({ org: o })
      .from(o)
      .leftJoin(r, and(eq(r.orgId, o.id), eq(r.periodId, p.id)))
      .where(and(isNull(o.archivedAt), isNull(r.latestVersionId)));
    for (const { org } of silent) {
      const claim = await env.DB.prepare('INSERT OR IGNORE INTO reminders_sent (org_id, period_id, kind, sent_at) VALUES (?1, ?2, ?3, ?4)')
        .bind(org.id, p.id, kind, now.getTime())
        .run();
      if (!claim.meta.changes) continue;
      const people = await submittersQuery(db, org.id);
      for (const s of people) {
        const vars = (lang: Lang) => ({
          org: lang === 'cy' ? org.nameCy : org.nameEn,
          period: periodLabel(p.id, lang),
          due: formatDate(due, lang),
        });
        await sendEmail(env, s.email, s.lang, {
          subject: 'email.returns.reminder.subject',
          body: `email.returns.reminder.${kind}.body`,
          vars: { cy: vars('cy'), en: vars('en') },
        });
      }
      sent.push({ orgId: org.id, periodId: p.id, kind, recipients: people.length });
    }
  }
  return sent;
}
