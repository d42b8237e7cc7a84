// Emails about returns: to every submitter of the organisation (read with the return's facts,
// so no extra query), each in their language (both languages in the message), all at once. A
// failing mail is logged and never undoes or fails the change.
import type { Lang } from '../../../content/schema.ts';
import type { StringKey } from '../../../content/ui/strings.ts';
import type { Actor } from '../lib/actor.ts';
import type { ReturnFacts } from './queries.ts';

export async function mailSubmitters(
  actor: Pick<Actor, 'mail' | 'requestId'>,
  submitters: ReturnFacts['submitters'],
  template: { subject: StringKey; body: StringKey },
  vars: (lang: Lang) => Record<string, string>,
): Promise<void> {
  await Promise.all(
    submitters.map(async (s) => {
      try {
        await actor.mail(s.email, s.lang, { ...template, vars: { cy: vars('cy'), en: vars('en') } });
      } catch (err) {
        console.error(JSON.stringify({ requestId: actor.requestId, error: `mail to a submitter failed: ${String(err)}` }));
      }
    }),
  );
}
