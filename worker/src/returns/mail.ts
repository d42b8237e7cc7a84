// Emails about returns: to every submitter of the organisation, each in their language (both
// languages in the message). A failing mail is logged and never undoes or fails the change.
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { Actor } from '../lib/actor.ts';
import { submittersOf } from './queries.ts';

export async function mailSubmitters(
  actor: Pick<Actor, 'db' | 'mail' | 'requestId'>,
  orgId: string,
  template: { subject: StringKey; body: StringKey },
  vars: (lang: Lang) => Record<string, string>,
): Promise<void> {
  for (const s of await submittersOf(actor.db, orgId)) {
    try {
      await actor.mail(s.email, s.lang, { ...template, vars: { cy: vars('cy'), en: vars('en') } });
    } catch (err) {
      console.error(JSON.stringify({ requestId: actor.requestId, error: `mail to a submitter of ${orgId} failed: ${String(err)}` }));
    }
  }
}
