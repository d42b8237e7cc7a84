CREATE TABLE `open_data_releases` (
	`period_id` text PRIMARY KEY NOT NULL,
	`first_published_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `periods` (
	`id` text PRIMARY KEY NOT NULL,
	`opens_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`locked_at` integer,
	`locked_by` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reminders_sent` (
	`org_id` text NOT NULL,
	`period_id` text NOT NULL,
	`kind` text NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`org_id`, `period_id`, `kind`)
);
--> statement-breakpoint
CREATE TABLE `return_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`decision` text NOT NULL,
	`comment` text,
	`reviewer_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `return_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `return_reviews_version_id_unique` ON `return_reviews` (`version_id`);--> statement-breakpoint
CREATE TABLE `return_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`return_id` text NOT NULL,
	`version` integer NOT NULL,
	`reference` text NOT NULL,
	`values` text NOT NULL,
	`explanations` text NOT NULL,
	`dataset_version` text NOT NULL,
	`submitted_by_user_id` text,
	`api_key_id` text,
	`via` text NOT NULL,
	`declaration_name` text NOT NULL,
	`amendment_reason` text,
	`idempotency_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `returns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `return_versions_reference_unique` ON `return_versions` (`reference`);--> statement-breakpoint
CREATE UNIQUE INDEX `return_versions_version_uq` ON `return_versions` (`return_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `return_versions_idem_uq` ON `return_versions` (`return_id`,`idempotency_key`);--> statement-breakpoint
CREATE TABLE `returns` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`period_id` text NOT NULL,
	`dataset_version` text NOT NULL,
	`draft_values` text NOT NULL,
	`draft_explanations` text NOT NULL,
	`draft_rev` integer NOT NULL,
	`draft_updated_at` integer NOT NULL,
	`draft_updated_by` text,
	`draft_source` text DEFAULT 'web' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `returns_org_period_uq` ON `returns` (`org_id`,`period_id`);--> statement-breakpoint
CREATE INDEX `returns_period_idx` ON `returns` (`period_id`);