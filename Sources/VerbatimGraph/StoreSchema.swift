import GRDB

/// The store's tables, created and upgraded by GRDB's migrator, one named migration per change.
/// PostgreSQL's twin of each migration, by the same identifier, is in `VerbatimPostgres`'s
/// `PostgresSchema`: append both.
public enum StoreSchema {
  /// The identifiers of every migration, in order: the schema version a store is at when all are applied.
  public static var migrationIdentifiers: [String] { migrator.migrations }

  /// The data part of the speaker-identity migration, on either backend.
  public static func upgradeSpeakerIdentity(_ db: any StoreDatabase) throws { try SpeakerIdentityUpgrade(db: db).run() }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: documents, speakers, claims, mentions, fingerprints, links") { db in
      try db.execute(
        sql: """
          CREATE TABLE document (
            id TEXT PRIMARY KEY NOT NULL,        -- sha256: of the file's bytes
            seq INTEGER NOT NULL UNIQUE,         -- order of ingest
            path TEXT NOT NULL,
            url TEXT,
            title TEXT,
            publisher TEXT,
            authors TEXT NOT NULL,               -- names separated by line breaks
            published TEXT,
            modified TEXT,
            format TEXT NOT NULL,
            textKey TEXT NOT NULL,
            version INTEGER NOT NULL,
            ingestedAt TEXT NOT NULL
          );
          CREATE INDEX document_path ON document(path);
          CREATE INDEX document_url ON document(url);
          CREATE INDEX document_textKey ON document(textKey);

          CREATE TABLE document_link (
            fromID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            toID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            relation TEXT NOT NULL CHECK (relation IN ('copy_of', 'new_version_of')),
            PRIMARY KEY (fromID, relation, toID)
          ) WITHOUT ROWID;
          CREATE INDEX document_link_to ON document_link(toID);

          CREATE TABLE speaker (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL
          );

          -- Keys that identify a speaker across documents; an editor's corrections are pinned.
          CREATE TABLE speaker_key (
            key TEXT PRIMARY KEY NOT NULL,
            surname TEXT NOT NULL,
            speakerID INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
            pinned INTEGER NOT NULL DEFAULT 0
          );
          CREATE INDEX speaker_key_surname ON speaker_key(surname);
          CREATE INDEX speaker_key_speaker ON speaker_key(speakerID);

          CREATE TABLE speaker_alias (
            speakerID INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
            folded TEXT NOT NULL,
            alias TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (speakerID, folded)
          ) WITHOUT ROWID;
          CREATE INDEX speaker_alias_folded ON speaker_alias(folded);

          CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,            -- as `verbatim extract` prints it
            documentID TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            normalizedHash INTEGER NOT NULL,
            wordCount INTEGER NOT NULL,
            speakerID INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
            speakerName TEXT,                    -- as resolved within the document
            speakerType TEXT NOT NULL,
            speakerMention TEXT,                 -- as written
            cue TEXT,
            rule TEXT NOT NULL,
            confidence REAL NOT NULL,
            startByte INTEGER NOT NULL, endByte INTEGER NOT NULL,
            line INTEGER NOT NULL, column INTEGER NOT NULL,
            endLine INTEGER NOT NULL, endColumn INTEGER NOT NULL,
            clusterID INTEGER
          );
          CREATE INDEX claim_document ON claim(documentID);
          CREATE INDEX claim_speaker ON claim(speakerID);
          CREATE INDEX claim_hash ON claim(normalizedHash);
          CREATE INDEX claim_cluster ON claim(clusterID);

          CREATE TABLE mention (
            id INTEGER PRIMARY KEY,
            claimID INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            speakerID INTEGER REFERENCES speaker(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            startByte INTEGER NOT NULL, endByte INTEGER NOT NULL,
            line INTEGER NOT NULL, column INTEGER NOT NULL
          );
          CREATE INDEX mention_claim ON mention(claimID);
          CREATE INDEX mention_speaker ON mention(speakerID);

          -- Winnowed fingerprints of each claim's words, to find the same quote elsewhere.
          -- Claims are never deleted one by one, so no index by claim is kept.
          CREATE TABLE claim_fingerprint (
            fingerprint INTEGER NOT NULL,
            claimID INTEGER NOT NULL,
            PRIMARY KEY (fingerprint, claimID)
          ) WITHOUT ROWID;
          """)
      try db.create(virtualTable: "claim_fts", using: FTS5()) { table in
        table.synchronize(withTable: "claim")
        table.tokenizer = .unicode61()
        table.column("normalized")
      }
    }
    migrator.registerMigration("v2: document text, claims' places in it and paragraph numbers") { db in
      // For exports that anchor a quote in the text (Web Annotation) and for the report. Rows
      // added before this migration keep NULL: their exports say less, nothing breaks.
      try db.execute(
        sql: """
          ALTER TABLE document ADD COLUMN text TEXT;            -- the normalised text the claims were read from
          ALTER TABLE claim ADD COLUMN textStart INTEGER;       -- UTF-8 offsets into document.text
          ALTER TABLE claim ADD COLUMN textEnd INTEGER;
          ALTER TABLE claim ADD COLUMN paragraph INTEGER;       -- 1-based block number in the document
          """)
    }
    migrator.registerMigration("speaker-identity: entities with roles, Wikidata ids and how each claim joined them") {
      db in
      // A speaker is an entity: a canonical name, the names it was quoted under (speaker_alias),
      // the roles documents gave it (speaker_role), the role and Wikidata id a people file pins
      // (speaker.role, speaker.wikidata, speaker.pinned), and for a speaker named by surname
      // alone that no single full name could take, the surname it waits under (speaker.surname).
      // Each claim records how its name joined its speaker (claim.speakerMatch) and its role.
      try db.execute(
        sql: """
          ALTER TABLE speaker ADD COLUMN surname TEXT;
          ALTER TABLE speaker ADD COLUMN role TEXT;
          ALTER TABLE speaker ADD COLUMN wikidata TEXT;
          ALTER TABLE speaker ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
          CREATE INDEX speaker_waiting_surname ON speaker(surname) WHERE surname IS NOT NULL;
          ALTER TABLE speaker_key ADD COLUMN how TEXT NOT NULL DEFAULT 'full-name';
          ALTER TABLE claim ADD COLUMN speakerRole TEXT;
          ALTER TABLE claim ADD COLUMN speakerMatch TEXT;
          CREATE TABLE speaker_role (
            speakerID INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
            folded TEXT NOT NULL,
            role TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (speakerID, folded)
          ) WITHOUT ROWID;
          """)
      try upgradeSpeakerIdentity(SQLiteDatabase(db: db))
    }
    migrator.registerMigration("claim spans: every fragment, the cue's and the speaker mention's places") { db in
      // What extraction found, stretch by stretch: a split quotation stays in pieces, and the cue
      // and the speaker as written can be pointed at. Claims stored before this migration get one
      // fragment, their extent (all the store knew), and no cue or speaker places.
      try db.execute(
        sql: """
          CREATE TABLE claim_span (
            claimID INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('fragment', 'cue', 'speaker')),
            ordinal INTEGER NOT NULL,            -- 0, 1, … in document order within the role
            text TEXT NOT NULL,
            textStart INTEGER, textEnd INTEGER,  -- UTF-8 offsets into document.text
            startByte INTEGER NOT NULL, endByte INTEGER NOT NULL,
            line INTEGER NOT NULL, column INTEGER NOT NULL,
            endLine INTEGER NOT NULL, endColumn INTEGER NOT NULL,
            PRIMARY KEY (claimID, role, ordinal)
          ) WITHOUT ROWID;
          INSERT INTO claim_span(claimID, role, ordinal, text, textStart, textEnd, startByte, endByte, line, column,
            endLine, endColumn)
          SELECT id, 'fragment', 0, text, textStart, textEnd, startByte, endByte, line, column, endLine, endColumn
          FROM claim;
          """)
    }
    migrator.registerMigration("record-turns: speakers' identifiers, claims' speaker references and turn ids") { db in
      // A transcript's turn names its speaker by a reference (`#DavidRutley`) and has an id of
      // its own; a register links a person to addresses (exported as owl:sameAs).
      try db.execute(
        sql: """
          ALTER TABLE claim ADD COLUMN speakerIdentifier TEXT;
          ALTER TABLE claim ADD COLUMN turnID TEXT;
          CREATE TABLE speaker_identifier (
            identifier TEXT PRIMARY KEY NOT NULL,
            speakerID INTEGER NOT NULL REFERENCES speaker(id) ON DELETE CASCADE
          ) WITHOUT ROWID;
          CREATE INDEX speaker_identifier_speaker ON speaker_identifier(speakerID);
          """)
    }
    migrator.registerMigration(
      "fts-per-document: claims indexed once a document is stored, re-indexed when their words change"
    ) {
      db in
      // GRDB's triggers indexed each claim as it was inserted, which made FTS5 write a segment a
      // claim, and re-indexed it on an update of any column (its cluster, its speaker when
      // speakers merge). Ingest now indexes a document's claims in one statement once they are
      // stored (`SQLDialect.indexClaims`) and `store copy` rebuilds the index; an edit of a
      // claim's words still re-indexes it, and a deletion still unindexes it.
      try db.execute(
        sql: """
          DROP TRIGGER IF EXISTS "__claim_fts_ai";
          DROP TRIGGER IF EXISTS "__claim_fts_au";
          CREATE TRIGGER "__claim_fts_au" AFTER UPDATE OF "normalized" ON "claim" BEGIN
            INSERT INTO "claim_fts"("claim_fts", "rowid", "normalized") VALUES('delete', old."id", old."normalized");
            INSERT INTO "claim_fts"("rowid", "normalized") VALUES (new."id", new."normalized");
          END;
          """)
    }
    // FTS5 keeps how many claims hold each word in its own index; PostgreSQL's twin makes a
    // table of those counts. Nothing to change here.
    migrator.registerMigration("word-counts: how many claims hold each word, for choosing a search's rarest words") {
      _ in
    }
    migrator.registerMigration("sqlite-word-counts: each word's count of claims kept in SQLite too, exact") { db in
      try SQLiteWordCounts.create(db)
    }
    return migrator
  }
}
