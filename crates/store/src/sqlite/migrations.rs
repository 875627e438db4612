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
    // 5: clusters kept in the store — each article's event and event component (its part of
    // the copy and same-event links), the events with their storyline and story component, the
    // strongest link between each pair of events, the storylines, and the conflicts and
    // agreements of each storyline (or lone event). A batch re-clusters only what its articles
    // and links touch (`marsad_core::link::incremental`); an article with no row here (or
    // `stale`) waits to be clustered, so a store made before this migration is clustered
    // whole by its next ingest or `marsad relink`.
    r#"
    CREATE TABLE cluster_members (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        event      TEXT NOT NULL,
        position   INTEGER NOT NULL,          -- its place in the event: by date, then id
        event_component TEXT NOT NULL,        -- the smallest article id of its event component
        stale      INTEGER NOT NULL DEFAULT 0, -- 1: what clustering reads of it changed since
        placement  TEXT NOT NULL              -- JSON: link::Placement (its storyline is its event's)
    ) STRICT;
    CREATE INDEX cluster_members_by_event ON cluster_members (event, position);
    CREATE INDEX cluster_members_by_component ON cluster_members (event_component);
    CREATE INDEX cluster_members_stale ON cluster_members (stale) WHERE stale = 1;

    CREATE TABLE events (
        id          TEXT PRIMARY KEY,         -- its earliest article's id
        title       TEXT,
        date        TEXT,
        after       TEXT,
        own_after   TEXT,                     -- `after` before its storyline bounded it
        sort_date   TEXT NOT NULL,            -- date, else after, else 9999-12-31
        story       TEXT,
        story_position INTEGER,
        articles    INTEGER NOT NULL,
        sources     INTEGER NOT NULL,         -- distinct outlets among its articles
        story_component TEXT NOT NULL,        -- the smallest event id of its story component
        body        TEXT NOT NULL             -- JSON: link::EventCluster
    ) STRICT;
    CREATE INDEX events_by_date ON events (sort_date, id);
    CREATE INDEX events_by_story ON events (story, story_position);
    CREATE INDEX events_by_component ON events (story_component);

    CREATE TABLE event_edges (
        a           TEXT NOT NULL,            -- a < b: event ids
        b           TEXT NOT NULL,
        weight      REAL NOT NULL,            -- the strongest link between their articles
        PRIMARY KEY (a, b)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX event_edges_by_b ON event_edges (b);

    CREATE TABLE stories (
        id          TEXT PRIMARY KEY,         -- its earliest event's id
        title       TEXT,
        first_date  TEXT NOT NULL,            -- earliest event date (9999-12-31 if none)
        last_date   TEXT,                     -- latest event date
        events      INTEGER NOT NULL,
        articles    INTEGER NOT NULL,
        body        TEXT NOT NULL             -- JSON: link::StoryCluster
    ) STRICT;
    CREATE INDEX stories_by_first ON stories (first_date, id);
    CREATE INDEX stories_by_last ON stories (last_date, id);

    CREATE TABLE findings (
        id          INTEGER PRIMARY KEY,
        scope       TEXT NOT NULL,            -- its storyline, or its event if in none
        kind        TEXT NOT NULL,
        body        TEXT NOT NULL             -- JSON: link::conflicts::Finding
    ) STRICT;
    CREATE INDEX findings_by_scope ON findings (scope);
    CREATE TABLE finding_events (
        event       TEXT NOT NULL,
        finding     INTEGER NOT NULL REFERENCES findings (id) ON DELETE CASCADE,
        PRIMARY KEY (event, finding)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX finding_events_by_finding ON finding_events (finding);
    "#,
    // 6: each linked article's own date, so candidates are chosen by how far apart dates are
    // (`marsad_core::link::candidates`) without reading the articles.
    r#"
    ALTER TABLE link_profiles ADD COLUMN date TEXT;
    UPDATE link_profiles SET date =
        (SELECT coalesce(a.event_date, a.published, a.extracted) FROM articles a WHERE a.id = link_profiles.article_id);
    "#,
    // 7: the publication instant where the input gives a time of day (similarity decays by hours).
    r#"
    ALTER TABLE articles ADD COLUMN published_time INTEGER;
    "#,
    // 8: a rejection is recorded once, not again on every re-run of the same input.
    r#"
    DELETE FROM rejections WHERE rowid NOT IN (SELECT min(rowid) FROM rejections GROUP BY origin, kind, reason);
    CREATE INDEX rejections_by_origin ON rejections (origin, kind);
    "#,
];

/// The migration after which outlet line counts must be computed from the stored articles.
pub const OUTLET_LINES_MIGRATION: usize = 2;

/// The schema version this build of marsad writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}
