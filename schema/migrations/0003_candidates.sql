CREATE TABLE `candidates` (
	`provision_id` integer NOT NULL,
	`category` text NOT NULL,
	`score` real NOT NULL,
	`reason` text NOT NULL,
	`evidence` text NOT NULL,
	`tagger_version` text NOT NULL,
	PRIMARY KEY(`provision_id`, `category`),
	FOREIGN KEY (`provision_id`) REFERENCES `provisions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
