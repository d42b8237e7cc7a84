CREATE TABLE `asset_assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`standards_version` text NOT NULL,
	`lang` text NOT NULL,
	`data` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`answered` integer DEFAULT 0 NOT NULL,
	`total` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_by` text,
	`submitted_at` integer,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asset_assessments_submitted_ck" CHECK((status = 'submitted') = (submitted_at IS NOT NULL AND submitted_by IS NOT NULL)),
	CONSTRAINT "asset_assessments_complete_ck" CHECK(status = 'draft' OR answered = total)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asset_assessments_one_draft_uq` ON `asset_assessments` (`asset_id`) WHERE status = 'draft';--> statement-breakpoint
CREATE INDEX `asset_assessments_asset_idx` ON `asset_assessments` (`asset_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `asset_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`email` text NOT NULL,
	`invited_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `asset_invitations_email_idx` ON `asset_invitations` (`email`);--> statement-breakpoint
CREATE INDEX `asset_invitations_asset_idx` ON `asset_invitations` (`asset_id`);--> statement-breakpoint
CREATE TABLE `asset_members` (
	`user_id` text NOT NULL,
	`asset_id` text NOT NULL,
	`added_by` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `asset_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `asset_members_asset_idx` ON `asset_members` (`asset_id`);--> statement-breakpoint
CREATE TABLE `asset_peer_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`assessment_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`reviewer_kind` text NOT NULL,
	`reviewer_name` text,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `asset_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asset_peer_invitations_token_hash_unique` ON `asset_peer_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `asset_peer_invitations_assessment_idx` ON `asset_peer_invitations` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `asset_peer_reviews` (
	`invitation_id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`ratings` text NOT NULL,
	`summary` text,
	`rev` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	FOREIGN KEY (`invitation_id`) REFERENCES `asset_peer_invitations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `asset_assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asset_peer_reviews_ratings_ck" CHECK(json_valid(ratings))
);
--> statement-breakpoint
CREATE INDEX `asset_peer_reviews_assessment_idx` ON `asset_peer_reviews` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `asset_register` (
	`asset_id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`consent_given_at` integer NOT NULL,
	`consent_given_by` text NOT NULL,
	`withdrawn_at` integer,
	`withdrawn_by` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assessment_id`) REFERENCES `asset_assessments`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asset_register_withdrawn_ck" CHECK((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
--> statement-breakpoint
CREATE INDEX `asset_register_withdrawn_idx` ON `asset_register` (`withdrawn_at`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`name_cy` text NOT NULL,
	`name_en` text NOT NULL,
	`type` text NOT NULL,
	`local_authority` text NOT NULL,
	`health_board` text NOT NULL,
	`region` text NOT NULL,
	`area_served` text DEFAULT '{"localAuthorities":[],"healthBoards":[]}' NOT NULL,
	`activity_types` text DEFAULT '[]' NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`archived_at` integer
);
--> statement-breakpoint
CREATE INDEX `assets_region_idx` ON `assets` (`region`);--> statement-breakpoint
-- Hand-written (drizzle cannot express triggers). Submitted self-assessments and submitted
-- peer reviews are immutable; a draft's rev only goes up by one per save (two saves from the
-- same rev cannot both land); peer invitations and the register only point at a submitted
-- assessment of the same asset; an archived asset is read-only and leaves the register.
CREATE TRIGGER `asset_assessments_submitted_no_update` BEFORE UPDATE ON `asset_assessments`
WHEN OLD.status = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'asset_assessments: a submitted assessment is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_assessments_submitted_no_delete` BEFORE DELETE ON `asset_assessments`
WHEN OLD.status = 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'asset_assessments: a submitted assessment is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_assessments_rev_step` BEFORE UPDATE ON `asset_assessments`
WHEN NEW.rev <> OLD.rev + 1
BEGIN
  SELECT RAISE(ABORT, 'draft-conflict');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_assessments_fixed` BEFORE UPDATE ON `asset_assessments`
WHEN NEW.asset_id IS NOT OLD.asset_id OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN
  SELECT RAISE(ABORT, 'asset_assessments: asset and creation are fixed');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_assessments_archived_insert` BEFORE INSERT ON `asset_assessments`
WHEN (SELECT archived_at FROM assets WHERE id = NEW.asset_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_assessments_archived_update` BEFORE UPDATE ON `asset_assessments`
WHEN (SELECT archived_at FROM assets WHERE id = NEW.asset_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `assets_archived_no_update` BEFORE UPDATE ON `assets`
WHEN OLD.archived_at IS NOT NULL AND NEW.archived_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `assets_no_delete` BEFORE DELETE ON `assets`
BEGIN
  SELECT RAISE(ABORT, 'assets are archived, never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `assets_archive_withdraws` AFTER UPDATE OF `archived_at` ON `assets`
WHEN OLD.archived_at IS NULL AND NEW.archived_at IS NOT NULL
BEGIN
  UPDATE asset_register SET withdrawn_at = NEW.archived_at, withdrawn_by = 'archived', updated_at = NEW.archived_at
  WHERE asset_id = NEW.id AND withdrawn_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_invitations_submitted_only` BEFORE INSERT ON `asset_peer_invitations`
WHEN (SELECT status FROM asset_assessments WHERE id = NEW.assessment_id AND asset_id = NEW.asset_id) IS NOT 'submitted'
  OR (SELECT archived_at FROM assets WHERE id = NEW.asset_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'peer-review-needs-submitted-assessment');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_invitations_revoke_only` BEFORE UPDATE ON `asset_peer_invitations`
WHEN OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL
  OR NEW.token_hash IS NOT OLD.token_hash OR NEW.asset_id IS NOT OLD.asset_id OR NEW.assessment_id IS NOT OLD.assessment_id
  OR NEW.reviewer_kind IS NOT OLD.reviewer_kind OR NEW.reviewer_name IS NOT OLD.reviewer_name
  OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at OR NEW.expires_at IS NOT OLD.expires_at
BEGIN
  SELECT RAISE(ABORT, 'asset_peer_invitations: an invitation only changes by being revoked, once');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_invitations_no_delete` BEFORE DELETE ON `asset_peer_invitations`
BEGIN
  SELECT RAISE(ABORT, 'asset_peer_invitations: revoke, never delete');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_reviews_open_insert` BEFORE INSERT ON `asset_peer_reviews`
WHEN (SELECT revoked_at FROM asset_peer_invitations WHERE id = NEW.invitation_id) IS NOT NULL
  OR NEW.assessment_id IS NOT (SELECT assessment_id FROM asset_peer_invitations WHERE id = NEW.invitation_id)
  OR (SELECT a.archived_at FROM assets a JOIN asset_assessments s ON s.asset_id = a.id WHERE s.id = NEW.assessment_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'peer-invitation-closed');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_reviews_open_update` BEFORE UPDATE ON `asset_peer_reviews`
WHEN (SELECT revoked_at FROM asset_peer_invitations WHERE id = NEW.invitation_id) IS NOT NULL
  OR NEW.assessment_id IS NOT OLD.assessment_id OR NEW.invitation_id IS NOT OLD.invitation_id
  OR (SELECT a.archived_at FROM assets a JOIN asset_assessments s ON s.asset_id = a.id WHERE s.id = NEW.assessment_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'peer-invitation-closed');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_reviews_submitted_no_update` BEFORE UPDATE ON `asset_peer_reviews`
WHEN OLD.submitted_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset_peer_reviews: a submitted review is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_reviews_rev_step` BEFORE UPDATE ON `asset_peer_reviews`
WHEN NEW.rev <> OLD.rev + 1
BEGIN
  SELECT RAISE(ABORT, 'draft-conflict');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_peer_reviews_submitted_no_delete` BEFORE DELETE ON `asset_peer_reviews`
WHEN OLD.submitted_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset_peer_reviews: a submitted review is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_submitted_insert` BEFORE INSERT ON `asset_register`
WHEN (SELECT status FROM asset_assessments WHERE id = NEW.assessment_id AND asset_id = NEW.asset_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'register-needs-submitted-assessment');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_submitted_update` BEFORE UPDATE ON `asset_register`
WHEN (SELECT status FROM asset_assessments WHERE id = NEW.assessment_id AND asset_id = NEW.asset_id) IS NOT 'submitted'
  OR NEW.asset_id IS NOT OLD.asset_id
BEGIN
  SELECT RAISE(ABORT, 'register-needs-submitted-assessment');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_archived_insert` BEFORE INSERT ON `asset_register`
WHEN NEW.withdrawn_at IS NULL AND (SELECT archived_at FROM assets WHERE id = NEW.asset_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_archived_update` BEFORE UPDATE ON `asset_register`
WHEN NEW.withdrawn_at IS NULL AND (SELECT archived_at FROM assets WHERE id = NEW.asset_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'asset-archived');
END;
--> statement-breakpoint
CREATE TRIGGER `asset_register_no_delete` BEFORE DELETE ON `asset_register`
BEGIN
  SELECT RAISE(ABORT, 'asset_register: withdraw, never delete (consent times stay on record)');
END;
