CREATE TABLE `assessment_shares` (
	`id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`supervisor_name` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_shares_token_hash_unique` ON `assessment_shares` (`token_hash`);--> statement-breakpoint
CREATE INDEX `assessment_shares_assessment_idx` ON `assessment_shares` (`assessment_id`);--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`framework_version` text NOT NULL,
	`data` text NOT NULL,
	`rev` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`answered` integer DEFAULT 0 NOT NULL,
	`total` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`completed_at` integer,
	`contributed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assessments_user_idx` ON `assessments` (`user_id`);--> statement-breakpoint
CREATE TABLE `skills_contributions` (
	`quarter` text NOT NULL,
	`framework_version` text NOT NULL,
	`competency_id` text NOT NULL,
	`held` integer NOT NULL,
	`health_board` text DEFAULT '' NOT NULL,
	`setting` text DEFAULT '' NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`quarter`, `framework_version`, `competency_id`, `held`, `health_board`, `setting`)
);
--> statement-breakpoint
CREATE TABLE `supervisor_views` (
	`share_id` text PRIMARY KEY NOT NULL,
	`assessment_id` text NOT NULL,
	`ratings` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`share_id`) REFERENCES `assessment_shares`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade
);
