-- Custom SQL migration (hand-written; drizzle cannot express triggers).
-- Submitted versions and reviews are immutable; a draft's revision only goes up by one (so two
-- saves from the same revision cannot both land); nothing is written into a locked period.
CREATE TRIGGER `return_versions_no_update` BEFORE UPDATE ON `return_versions`
BEGIN
  SELECT RAISE(ABORT, 'return_versions is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `return_versions_no_delete` BEFORE DELETE ON `return_versions`
BEGIN
  SELECT RAISE(ABORT, 'return_versions is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_no_update` BEFORE UPDATE ON `return_reviews`
BEGIN
  SELECT RAISE(ABORT, 'return_reviews is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_no_delete` BEFORE DELETE ON `return_reviews`
BEGIN
  SELECT RAISE(ABORT, 'return_reviews is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_rev_step` BEFORE UPDATE ON `returns`
WHEN NEW.draft_rev <> OLD.draft_rev + 1
BEGIN
  SELECT RAISE(ABORT, 'draft-conflict');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_no_delete` BEFORE DELETE ON `returns`
BEGIN
  SELECT RAISE(ABORT, 'returns are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_locked_insert` BEFORE INSERT ON `returns`
WHEN (SELECT locked_at FROM periods WHERE id = NEW.period_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
--> statement-breakpoint
CREATE TRIGGER `returns_locked_update` BEFORE UPDATE ON `returns`
WHEN (SELECT locked_at FROM periods WHERE id = NEW.period_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
--> statement-breakpoint
CREATE TRIGGER `return_versions_locked` BEFORE INSERT ON `return_versions`
WHEN (SELECT p.locked_at FROM returns r JOIN periods p ON p.id = r.period_id WHERE r.id = NEW.return_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
--> statement-breakpoint
CREATE TRIGGER `return_reviews_locked` BEFORE INSERT ON `return_reviews`
WHEN (SELECT p.locked_at FROM return_versions v JOIN returns r ON r.id = v.return_id JOIN periods p ON p.id = r.period_id WHERE v.id = NEW.version_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'period-locked');
END;
