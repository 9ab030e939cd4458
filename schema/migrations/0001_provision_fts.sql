-- Full-text index over provision headings and own text (FTS5, external content, kept in step by triggers).
-- Porter stemming so "intercepts" finds "interception"; drizzle-kit cannot declare virtual tables.
CREATE VIRTUAL TABLE `provision_fts` USING fts5(heading, text, content='provisions', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_insert` AFTER INSERT ON `provisions` BEGIN
  INSERT INTO provision_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_delete` AFTER DELETE ON `provisions` BEGIN
  INSERT INTO provision_fts(provision_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `provisions_fts_update` AFTER UPDATE ON `provisions` BEGIN
  INSERT INTO provision_fts(provision_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
  INSERT INTO provision_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
