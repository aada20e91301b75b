import type { Migration } from '../migration';

/**
 * Sources, leads and the crawl record. Timestamps are ISO 8601 text and JSON lives in TEXT columns,
 * both of which PostgreSQL reads as they are (timestamptz, jsonb) when the store moves there.
 */
export const leadsAndCrawls: Migration = {
  version: 2,
  name: 'leads-and-crawls',
  up: (db) => {
    db.exec(`
      CREATE TABLE sources (
        id          TEXT PRIMARY KEY,
        type        TEXT NOT NULL,
        config      TEXT NOT NULL,
        enabled     INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );

      CREATE TABLE leads (
        id                     TEXT PRIMARY KEY,
        source_id              TEXT NOT NULL,
        source_type            TEXT NOT NULL,
        source_lead_id         TEXT NOT NULL,
        title                  TEXT NOT NULL,
        company                TEXT NOT NULL,
        location               TEXT,
        city                   TEXT,
        region                 TEXT,
        country                TEXT,
        places                 TEXT NOT NULL,
        latitude               REAL,
        longitude              REAL,
        remote                 TEXT,
        employment_type        TEXT,
        salary                 TEXT,
        salary_annual_min      REAL,
        salary_annual_max      REAL,
        url                    TEXT NOT NULL,
        canonical_url          TEXT NOT NULL,
        apply_url              TEXT,
        posted_at              TEXT,
        posted_at_approximate  INTEGER NOT NULL DEFAULT 0,
        closes_at              TEXT,
        department             TEXT,
        description_html       TEXT NOT NULL,
        description            TEXT NOT NULL,
        fingerprint            TEXT NOT NULL,
        content_hash           TEXT NOT NULL,
        status                 TEXT NOT NULL DEFAULT 'open',
        closed_reason          TEXT,
        fit                    TEXT,
        fit_score              REAL,
        excluded               TEXT,
        first_seen             TEXT NOT NULL,
        last_seen              TEXT NOT NULL,
        updated_at             TEXT NOT NULL
      );
      CREATE INDEX leads_canonical_url ON leads (canonical_url);
      CREATE INDEX leads_fingerprint ON leads (fingerprint);
      CREATE INDEX leads_status ON leads (status, closes_at);

      -- Every source id and URL a lead was seen under, and how many healthy crawls in a row missed it.
      CREATE TABLE lead_sightings (
        source_id       TEXT NOT NULL,
        source_lead_id  TEXT NOT NULL,
        lead_id         TEXT NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
        url             TEXT NOT NULL,
        first_seen      TEXT NOT NULL,
        last_seen       TEXT NOT NULL,
        missed_runs     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (source_id, source_lead_id)
      );
      CREATE INDEX lead_sightings_lead ON lead_sightings (lead_id);

      CREATE TABLE crawl_runs (
        id           TEXT PRIMARY KEY,
        trigger      TEXT NOT NULL,
        status       TEXT NOT NULL,
        started_at   TEXT NOT NULL,
        finished_at  TEXT
      );

      CREATE TABLE crawl_run_sources (
        run_id       TEXT NOT NULL REFERENCES crawl_runs (id) ON DELETE CASCADE,
        source_id    TEXT NOT NULL,
        status       TEXT NOT NULL,
        started_at   TEXT NOT NULL,
        finished_at  TEXT,
        fetched      INTEGER NOT NULL DEFAULT 0,
        unchanged    INTEGER NOT NULL DEFAULT 0,
        found        INTEGER NOT NULL DEFAULT 0,
        new_leads    INTEGER NOT NULL DEFAULT 0,
        updated      INTEGER NOT NULL DEFAULT 0,
        closed       INTEGER NOT NULL DEFAULT 0,
        errors       TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (run_id, source_id)
      );

      -- Validators for conditional requests (RFC 9110 section 13.1).
      CREATE TABLE http_cache (
        url            TEXT PRIMARY KEY,
        etag           TEXT,
        last_modified  TEXT,
        -- Follow-up requests the page led to last time, replayed when it answers 304.
        follow         TEXT NOT NULL DEFAULT '[]',
        -- The source ids of the postings the page listed last time, vouched for again by a 304.
        lead_keys      TEXT NOT NULL DEFAULT '[]',
        checked_at     TEXT NOT NULL
      );

      -- robots.txt per origin (RFC 9309 section 2.4: cached for at most 24 hours).
      CREATE TABLE robots_cache (
        origin      TEXT PRIMARY KEY,
        outcome     TEXT NOT NULL,
        body        TEXT NOT NULL,
        fetched_at  TEXT NOT NULL
      );
    `);
  },
};
