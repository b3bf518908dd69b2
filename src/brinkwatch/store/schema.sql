-- brinkwatch store, schema version 1 (docs/store.md describes every table and column).
-- Per-document tables are written at ingestion, one transaction per batch; corpus tables
-- (stories, story_members, events, event_reports, figure_conflicts, flags with origin 'corpus')
-- are recomputed from them after each ingestion, in one transaction.

CREATE TABLE meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE documents (
    id          VARCHAR PRIMARY KEY,  -- the input's id (JSONL "id"), else the content hash
    seq         BIGINT NOT NULL,      -- ingestion order
    input_hash  VARCHAR NOT NULL,     -- SHA-256 of the input text as read (idempotent re-ingest)
    text_hash   VARCHAR NOT NULL,     -- SHA-256 of the cleaned document.text
    title       VARCHAR,
    published   DATE,
    language    VARCHAR,
    url         VARCHAR,
    outlet      VARCHAR,
    origin      VARCHAR NOT NULL,     -- where it was read: a path, path:line, or archive#offset
    n_chars     INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    report      VARCHAR NOT NULL      -- the whole brinkwatch.report/1 JSON (records.report_from_dict)
);

-- Events as each document reports them (one row per event record of a report).
CREATE TABLE document_events (
    document_id      VARCHAR NOT NULL,
    idx              INTEGER NOT NULL,   -- position in the report's events
    event_id         VARCHAR NOT NULL,   -- the report's event id
    type             VARCHAR NOT NULL,
    mode             VARCHAR,
    modality         VARCHAR NOT NULL,
    source_name      VARCHAR,
    source_country   VARCHAR,
    source_sector    VARCHAR,
    target_name      VARCHAR,
    target_country   VARCHAR,
    target_sector    VARCHAR,
    date             DATE,               -- the event's date, else the publication date
    intensity        DOUBLE NOT NULL,
    quad             INTEGER NOT NULL,
    confidence       DOUBLE NOT NULL,
    sentence         VARCHAR NOT NULL,
    start_char       INTEGER NOT NULL,   -- sentence offsets into document.text
    end_char         INTEGER NOT NULL,
    rule             VARCHAR NOT NULL,
    record           VARCHAR NOT NULL    -- the event record's JSON
);

CREATE TABLE quotes (
    document_id     VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    speaker_text    VARCHAR,
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    cue             VARCHAR,
    content         VARCHAR NOT NULL,
    content_key     VARCHAR NOT NULL,    -- hash of the normalised content: the same quote across documents
    direct          BOOLEAN NOT NULL,
    confidence      DOUBLE NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    rule            VARCHAR NOT NULL,
    record          VARCHAR NOT NULL
);

CREATE TABLE quantities (
    document_id     VARCHAR NOT NULL,
    idx             INTEGER NOT NULL,
    value           DOUBLE NOT NULL,
    unit            VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    claimed_by_name VARCHAR,
    claimed_by_country VARCHAR,
    rule            VARCHAR NOT NULL
);

-- Every actor mention the records of a report carry (event roles, speakers, claimants).
CREATE TABLE actors (
    document_id VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,   -- source | target | attributed_to | speaker | claimed_by
    record_idx  INTEGER NOT NULL,   -- index of the event, quote or quantity in the report
    text        VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    name        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR
);

CREATE TABLE flags (
    document_id VARCHAR NOT NULL,
    origin      VARCHAR NOT NULL,   -- report (the report's flags) | removed (document.removed) | corpus
    kind        VARCHAR NOT NULL,
    message     VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL,
    start_char  INTEGER,            -- the first evidence (removals: offsets into the input text)
    end_char    INTEGER,
    evidence    VARCHAR NOT NULL    -- JSON array of {"text","start","end"}
);

CREATE TABLE failures (
    origin     VARCHAR NOT NULL,    -- the input that failed
    document_id VARCHAR,
    code       VARCHAR NOT NULL,    -- the error code (E0NN)
    reason     VARCHAR NOT NULL,
    failed_at  TIMESTAMP NOT NULL
);

-- Corpus tables (recomputed) ------------------------------------------------------------

CREATE TABLE stories (
    id          VARCHAR NOT NULL,
    title       VARCHAR,
    documents   INTEGER NOT NULL,
    first_published DATE,
    last_published  DATE
);

CREATE TABLE story_members (
    story_id    VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    relation    VARCHAR NOT NULL,   -- original | copy | rewrite | related
    original_id VARCHAR,
    changes     VARCHAR NOT NULL    -- JSON array of {"kind","original":{...},"copy":{...}}
);

CREATE TABLE figure_conflicts (
    story_id    VARCHAR NOT NULL,
    unit        VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    value       DOUBLE NOT NULL,
    text        VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL
);

-- Events merged across documents (GDELT's Events table) ...
CREATE TABLE events (
    id             VARCHAR NOT NULL,  -- the document:event id of its first report
    story_id       VARCHAR,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    modality       VARCHAR NOT NULL,
    source_name    VARCHAR,
    source_country VARCHAR,
    target_name    VARCHAR,
    target_country VARCHAR,
    date           DATE,
    intensity      DOUBLE NOT NULL,
    quad           INTEGER NOT NULL,
    reports        INTEGER NOT NULL,  -- documents that report it
    outlets        VARCHAR[] NOT NULL,
    documents      VARCHAR[] NOT NULL,
    changed_facts  BOOLEAN NOT NULL,  -- reported by a rewrite that changed the facts of its original
    record         VARCHAR NOT NULL   -- the first report's event record (JSON)
);

-- ... and one row per report of it (GDELT's Mentions table).
CREATE TABLE event_reports (
    event_id    VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    idx         INTEGER NOT NULL,     -- document_events.idx
    outlet      VARCHAR,
    published   DATE,
    sentence    VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    intensity   DOUBLE NOT NULL,
    relation    VARCHAR               -- the document's relation in its story
);
