//! The SQLite schema, as numbered migrations applied in order; `PRAGMA user_version` holds the
//! number of the last one applied.

/// Each entry upgrades the schema from version `index` to `index + 1`. Append only: never edit
/// a migration that has shipped.
pub const MIGRATIONS: &[&str] = &[
    // 1: articles, the places they were seen with their raw input, and the batch records.
    r#"
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,      -- 16 hex digits: xxh3 of the match key of `text`
        text        TEXT NOT NULL,         -- clean display text
        title       TEXT,
        source      TEXT,
        url         TEXT,
        author      TEXT,
        published   TEXT,                  -- ISO 8601 date
        extracted   TEXT,
        dateline    TEXT,
        agencies    TEXT NOT NULL,         -- JSON array
        agency_conflict INTEGER NOT NULL,  -- 1: the dateline and a credit line name different agencies
        event_date  TEXT,                  -- ISO 8601 date of the event reported
        description TEXT,
        removed     TEXT NOT NULL,         -- JSON array of {line, reason}
        origin      TEXT NOT NULL,
        format      TEXT NOT NULL,
        encoding    TEXT NOT NULL
    ) STRICT;
    CREATE INDEX articles_by_date ON articles (published);

    CREATE TABLE batches (
        id          INTEGER PRIMARY KEY,
        label       TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        new         INTEGER NOT NULL DEFAULT 0,
        known       INTEGER NOT NULL DEFAULT 0,
        rejected    INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE sightings (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles (id),
        origin      TEXT NOT NULL,
        source      TEXT,
        url         TEXT,
        title       TEXT,
        published   TEXT,
        format      TEXT NOT NULL,
        encoding    TEXT NOT NULL,
        removed     TEXT NOT NULL,         -- JSON: the lines cleaning took out of this copy
        raw         BLOB NOT NULL,         -- the input exactly as read, deflate-compressed
        batch       INTEGER NOT NULL REFERENCES batches (id),
        UNIQUE (article_id, origin)
    ) STRICT;

    CREATE TABLE rejections (
        batch       INTEGER NOT NULL REFERENCES batches (id),
        origin      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        reason      TEXT NOT NULL
    ) STRICT;
    "#,
    // 2: template learning — per outlet, how many distinct articles carry each short line
    // (`marsad_core::clean::template`). Stores that had articles are counted after migrating.
    r#"
    CREATE TABLE outlets (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE,
        articles    INTEGER NOT NULL       -- distinct articles seen from this outlet
    ) STRICT;

    CREATE TABLE outlet_lines (
        outlet      INTEGER NOT NULL REFERENCES outlets (id),
        line        INTEGER NOT NULL,      -- template::line_fingerprint, as a signed 64-bit integer
        articles    INTEGER NOT NULL,      -- distinct articles of the outlet carrying the line
        PRIMARY KEY (outlet, line)
    ) STRICT, WITHOUT ROWID;
    "#,
    // 3: linking — each linked article's candidate keys (LSH bands of its MinHash, its top
    // terms) and the links found between articles. Events and storylines are drawn from the
    // links when asked for, so they never go stale.
    r#"
    CREATE TABLE link_profiles (
        num            INTEGER PRIMARY KEY,   -- a compact number for the index tables
        article_id     TEXT NOT NULL UNIQUE REFERENCES articles (id),
        mentions_until TEXT,                  -- the latest full date its text mentions
        month_days     TEXT NOT NULL          -- JSON [[month, day]…]: days it mentions without a year
    ) STRICT;

    CREATE TABLE lsh_buckets (
        bucket  INTEGER NOT NULL,             -- fingerprint::bands, as signed 64-bit
        num     INTEGER NOT NULL REFERENCES link_profiles (num),
        PRIMARY KEY (bucket, num)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE term_index (
        term    INTEGER NOT NULL,             -- profile::term_hash of a top term
        num     INTEGER NOT NULL REFERENCES link_profiles (num),
        PRIMARY KEY (term, num)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE links (
        a          TEXT NOT NULL REFERENCES articles (id),  -- a < b
        b          TEXT NOT NULL REFERENCES articles (id),
        relation   TEXT NOT NULL,
        similarity REAL NOT NULL,
        scores     TEXT NOT NULL,             -- JSON: every score of the pair
        PRIMARY KEY (a, b)
    ) STRICT;
    CREATE INDEX links_by_b ON links (b);
    "#,
    // 4: what each article says — the entities it names and the claims it makes
    // (`marsad_core::analyze::facts`), extracted once per article. Entities, conflicts and
    // agreements are drawn from these when asked for, like events.
    r#"
    CREATE TABLE article_facts (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        facts      TEXT NOT NULL              -- JSON: analyze::facts::Facts
    ) STRICT;
    "#,
];

/// The migration after which outlet line counts must be computed from the stored articles.
pub const OUTLET_LINES_MIGRATION: usize = 2;

/// The schema version this build of marsad writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
