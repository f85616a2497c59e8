import Foundation
import VerbatimGraph

/// The store's tables in PostgreSQL: the same migrations as SQLite's (`StoreSchema`), by the
/// same identifiers, in PostgreSQL's words. Text is compared byte by byte (`COLLATE "C"`, as
/// SQLite compares), so listings sort the same on both; integers are 64-bit; full text is a
/// `tsvector` of each claim's folded words, kept by a trigger as FTS5 keeps its index.
/// A migration appended to `StoreSchema` needs its twin appended here (a test checks).
enum PostgresSchema {
  /// One migration: its identifier, the same as SQLite's, and what it does here.
  struct Migration: Sendable {
    var identifier: String
    var apply: @Sendable (any StoreDatabase) throws -> Void
  }

  static let migrations: [Migration] = [
    Migration(identifier: "v1: documents, speakers, claims, mentions, fingerprints, links") { db in
      try script(
        db,
        """
        CREATE TABLE document (
          id TEXT COLLATE "C" PRIMARY KEY,
          seq BIGINT NOT NULL UNIQUE,
          path TEXT COLLATE "C" NOT NULL,
          url TEXT COLLATE "C",
          title TEXT COLLATE "C",
          publisher TEXT COLLATE "C",
          authors TEXT COLLATE "C" NOT NULL,
          published TEXT COLLATE "C",
          modified TEXT COLLATE "C",
          format TEXT COLLATE "C" NOT NULL,
          textKey TEXT COLLATE "C" NOT NULL,
          version BIGINT NOT NULL,
          ingestedAt TEXT COLLATE "C" NOT NULL
        );
        CREATE INDEX document_path ON document(path);
        CREATE INDEX document_url ON document(url);
        CREATE INDEX document_textKey ON document(textKey);

        CREATE TABLE document_link (
          fromID TEXT COLLATE "C" NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          toID TEXT COLLATE "C" NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          relation TEXT COLLATE "C" NOT NULL CHECK (relation IN ('copy_of', 'new_version_of')),
          PRIMARY KEY (fromID, relation, toID)
        );
        CREATE INDEX document_link_to ON document_link(toID);

        CREATE TABLE speaker (
          id BIGINT PRIMARY KEY,
          name TEXT COLLATE "C" NOT NULL,
          type TEXT COLLATE "C" NOT NULL
        );

        CREATE TABLE speaker_key (
          key TEXT COLLATE "C" PRIMARY KEY,
          surname TEXT COLLATE "C" NOT NULL,
          speakerID BIGINT NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
          pinned BIGINT NOT NULL DEFAULT 0
        );
        CREATE INDEX speaker_key_surname ON speaker_key(surname);
        CREATE INDEX speaker_key_speaker ON speaker_key(speakerID);

        CREATE TABLE speaker_alias (
          speakerID BIGINT NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
          folded TEXT COLLATE "C" NOT NULL,
          alias TEXT COLLATE "C" NOT NULL,
          count BIGINT NOT NULL,
          PRIMARY KEY (speakerID, folded)
        );
        CREATE INDEX speaker_alias_folded ON speaker_alias(folded);

        CREATE TABLE claim (
          id BIGINT PRIMARY KEY,
          key TEXT COLLATE "C" NOT NULL UNIQUE,
          documentID TEXT COLLATE "C" NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          kind TEXT COLLATE "C" NOT NULL,
          text TEXT COLLATE "C" NOT NULL,
          normalized TEXT COLLATE "C" NOT NULL,
          normalizedHash BIGINT NOT NULL,
          wordCount BIGINT NOT NULL,
          speakerID BIGINT REFERENCES speaker(id) ON DELETE SET NULL,
          speakerName TEXT COLLATE "C",
          speakerType TEXT COLLATE "C" NOT NULL,
          speakerMention TEXT COLLATE "C",
          cue TEXT COLLATE "C",
          rule TEXT COLLATE "C" NOT NULL,
          confidence DOUBLE PRECISION NOT NULL,
          startByte BIGINT NOT NULL, endByte BIGINT NOT NULL,
          line BIGINT NOT NULL, "column" BIGINT NOT NULL,
          endLine BIGINT NOT NULL, endColumn BIGINT NOT NULL,
          clusterID BIGINT,
          fts tsvector
        );
        CREATE INDEX claim_document ON claim(documentID);
        CREATE INDEX claim_speaker ON claim(speakerID);
        CREATE INDEX claim_hash ON claim(normalizedHash);
        CREATE INDEX claim_cluster ON claim(clusterID);
        CREATE INDEX claim_fts ON claim USING gin (fts);

        -- The claim's folded words as lexemes, each once; PostgreSQL refuses a lexeme of 2 KB or more.
        CREATE FUNCTION claim_fts_words() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.fts := array_to_tsvector(ARRAY(
            SELECT DISTINCT word FROM unnest(string_to_array(NEW.normalized, ' ')) AS word
            WHERE word <> '' AND octet_length(word) < 2047));
          RETURN NEW;
        END
        $$;
        CREATE TRIGGER claim_fts BEFORE INSERT OR UPDATE OF normalized ON claim
          FOR EACH ROW EXECUTE FUNCTION claim_fts_words();

        CREATE TABLE mention (
          id BIGINT PRIMARY KEY,
          claimID BIGINT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
          speakerID BIGINT REFERENCES speaker(id) ON DELETE SET NULL,
          text TEXT COLLATE "C" NOT NULL,
          startByte BIGINT NOT NULL, endByte BIGINT NOT NULL,
          line BIGINT NOT NULL, "column" BIGINT NOT NULL
        );
        CREATE INDEX mention_claim ON mention(claimID);
        CREATE INDEX mention_speaker ON mention(speakerID);

        CREATE TABLE claim_fingerprint (
          fingerprint BIGINT NOT NULL,
          claimID BIGINT NOT NULL,
          PRIMARY KEY (fingerprint, claimID)
        );
        """)
    },
    Migration(identifier: "v2: document text, claims' places in it and paragraph numbers") { db in
      try script(
        db,
        """
        ALTER TABLE document ADD COLUMN text TEXT COLLATE "C";
        ALTER TABLE claim ADD COLUMN textStart BIGINT;
        ALTER TABLE claim ADD COLUMN textEnd BIGINT;
        ALTER TABLE claim ADD COLUMN paragraph BIGINT;
        """)
    },
    Migration(
      identifier: "speaker-identity: entities with roles, Wikidata ids and how each claim joined them"
    ) { db in
      try script(
        db,
        """
        ALTER TABLE speaker ADD COLUMN surname TEXT COLLATE "C";
        ALTER TABLE speaker ADD COLUMN role TEXT COLLATE "C";
        ALTER TABLE speaker ADD COLUMN wikidata TEXT COLLATE "C";
        ALTER TABLE speaker ADD COLUMN pinned BIGINT NOT NULL DEFAULT 0;
        CREATE INDEX speaker_waiting_surname ON speaker(surname) WHERE surname IS NOT NULL;
        ALTER TABLE speaker_key ADD COLUMN how TEXT COLLATE "C" NOT NULL DEFAULT 'full-name';
        ALTER TABLE claim ADD COLUMN speakerRole TEXT COLLATE "C";
        ALTER TABLE claim ADD COLUMN speakerMatch TEXT COLLATE "C";
        CREATE TABLE speaker_role (
          speakerID BIGINT NOT NULL REFERENCES speaker(id) ON DELETE CASCADE,
          folded TEXT COLLATE "C" NOT NULL,
          role TEXT COLLATE "C" NOT NULL,
          count BIGINT NOT NULL,
          PRIMARY KEY (speakerID, folded)
        );
        """)
      try StoreSchema.upgradeSpeakerIdentity(db)
    },
    Migration(identifier: "claim spans: every fragment, the cue's and the speaker mention's places") { db in
      try script(
        db,
        """
        CREATE TABLE claim_span (
          claimID BIGINT NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
          role TEXT COLLATE "C" NOT NULL CHECK (role IN ('fragment', 'cue', 'speaker')),
          ordinal BIGINT NOT NULL,
          text TEXT COLLATE "C" NOT NULL,
          textStart BIGINT, textEnd BIGINT,
          startByte BIGINT NOT NULL, endByte BIGINT NOT NULL,
          line BIGINT NOT NULL, "column" BIGINT NOT NULL,
          endLine BIGINT NOT NULL, endColumn BIGINT NOT NULL,
          PRIMARY KEY (claimID, role, ordinal)
        );
        INSERT INTO claim_span(claimID, role, ordinal, text, textStart, textEnd, startByte, endByte, line, "column",
          endLine, endColumn)
        SELECT id, 'fragment', 0, text, textStart, textEnd, startByte, endByte, line, "column", endLine, endColumn
        FROM claim;
        """)
    },
    Migration(identifier: "record-turns: speakers' identifiers, claims' speaker references and turn ids") { db in
      try script(
        db,
        """
        ALTER TABLE claim ADD COLUMN speakerIdentifier TEXT COLLATE "C";
        ALTER TABLE claim ADD COLUMN turnID TEXT COLLATE "C";
        CREATE TABLE speaker_identifier (
          identifier TEXT COLLATE "C" PRIMARY KEY,
          speakerID BIGINT NOT NULL REFERENCES speaker(id) ON DELETE CASCADE
        );
        CREATE INDEX speaker_identifier_speaker ON speaker_identifier(speakerID);
        """)
    },
    // SQLite's claims are now put into FTS5 once a document is stored; PostgreSQL's `fts` column
    // is computed by its trigger as each claim is written, which costs no more: nothing to change.
    Migration(
      identifier: "fts-per-document: claims indexed once a document is stored, re-indexed when their words change"
    ) { _ in },
    Migration(identifier: "word-counts: how many claims hold each word, for choosing a search's rarest words") { db in
      // A search starts from its rarest words. FTS5 reads a word's count from its index; a GIN
      // index cannot count without visiting every claim it lists (a second for a common word at
      // a million claims), so the counts are kept here, by triggers, in the same transaction as
      // the claims: a reader's snapshot sees counts and claims alike.
      try script(
        db,
        """
        CREATE TABLE claim_word (
          word TEXT COLLATE "C" PRIMARY KEY,
          claims BIGINT NOT NULL
        );
        INSERT INTO claim_word(word, claims)
          SELECT word, count(*) FROM claim, unnest(tsvector_to_array(fts)) AS word GROUP BY word;

        -- Adds `change` to each word's count once for every time the word is listed.
        CREATE FUNCTION claim_word_add(words text[], change bigint) RETURNS void LANGUAGE sql AS $$
          INSERT INTO claim_word(word, claims)
          SELECT word, change * count(*) FROM unnest(words) AS word GROUP BY word ORDER BY word
          ON CONFLICT (word) DO UPDATE SET claims = claim_word.claims + excluded.claims;
        $$;
        CREATE FUNCTION claim_word_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM claim_word_add(ARRAY(SELECT unnest(tsvector_to_array(fts)) FROM added), 1);
          RETURN NULL;
        END
        $$;
        CREATE FUNCTION claim_word_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM claim_word_add(ARRAY(SELECT unnest(tsvector_to_array(fts)) FROM removed), -1);
          RETURN NULL;
        END
        $$;
        CREATE FUNCTION claim_word_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM claim_word_add(tsvector_to_array(OLD.fts), -1);
          PERFORM claim_word_add(tsvector_to_array(NEW.fts), 1);
          RETURN NULL;
        END
        $$;
        CREATE TRIGGER claim_word_inserted AFTER INSERT ON claim REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION claim_word_inserted();
        CREATE TRIGGER claim_word_deleted AFTER DELETE ON claim REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION claim_word_deleted();
        -- Only a change of words (as the fts trigger sees it), not every update of a cluster or speaker.
        CREATE TRIGGER claim_word_changed AFTER UPDATE OF normalized ON claim
          FOR EACH ROW WHEN (OLD.fts IS DISTINCT FROM NEW.fts) EXECUTE FUNCTION claim_word_changed();
        """)
    },
    // SQLite now keeps the same exact counts in its own claim_word; PostgreSQL has kept them since
    // word-counts: nothing to change.
    Migration(identifier: "sqlite-word-counts: each word's count of claims kept in SQLite too, exact") { _ in },
  ]
  /// Runs the statements of a script one by one (the extended protocol takes one at a time):
  /// a statement ends with a line ending in `;`, outside a `$$` body.
  static func script(_ db: any StoreDatabase, _ text: String) throws {
    var statement = ""
    var inBody = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.trimmingCharacters(in: .whitespaces).hasPrefix("--") { continue }
      statement += line + "\n"
      if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
      if !inBody && line.hasSuffix(";") {
        try db.execute(SQL(stringLiteral: statement))
        statement = ""
      }
    }
    if !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      try db.execute(SQL(stringLiteral: statement))
    }
  }
}
