-- A responsibility letter may assign an indicator without a numeric target: qualitative tasks
-- (党的建设, 社会稳定) are graded by level, ranked ones by comparison. Whether an indicator needs a
-- target is the scoring rulebook's rule; computing a cycle names every assignment that lacks one.
ALTER TABLE target ALTER COLUMN target_value DROP NOT NULL;
