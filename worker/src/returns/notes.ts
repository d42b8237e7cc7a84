// Comments and follow-up flags on the values of a return (issue 15). A note is appended, never
// changed: it records the field, the latest submitted version (so a comment made on version 1
// stays with version 1 after an amendment), the draft revision and its author. Like every
// returns write: one batch of reads (returnFacts), the checks, then the note and its audit row in
// one batch.
import type { z } from 'zod';
import type { NoteBody } from '../../../content/api/schemas/returns.ts';
import { fieldMap } from '../../../content/dataset/fields.ts';
import { currentDataset } from '../../../content/index.ts';
import { flagRefusal, type NoteKind } from '../../../content/returns/notes.ts';
import { defOf } from '../../../content/returns/status.ts';
import { returnNotes } from '../../db/schema.ts';
import type { Actor } from '../lib/actor.ts';
import { audit } from '../lib/audit.ts';
import { ApiError } from '../lib/http.ts';
import { assertNotArchived } from '../lib/organisations.ts';
import { dbRefusal } from './db-refusal.ts';
import { known, returnFacts } from './queries.ts';
import { noteDto } from './views.ts';

const KIND_OF = { raise: 'flag', clear: 'unflag' } as const satisfies Record<string, NoteKind>;

/** The author: a signed-in person (a note needs one; an API key cannot write notes), as shown. */
export type NoteAuthor = Actor & { userId: string; orgIds: readonly string[]; shown: string };

export async function addNote(actor: NoteAuthor, orgId: string, periodId: string, body: z.output<typeof NoteBody>) {
  const { db } = actor;
  const f = await returnFacts(db, orgId, periodId);
  const { period, org } = known(f);
  if (period.lockedAt !== null) throw new ApiError(423, 'period-locked');
  assertNotArchived(org);
  if (!f.ret) throw new ApiError(404, 'not-found');
  if (!fieldMap(defOf(f.ret.datasetVersion ?? currentDataset.version)).has(body.field))
    throw new ApiError(400, 'validation', {}, [{ field: 'field', key: 'error.returns.field.note-field' }]);
  const kind: NoteKind = body.flag ? KIND_OF[body.flag] : 'comment';
  const refusal = flagRefusal(
    f.notes.map((x) => x.n),
    body.field,
    kind,
  );
  if (refusal) throw new ApiError(409, refusal);
  const row = {
    id: crypto.randomUUID(),
    returnId: f.ret.id,
    field: body.field,
    version: f.versions.at(-1)?.v.version ?? null,
    draftRev: f.ret.draftRev,
    kind,
    body: body.body,
    authorId: actor.userId,
    authorSide: actor.orgIds.includes(orgId) ? 'organisation' : 'national',
    redacted: false,
    createdAt: actor.now,
  } as const;
  try {
    await db.batch([
      db.insert(returnNotes).values(row),
      audit(actor, {
        action: kind === 'flag' ? 'return.note.flag' : kind === 'unflag' ? 'return.note.unflag' : 'return.note.comment',
        entityType: 'return',
        entityId: f.ret.id,
        // The note's text stays in its own row (erasure redacts it there), never in the log.
        after: { note: row.id, field: row.field, version: row.version, rev: row.draftRev },
      }),
    ]);
  } catch (err) {
    throw dbRefusal(err) ?? err;
  }
  return { note: noteDto({ n: row, author: actor.shown }) };
}
