CREATE TABLE `jurisdiction_coverage` (
	`jurisdiction` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`candidates` integer NOT NULL,
	PRIMARY KEY(`jurisdiction`, `category`),
	FOREIGN KEY (`jurisdiction`) REFERENCES `jurisdictions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
