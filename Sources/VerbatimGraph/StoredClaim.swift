import Foundation
public import VerbatimCore

/// A claim as the store holds it, with its speaker and its document.
public struct StoredClaim: Sendable, Hashable {
  public var id: Int64
  /// The identifier `verbatim extract` prints for the same quote.
  public var key: String
  public var kind: QuoteKind
  public var text: String
  public var words: [String]
  /// The store's speaker, merged across documents.
  public var speaker: SpeakerRef?
  /// The speaker as resolved within the document, and as written next to the quote.
  public var speakerName: String?
  public var speakerMention: String?
  /// The speaker's type and role as the document gives them ("shadow minister").
  public var speakerType: SpeakerType
  public var speakerRole: String?
  /// How the name in the document was joined to the store's speaker (nil: it is the speaker's
  /// own name, joined to no one else).
  public var speakerMatch: SpeakerMatch?
  /// The source's reference to the speaker (`#DavidRutley`), and the turn's own id, for a
  /// transcript's turn.
  public var speakerIdentifier: String?
  public var turnID: String?
  public var cue: String?
  public var rule: String
  public var confidence: Double
  public var span: SourceSpan
  public var clusterID: Int64?
  /// Where the claim stands in the document's normalised text (UTF-8 offsets), when the store knows.
  public var extent: TextRange?
  /// The 1-based number of the paragraph (block) the claim starts in, when the store knows.
  public var paragraph: Int?
  /// Each fragment of what was said, in order (a claim stored before fragments were kept has
  /// one: its extent).
  public var fragments: [ClaimSpan]
  /// The cue's words and the speaker's as written, with their places (none for claims stored
  /// before they were kept).
  public var cueSpans: [ClaimSpan]
  public var speakerSpans: [ClaimSpan]
  public var document: StoredDocument

  /// The query of every claim column with its speaker, spans and document; a `WHERE` may follow.
  static func selection(_ dialect: any SQLDialect) -> SQL {
    """
    SELECT c.id, c.key, c.kind, c.text, c.normalized, c.speakerID, s.name AS storeSpeaker, s.type AS storeSpeakerType,
      s.wikidata AS storeSpeakerWikidata, s.role AS storeSpeakerRole, s.pinned AS storeSpeakerPinned, c.speakerName,
      c.speakerMention, c.speakerType, c.speakerRole, c.speakerMatch, c.speakerIdentifier, c.turnID, c.cue, c.rule,
      c.confidence, c.startByte, c.endByte, c.line, c."column", c.endLine, c.endColumn, c.clusterID, c.textStart,
      c.textEnd, c.paragraph,
      (SELECT \(raw: dialect.claimSpansJSON) FROM claim_span WHERE claimID = c.id) AS spans,
      \(raw: StoredDocument.columns)
    FROM claim c JOIN document d ON d.id = c.documentID LEFT JOIN speaker s ON s.id = c.speakerID
    """
  }

  init(row: StoreRow) {
    id = row["id"]
    key = row["key"]
    kind = QuoteKind(rawValue: row["kind"]) ?? .direct
    text = row["text"]
    words = (row["normalized"] as String).split(separator: " ").map(String.init)
    if let speakerID = row["speakerID"] as Int64?, let name = row["storeSpeaker"] as String? {
      speaker = SpeakerRef(
        id: speakerID, name: name, type: SpeakerType(rawValue: row["storeSpeakerType"]) ?? .unknown,
        wikidata: row["storeSpeakerWikidata"], role: row["storeSpeakerRole"],
        pinned: row["storeSpeakerPinned"] as Bool? ?? false)
    }
    speakerName = row["speakerName"]
    speakerMention = row["speakerMention"]
    speakerType = SpeakerType(rawValue: row["speakerType"]) ?? .unknown
    speakerRole = row["speakerRole"]
    speakerMatch = (row["speakerMatch"] as String?).flatMap(SpeakerMatch.init(rawValue:))
    speakerIdentifier = row["speakerIdentifier"]
    turnID = row["turnID"]
    cue = row["cue"]
    rule = row["rule"]
    confidence = row["confidence"]
    span = SourceSpan(
      start: SourceLocation(byte: row["startByte"], line: row["line"], column: row["column"]),
      end: SourceLocation(byte: row["endByte"], line: row["endLine"], column: row["endColumn"]))
    clusterID = row["clusterID"]
    if let start = row["textStart"] as Int?, let end = row["textEnd"] as Int?, start <= end {
      extent = TextRange(start, end)
    }
    paragraph = row["paragraph"]
    let spans = Self.spans(row["spans"])
    fragments = spans[.fragment] ?? []
    cueSpans = spans[.cue] ?? []
    speakerSpans = spans[.speaker] ?? []
    document = StoredDocument(row: row)
  }

  /// The `spans` column: a JSON array of [role, ordinal, text, textStart, textEnd, startByte,
  /// endByte, line, column, endLine, endColumn], grouped by role in ordinal order.
  static func spans(_ json: String?) -> [ClaimSpan.Role: [ClaimSpan]] {
    guard let json else { return [:] }
    guard let read = SpanRowsReader.rows(json) else { return foundationSpans(json) }
    let rows = read.map { row in
      row.map { value -> Any in
        switch value {
        case .string(let text): text
        case .integer(let number): number
        case .null: NSNull()
        }
      }
    }
    return spans(rows)
  }

  /// The spans as Foundation's JSON reader reads them: what `SpanRowsReader` leaves.
  static func foundationSpans(_ json: String) -> [ClaimSpan.Role: [ClaimSpan]] {
    guard let rows = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]] else { return [:] }
    return spans(rows)
  }

  private static func spans(_ rows: [[Any]]) -> [ClaimSpan.Role: [ClaimSpan]] {
    var spans: [ClaimSpan.Role: [(Int, ClaimSpan)]] = [:]
    for row in rows where row.count == 11 {
      let place = row[5...].compactMap { $0 as? Int }
      guard let role = (row[0] as? String).flatMap(ClaimSpan.Role.init(rawValue:)), let ordinal = row[1] as? Int,
        let text = row[2] as? String, place.count == 6
      else { continue }
      var range: TextRange?
      if let start = row[3] as? Int, let end = row[4] as? Int, start <= end { range = TextRange(start, end) }
      let span = SourceSpan(
        start: SourceLocation(byte: place[0], line: place[2], column: place[3]),
        end: SourceLocation(byte: place[1], line: place[4], column: place[5]))
      spans[role, default: []].append((ordinal, ClaimSpan(text: text, range: range, span: span)))
    }
    return spans.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
  }
}

/// A speaker's id and canonical name in the store, with its type, and its Wikidata id and role
/// when a people file gives them.
public struct SpeakerRef: Sendable, Hashable {
  public var id: Int64
  public var name: String
  public var type: SpeakerType
  /// The Wikidata id a people file gave (`Q42`), if any.
  public var wikidata: String?
  /// The role a people file gave, if any.
  public var role: String?
  /// Whether a people file or an editor fixed this speaker's identity.
  public var pinned: Bool

  public init(
    id: Int64, name: String, type: SpeakerType = .unknown, wikidata: String? = nil, role: String? = nil,
    pinned: Bool = false
  ) {
    self.pinned = pinned
    self.id = id
    self.name = name
    self.type = type
    self.wikidata = wikidata
    self.role = role
  }

  /// The Wikidata IRI (`http://www.wikidata.org/entity/Q42`), if the speaker has an id.
  public var wikidataIRI: String? { wikidata.map { "http://www.wikidata.org/entity/" + $0 } }
}

extension StoredClaim {
  /// The speaker's role: what this document calls them, else the role a people file gives.
  public var roleLabel: String? { speakerRole ?? speaker?.role }

  /// Whether the claim is a turn of a transcript: the record of what was said, a primary source.
  public var isRecord: Bool { rule.hasPrefix(QuoteSieve.transcriptTurn.rawValue) }
}

/// A document as the store holds it.
public struct StoredDocument: Sendable, Hashable {
  public var id: String
  public var path: String
  public var url: String?
  public var title: String?
  public var publisher: String?
  public var authors: [String]
  public var published: String?
  public var format: DocumentFormat
  /// When the document was added to the store (ISO 8601): the accessed date of a citation.
  public var ingestedAt: String
  public var version: Int
  /// The earlier document this one copies (syndicated wire copy), if any.
  public var copyOf: String?
  /// The earlier version of this document (same path or URL, other bytes), if any.
  public var revisionOf: String?

  static let columns = """
    d.id AS documentID, d.path, d.url, d.title, d.publisher, d.authors, d.published, d.format, d.ingestedAt,
    d.version,
    (SELECT toID FROM document_link WHERE fromID = d.id AND relation = 'copy_of') AS copyOf,
    (SELECT toID FROM document_link WHERE fromID = d.id AND relation = 'new_version_of') AS revisionOf
    """

  init(row: StoreRow) {
    id = row["documentID"]
    path = row["path"]
    url = row["url"]
    title = row["title"]
    publisher = row["publisher"]
    authors = (row["authors"] as String).split(separator: "\n").map(String.init)
    published = row["published"]
    format = DocumentFormat(rawValue: row["format"]) ?? .text
    ingestedAt = row["ingestedAt"]
    version = row["version"]
    copyOf = row["copyOf"]
    revisionOf = row["revisionOf"]
  }
}
