CREATE TABLE `categories` (
	`id` text PRIMARY KEY NOT NULL,
	`group` text NOT NULL,
	`title` text NOT NULL,
	`ordinal` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `crosswalk_refs` (
	`category` text NOT NULL,
	`source` text NOT NULL,
	`reference` text NOT NULL,
	`confidence` text NOT NULL,
	PRIMARY KEY(`category`, `source`),
	FOREIGN KEY (`category`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `defined_terms` (
	`provision_id` integer NOT NULL,
	`term` text NOT NULL,
	PRIMARY KEY(`provision_id`, `term`),
	FOREIGN KEY (`provision_id`) REFERENCES `provisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `defined_terms_term` ON `defined_terms` (`term`);--> statement-breakpoint
CREATE TABLE `instrument_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`instrument` text NOT NULL,
	`as_at` text NOT NULL,
	`title` text NOT NULL,
	`short_title` text NOT NULL,
	`status` text NOT NULL,
	`source_url` text NOT NULL,
	`source_note` text NOT NULL,
	`language` text NOT NULL,
	`citation_prefix` text,
	`suspended` text NOT NULL,
	`content_hash` text NOT NULL,
	`source_path` text NOT NULL,
	`ingested_at` text NOT NULL,
	FOREIGN KEY (`instrument`) REFERENCES `instruments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `instrument_versions_as_at` ON `instrument_versions` (`instrument`,`as_at`);--> statement-breakpoint
CREATE TABLE `instruments` (
	`id` text PRIMARY KEY NOT NULL,
	`jurisdiction` text NOT NULL,
	`kind` text NOT NULL,
	FOREIGN KEY (`jurisdiction`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `instruments_jurisdiction` ON `instruments` (`jurisdiction`);--> statement-breakpoint
CREATE TABLE `jurisdictions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `provision_elements` (
	`provision_id` integer PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`elements` text NOT NULL,
	FOREIGN KEY (`provision_id`) REFERENCES `provisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `provisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`version` text NOT NULL,
	`parent_id` integer,
	`ordinal` integer NOT NULL,
	`depth` integer NOT NULL,
	`kind` text NOT NULL,
	`e_id` text NOT NULL,
	`num` text,
	`heading` text,
	`citation` text NOT NULL,
	`section` text,
	`term` text,
	`text` text NOT NULL,
	`full_text` text NOT NULL,
	`suspended` integer DEFAULT false NOT NULL,
	`line` integer NOT NULL,
	FOREIGN KEY (`version`) REFERENCES `instrument_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provisions_key` ON `provisions` (`key`);--> statement-breakpoint
CREATE INDEX `provisions_version_ordinal` ON `provisions` (`version`,`ordinal`);--> statement-breakpoint
CREATE INDEX `provisions_parent` ON `provisions` (`parent_id`);--> statement-breakpoint
CREATE INDEX `provisions_section` ON `provisions` (`version`,`section`);--> statement-breakpoint
CREATE TABLE `tags` (
	`provision_id` integer NOT NULL,
	`category` text NOT NULL,
	`score` real NOT NULL,
	`level` text NOT NULL,
	`evidence` text NOT NULL,
	`tagger_version` text NOT NULL,
	PRIMARY KEY(`provision_id`, `category`),
	FOREIGN KEY (`provision_id`) REFERENCES `provisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tags_category` ON `tags` (`category`);