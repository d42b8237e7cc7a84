ALTER TABLE `return_versions` ADD `draft_rev` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `return_versions_draft_rev_uq` ON `return_versions` (`return_id`,`draft_rev`);--> statement-breakpoint
-- Hand-written from here (drizzle cannot express triggers). Issue 13: integrity and privacy.
--
-- 1. Submitting consumes the draft revision. A version made by the API names the draft
--    revision it was submitted from (draft_rev): the unique index above lets each revision
--    be submitted once, this trigger refuses one that is no longer the draft's, and the next
--    one refuses a version identical to the latest. (Rows without draft_rev are older
--    versions, or bulk data written straight into the database.)
CREATE TRIGGER `return_versions_current_draft` BEFORE INSERT ON `return_versions`
WHEN NEW.draft_rev IS NOT NULL AND NEW.draft_rev IS NOT (SELECT draft_rev FROM returns WHERE id = NEW.return_id)
BEGIN
  SELECT RAISE(ABORT, 'draft-conflict');
END;
--> statement-breakpoint
CREATE TRIGGER `return_versions_no_repeat` BEFORE INSERT ON `return_versions`
WHEN NEW.draft_rev IS NOT NULL AND EXISTS (
  SELECT 1 FROM return_versions v
  WHERE v.return_id = NEW.return_id
    AND v.version = (SELECT MAX(version) FROM return_versions WHERE return_id = NEW.return_id)
    AND v."values" = NEW."values" AND v.explanations = NEW.explanations
)
BEGIN
  SELECT RAISE(ABORT, 'no-changes');
END;
--> statement-breakpoint
-- 2. An archived organisation is read-only: nothing new is written for it, and the
--    organisation itself cannot be edited while archived (clearing archived_at restores it).
CREATE TRIGGER `organisations_archived_update` BEFORE UPDATE ON `organisations`
WHEN OLD.archived_at IS NOT NULL AND NEW.archived_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_org_archived_insert` BEFORE INSERT ON `returns`
WHEN (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_org_archived_update` BEFORE UPDATE ON `returns`
WHEN (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `return_versions_org_archived` BEFORE INSERT ON `return_versions`
WHEN (SELECT o.archived_at FROM returns r JOIN organisations o ON o.id = r.org_id WHERE r.id = NEW.return_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_org_archived` BEFORE INSERT ON `return_reviews`
WHEN (
  SELECT o.archived_at FROM return_versions v JOIN returns r ON r.id = v.return_id JOIN organisations o ON o.id = r.org_id
  WHERE v.id = NEW.version_id
) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `api_keys_org_archived` BEFORE INSERT ON `api_keys`
WHEN (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_org_archived` BEFORE INSERT ON `memberships`
WHEN (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `invitations_org_archived` BEFORE INSERT ON `invitations`
WHEN NEW.org_id IS NOT NULL AND (SELECT archived_at FROM organisations WHERE id = NEW.org_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'org-archived');
END;
--> statement-breakpoint
-- 3. Nobody reviews their own work: not a reviewer who submitted any version of the return,
--    nor one who is a member of its organisation.
CREATE TRIGGER `return_reviews_not_own` BEFORE INSERT ON `return_reviews`
WHEN EXISTS (
  SELECT 1 FROM return_versions v JOIN return_versions mine ON mine.return_id = v.return_id
  WHERE v.id = NEW.version_id AND mine.submitted_by_user_id = NEW.reviewer_id
) OR EXISTS (
  SELECT 1 FROM return_versions v JOIN returns r ON r.id = v.return_id JOIN memberships m ON m.org_id = r.org_id
  WHERE v.id = NEW.version_id AND m.user_id = NEW.reviewer_id
)
BEGIN
  SELECT RAISE(ABORT, 'own-return');
END;
--> statement-breakpoint
-- 4. Erasure. A submitted version stays immutable, except that erasing the account of the
--    person who submitted it blanks the name they typed in the declaration: the only change
--    the trigger lets through.
DROP TRIGGER `return_versions_no_update`;
--> statement-breakpoint
CREATE TRIGGER `return_versions_no_update` BEFORE UPDATE ON `return_versions`
WHEN NOT (
  NEW.declaration_name = '' AND NEW.id IS OLD.id AND NEW.return_id IS OLD.return_id AND NEW.version IS OLD.version
  AND NEW.reference IS OLD.reference AND NEW."values" IS OLD."values" AND NEW.explanations IS OLD.explanations
  AND NEW.dataset_version IS OLD.dataset_version AND NEW.submitted_by_user_id IS OLD.submitted_by_user_id
  AND NEW.api_key_id IS OLD.api_key_id AND NEW.via IS OLD.via AND NEW.amendment_reason IS OLD.amendment_reason
  AND NEW.idempotency_key IS OLD.idempotency_key AND NEW.created_at IS OLD.created_at AND NEW.draft_rev IS OLD.draft_rev
)
BEGIN
  SELECT RAISE(ABORT, 'return_versions is immutable');
END;
--> statement-breakpoint
-- 5. The audit log keeps no personal data: invitation entries no longer copy the address (the
--    invitation row, which erasure deletes, holds it) and submission entries no longer copy
--    the declaration name (the version row holds it). Remove both from the entries already
--    written: the one change ever made to the append-only log, recorded in the log itself.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
UPDATE `audit_log` SET
  `before` = CASE WHEN json_valid(`before`) THEN json_remove(`before`, '$.email') ELSE `before` END,
  `after` = CASE WHEN json_valid(`after`) THEN json_remove(`after`, '$.email') ELSE `after` END
WHERE `entity_type` = 'invitation';
--> statement-breakpoint
UPDATE `audit_log` SET `after` = json_remove(`after`, '$.declarationName')
WHERE `action` = 'return.submit' AND json_valid(`after`);
--> statement-breakpoint
INSERT INTO `audit_log` (`at`, `actor_user_id`, `actor_api_key_id`, `action`, `entity_type`, `entity_id`, `before`, `after`, `request_id`)
SELECT
  CAST(unixepoch('subsec') * 1000 AS INTEGER), NULL, NULL, 'audit_log.redact', 'audit_log', 'migration-0005', NULL,
  '{"removed":["email from invitation entries","declarationName from return.submit entries"]}', 'migration-0005'
WHERE EXISTS (SELECT 1 FROM `audit_log` WHERE `entity_type` = 'invitation' OR `action` = 'return.submit');
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
