-- The tables of the sqlite example: one row per record, each value in the
-- canonical text of its type (codes, counts, dates, periods, ages,
-- amounts), NULL where nothing is recorded. Dates and periods are TEXT,
-- not DATE: a driver reads a column declared DATE as a time.Time, which
-- would turn the month 2023-10 into the day 2023-10-01. Amounts are TEXT,
-- not REAL: a float cannot hold USD 0.10 exactly, and the text keeps the
-- hedge and the equivalents ("more than USD 10000.00 (about SGD
-- 13700.00)").

CREATE TABLE operations (
	id         TEXT PRIMARY KEY,
	name       TEXT,
	lead_name  TEXT,
	lead_rank  TEXT,
	lead_title TEXT,
	period     TEXT,    -- "2023-10-07/2023-10-08"
	scheme     TEXT
);

CREATE TABLE agencies (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	name         TEXT,
	unit         TEXT,
	country      TEXT,  -- "PE"
	part         TEXT,  -- "Lead"
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE places (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	id           TEXT,
	locality     TEXT,
	area         TEXT,  -- personal
	region       TEXT,
	country      TEXT,
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE triggers (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	kind         TEXT,
	people       TEXT,  -- a count: "2", "more than 10"; NULL when not recorded
	note         TEXT,  -- personal
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE criminal_groups (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	id           TEXT NOT NULL,
	name         TEXT,
	origin       TEXT,
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE sources (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	url          TEXT,
	publisher    TEXT,
	title        TEXT,
	published    TEXT,  -- a date: "2023-10-09"
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE victims (
	operation_id         TEXT NOT NULL REFERENCES operations(id),
	position             INTEGER NOT NULL,
	id                   TEXT NOT NULL,
	name                 TEXT,  -- personal
	gender               TEXT,
	age                  TEXT,  -- "16", "15-26", "48+"
	nationality          TEXT,  -- "MY"
	trafficking_status   TEXT,
	status               TEXT,
	recruitment_when     TEXT,
	recruitment_locality TEXT,
	recruitment_area     TEXT,  -- personal
	recruitment_region   TEXT,
	recruitment_country  TEXT,
	recruitment_promise  TEXT,  -- personal
	labour_sector        TEXT,
	recruiter_relation   TEXT,
	destination          TEXT,
	exploited_in         TEXT,
	consular_contact     TEXT,
	repatriation_to      TEXT,
	repatriation_status  TEXT,
	repatriation_when    TEXT,
	PRIMARY KEY (operation_id, position),
	UNIQUE (operation_id, id)
);
-- "How many victims of each nationality" reads this index alone.
CREATE INDEX victims_by_nationality ON victims (nationality);

CREATE TABLE suspects (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	position     INTEGER NOT NULL,
	id           TEXT NOT NULL,
	name         TEXT,  -- personal
	gender       TEXT,
	age          TEXT,
	nationality  TEXT,
	group_id     TEXT,
	status       TEXT,
	arrested     TEXT,  -- a period
	site         TEXT,
	PRIMARY KEY (operation_id, position),
	UNIQUE (operation_id, id)
);
CREATE INDEX suspects_by_nationality ON suspects (nationality);

-- The charges of a suspect, or of everyone a tally of suspects counts.
CREATE TABLE charges (
	operation_id   TEXT NOT NULL REFERENCES operations(id),
	owner          TEXT NOT NULL,     -- 'suspect' or 'tally'
	owner_position INTEGER NOT NULL,
	position       INTEGER NOT NULL,
	offence        TEXT NOT NULL,
	statute        TEXT,
	date           TEXT,
	PRIMARY KEY (operation_id, owner, owner_position, position)
);

CREATE TABLE decisions (
	operation_id     TEXT NOT NULL REFERENCES operations(id),
	suspect_position INTEGER NOT NULL,
	position         INTEGER NOT NULL,
	outcome          TEXT NOT NULL,
	date             TEXT,
	court            TEXT,
	sentence_years   INTEGER,  -- the three are NULL when no sentence is recorded
	sentence_months  INTEGER,
	sentence_life    INTEGER,
	fine             TEXT,  -- an amount: "PEN 5000.00"
	PRIMARY KEY (operation_id, suspect_position, position)
);

-- The report's own figures.
CREATE TABLE tallies (
	operation_id         TEXT NOT NULL REFERENCES operations(id),
	position             INTEGER NOT NULL,
	tally_of             TEXT NOT NULL,  -- 'Victims' or 'Suspects'
	count                TEXT NOT NULL,  -- "more than 200", "20 to 30"
	nationality          TEXT,
	gender               TEXT,
	age                  TEXT,
	status               TEXT,  -- a victim's or a suspect's status, as "of" says
	source               TEXT,
	trafficking_status   TEXT,
	recruitment_when     TEXT,
	recruitment_locality TEXT,
	recruitment_area     TEXT,
	recruitment_region   TEXT,
	recruitment_country  TEXT,
	recruitment_promise  TEXT,
	labour_sector        TEXT,
	exploited_in         TEXT,
	consular_contact     TEXT,
	repatriation_to      TEXT,
	repatriation_status  TEXT,
	repatriation_when    TEXT,
	group_id             TEXT,
	arrested             TEXT,
	PRIMARY KEY (operation_id, position)
);

CREATE TABLE evidence (
	operation_id  TEXT NOT NULL REFERENCES operations(id),
	position      INTEGER NOT NULL,
	id            TEXT NOT NULL,
	kind          TEXT,
	description   TEXT,  -- personal
	quantity      TEXT,  -- a count; NULL when not recorded (the summary reads it as at least 1)
	cash          TEXT,  -- an amount, in its canonical text
	cash_currency TEXT,  -- the currency of its figure, to group by
	value         TEXT,  -- an amount
	seized        TEXT,  -- a period
	site          TEXT,
	taken_from    TEXT,
	PRIMARY KEY (operation_id, position),
	UNIQUE (operation_id, id)
);
CREATE INDEX evidence_by_cash_currency ON evidence (cash_currency) WHERE cash IS NOT NULL;

CREATE TABLE custody (
	operation_id      TEXT NOT NULL REFERENCES operations(id),
	evidence_position INTEGER NOT NULL,
	position          INTEGER NOT NULL,
	at                TIMESTAMP,  -- an instant, read back as a time.Time
	period            TEXT,       -- or the date or span, as reported
	action            TEXT NOT NULL,
	from_custodian    TEXT,
	to_custodian      TEXT,
	location          TEXT,
	site              TEXT,
	seal              TEXT,
	note              TEXT,       -- personal
	PRIMARY KEY (operation_id, evidence_position, position)
);

-- Every list of codes, countries, nationalities and IDs of a record: a
-- victim's controls, a suspect's roles, the operation's scheme targets…
-- one row an element, named by its JSON field. (A table per list is the
-- textbook design; one table keeps the example short, and its index
-- serves "victims by exploitation" as well.)
CREATE TABLE lists (
	operation_id   TEXT NOT NULL REFERENCES operations(id),
	owner          TEXT NOT NULL,     -- 'operation', 'victim', 'suspect' or 'tally'
	owner_position INTEGER NOT NULL,
	field          TEXT NOT NULL,     -- 'controls', 'otherNationalities', 'recruiters'…
	position       INTEGER NOT NULL,
	value          TEXT NOT NULL,
	PRIMARY KEY (operation_id, owner, owner_position, field, position)
);
CREATE INDEX lists_by_value ON lists (owner, field, value);

-- Each operation's own figures, as Summary gives them: a report's
-- tallies where it has them, its records elsewhere. That rule is the
-- library's, so store writes these rows with the operation, in its
-- transaction; SQL selects and groups them across operations, and the
-- library adds them up ("more than 200" and "about 50" add up only with
-- their hedges).
CREATE TABLE figures (
	operation_id TEXT NOT NULL REFERENCES operations(id),
	breakdown    TEXT NOT NULL,  -- 'victimsByNationality', 'suspectsByNationality'
	key          TEXT NOT NULL,  -- the code; '' for not recorded
	figure       TEXT NOT NULL,  -- a count: "43", "11 to 19", "at least 1"
	PRIMARY KEY (operation_id, breakdown, key)
);
CREATE INDEX figures_by_key ON figures (breakdown, key);
