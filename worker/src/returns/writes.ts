// The hot writes of a return (every draft save, every submission) as plain statements with
// bound parameters: their SQL is a constant, where building them with drizzle's query builder
// cost more CPU than SQLite spent running them. JSON columns are stored as drizzle stores them
// (JSON text); columns left out take their defaults. The triggers that guard them are in
// migrations 0004, 0005 and 0007 (revision step, lock, archive, immutability, derived status).
//
// What each write costs the database (EXPLAIN QUERY PLAN of the statement and of its triggers):
//   draft save   UPDATE returns … WHERE id: SEARCH USING INDEX sqlite_autoindex_returns_1 (id=?);
//                its triggers (UPDATE OF the draft columns only) read periods and organisations
//                by primary key; no index holds a draft column, so no index entry changes, and
//                no national sum moves (returns_accepted_sums fires on the accepted version only).
//                The audit row records only what changed (changedFields), one audit_entity_idx entry.
//   submission   INSERT return_versions SELECT … FROM returns by primary key (the draft is copied
//                there, not sent): its BEFORE triggers read returns, periods, organisations by
//                primary key and the latest version through return_versions_version_uq
//                (return_id=? AND version=?, MAX by the covering index); return_versions_derive
//                updates the return by primary key (first submission: NOT EXISTS through the same
//                covering index, return_id=? AND version<?).
import type { Explanations, Values } from '../../../content/returns/status.ts';
import type { Db } from '../lib/actor.ts';
import type { HeldCheck } from '../lib/held-checks.ts';

export interface DraftWrite {
  values: Values;
  explanations: Explanations;
  rev: number;
  at: number;
  by: string | null;
  source: 'web' | 'csv' | 'api';
}

// SEARCH returns USING INDEX sqlite_autoindex_returns_1 (id=?)
const UPDATE_DRAFT_SQL = `UPDATE returns SET draft_values = ?1, draft_explanations = ?2, draft_rev = ?3, draft_updated_at = ?4,
  draft_updated_by = ?5, draft_source = ?6 WHERE id = ?7`;
const INSERT_RETURN_SQL = `INSERT INTO returns (id, org_id, period_id, dataset_version, draft_values, draft_explanations, draft_rev,
  draft_updated_at, draft_updated_by, draft_source, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`;
// The version is the draft at the revision it names: its values, explanations and definition are
// copied by SQLite from the return's row, not sent again (return_versions_current_draft refuses
// the insert unless ?4, the revision submitted, is still the draft's).
// SEARCH r USING INDEX sqlite_autoindex_returns_1 (id=?)
const INSERT_VERSION_SQL = `INSERT INTO return_versions (id, return_id, version, reference, "values", explanations, dataset_version,
  submitted_by_user_id, api_key_id, via, declaration_name, amendment_reason, idempotency_key, created_at, draft_rev)
  SELECT ?1, r.id, ?3, ?5, r.draft_values, r.draft_explanations, r.dataset_version, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?4
  FROM returns r WHERE r.id = ?2`;

export function updateDraft(db: Db, id: string, d: DraftWrite): D1PreparedStatement {
  return db.$client
    .prepare(UPDATE_DRAFT_SQL)
    .bind(JSON.stringify(d.values), JSON.stringify(d.explanations), d.rev, d.at, d.by, d.source, id);
}

// Fails (lib/held-checks.ts) unless the return is still this organisation's for this period at
// the revision a write decided on (a revision names one content of the draft: every change of it
// steps the revision, by trigger), with the same latest and accepted versions, and the
// organisation still has the names held (a submission's mail shows them): returns/commands.ts.
// SEARCH returns USING INDEX sqlite_autoindex_returns_1 (id=?); SEARCH organisations USING INDEX sqlite_autoindex_organisations_1 (id=?)
const RETURN_HELD = `NOT EXISTS
  (SELECT 1 FROM returns r JOIN organisations o ON o.id = r.org_id
   WHERE r.id = ?1 AND r.org_id = ?2 AND r.period_id = ?3 AND r.draft_rev = ?4
   AND r.latest_version IS ?5 AND r.latest_accepted_version_id IS ?6 AND o.name_cy = ?7 AND o.name_en = ?8)`;

export interface HeldReturn {
  id: string;
  orgId: string;
  periodId: string;
  rev: number;
  latestVersion: number | null;
  latestAcceptedVersionId: string | null;
  org: { nameCy: string; nameEn: string };
}

export function returnStillHeld(r: HeldReturn): HeldCheck {
  return {
    failsWhen: RETURN_HELD,
    binds: [r.id, r.orgId, r.periodId, r.rev, r.latestVersion, r.latestAcceptedVersionId, r.org.nameCy, r.org.nameEn],
  };
}

export function insertReturn(
  db: Db,
  r: { id: string; orgId: string; periodId: string; datasetVersion: string; createdAt: number },
  d: DraftWrite,
): D1PreparedStatement {
  return db.$client
    .prepare(INSERT_RETURN_SQL)
    .bind(
      r.id,
      r.orgId,
      r.periodId,
      r.datasetVersion,
      JSON.stringify(d.values),
      JSON.stringify(d.explanations),
      d.rev,
      d.at,
      d.by,
      d.source,
      r.createdAt,
    );
}

export interface VersionWrite {
  id: string;
  returnId: string;
  /** The draft revision submitted: the version holds the draft as it stands at this revision. */
  draftRev: number;
  version: number;
  reference: string;
  submittedByUserId: string | null;
  apiKeyId: string | null;
  via: 'web' | 'csv' | 'api';
  declarationName: string;
  amendmentReason: string | null;
  idempotencyKey: string;
  createdAt: number;
}

export function insertVersion(db: Db, v: VersionWrite): D1PreparedStatement {
  return db.$client
    .prepare(INSERT_VERSION_SQL)
    .bind(
      v.id,
      v.returnId,
      v.version,
      v.draftRev,
      v.reference,
      v.submittedByUserId,
      v.apiKeyId,
      v.via,
      v.declarationName,
      v.amendmentReason,
      v.idempotencyKey,
      v.createdAt,
    );
}
