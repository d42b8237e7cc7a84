-- The national skills picture reads totals over every quarter: kept here, per framework version,
-- competency, held level, health board and setting, by triggers in the same statement as every
-- contribution (so a read sums nothing), with a counter that moves on every change (so a
-- suppressed picture computed for one state of the counts can be reused until the next).
CREATE TABLE `skills_totals` (
	`framework_version` text NOT NULL,
	`competency_id` text NOT NULL,
	`held` integer NOT NULL,
	`health_board` text DEFAULT '' NOT NULL,
	`setting` text DEFAULT '' NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`framework_version`, `competency_id`, `held`, `health_board`, `setting`)
);
--> statement-breakpoint
CREATE TABLE `skills_state` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`version` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `skills_state` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
INSERT INTO `skills_totals` (`framework_version`, `competency_id`, `held`, `health_board`, `setting`, `count`)
SELECT `framework_version`, `competency_id`, `held`, `health_board`, `setting`, SUM(`count`)
FROM `skills_contributions`
GROUP BY `framework_version`, `competency_id`, `held`, `health_board`, `setting`;
--> statement-breakpoint
CREATE TRIGGER `skills_totals_on_insert` AFTER INSERT ON `skills_contributions`
BEGIN
  INSERT INTO skills_totals (framework_version, competency_id, held, health_board, setting, count)
  VALUES (NEW.framework_version, NEW.competency_id, NEW.held, NEW.health_board, NEW.setting, NEW.count)
  ON CONFLICT (framework_version, competency_id, held, health_board, setting) DO UPDATE SET count = count + excluded.count;
  UPDATE skills_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `skills_totals_on_update` AFTER UPDATE ON `skills_contributions`
BEGIN
  UPDATE skills_totals SET count = count - OLD.count
  WHERE framework_version = OLD.framework_version AND competency_id = OLD.competency_id AND held = OLD.held
    AND health_board = OLD.health_board AND setting = OLD.setting;
  INSERT INTO skills_totals (framework_version, competency_id, held, health_board, setting, count)
  VALUES (NEW.framework_version, NEW.competency_id, NEW.held, NEW.health_board, NEW.setting, NEW.count)
  ON CONFLICT (framework_version, competency_id, held, health_board, setting) DO UPDATE SET count = count + excluded.count;
  UPDATE skills_state SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `skills_totals_on_delete` AFTER DELETE ON `skills_contributions`
BEGIN
  UPDATE skills_totals SET count = count - OLD.count
  WHERE framework_version = OLD.framework_version AND competency_id = OLD.competency_id AND held = OLD.held
    AND health_board = OLD.health_board AND setting = OLD.setting;
  UPDATE skills_state SET version = version + 1 WHERE id = 1;
END;
