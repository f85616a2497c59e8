public import VerbatimCore
public import VerbatimGraph

/// One source document of a citation list with the quotes cited from it: what every citation
/// format (CSL-JSON, BibTeX, RIS, Markdown, CSV) writes, each in its own way.
public struct CitationEntry: Sendable {
  public var document: StoredDocument
  /// A key unique in its list and stable across runs: author or publisher, year, a title word,
  /// and the start of the document's digest (`thomas2024rochdale-6c3c`).
  public var key: String
  public var type: CitationType
  public var quotes: [CitedQuote]

  /// The entries of a selection, one per document that has quotes in it, in the order they were added.
  public static func entries(of selection: GraphSelection) -> [CitationEntry] {
    // The record (transcripts' turns) is cited before what reports say.
    let quoted = selection.documents.filter { !selection.claims(in: $0).isEmpty }
    let isRecord = { (document: StoredDocument) in selection.claims(in: document).contains(where: \.isRecord) }
    let documents = quoted.filter(isRecord) + quoted.filter { !isRecord($0) }
    let keys = CitationKey.unique(for: documents)
    return documents.map { document in
      CitationEntry(
        document: document, key: keys[document.id]!, type: CitationType(document),
        quotes: selection.claims(in: document).map(CitedQuote.init))
    }
  }

  /// The publication date's parts (year, and month and day when given).
  public var issued: [Int]? { document.published.flatMap(DateParts.init)?.parts }
  /// The day the document was added to the store: the accessed date.
  public var accessed: [Int]? { DateParts(document.ingestedAt)?.parts }
  /// The document's title, else its file name without the extension.
  public var title: String { Self.title(of: document) }

  /// A document's title, else its file name without the extension (never its folder).
  public static func title(of document: StoredDocument) -> String {
    document.title ?? fileTitle(document.path)
  }

  static func fileTitle(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  /// The authors' names, split into given and family names.
  public var authors: [PersonName] { document.authors.map(PersonName.init) }
}

/// The kind of source, in CSL's terms (BibTeX and RIS map from it).
public enum CitationType: String, Sendable {
  case newspaperArticle = "article-newspaper"
  case webpage
  case document

  init(_ document: StoredDocument) {
    switch (document.format, document.publisher) {
    case (.html, nil): self = .webpage
    case (.html, _), (.xml, .some): self = .newspaperArticle
    default: self = .document
    }
  }
}

/// A quote as a citation list gives it: the words, who said them, and where they stand.
public struct CitedQuote: Sendable {
  public var claim: StoredClaim
  public var text: String { claim.text }
  /// The speaker's name in the store, else as resolved in the document; nil when unattributed.
  public var speaker: String? { claim.speakerLabel }
  /// What the document calls the speaker, else the role a people file gives.
  public var role: String? { claim.roleLabel }
  /// The speaker's Wikidata id, when a people file gives it.
  public var wikidata: String? { claim.speaker?.wikidata }
  public var kind: QuoteKind { claim.kind }
  public var line: Int { claim.span.start.line }
  public var paragraph: Int? { claim.paragraph }

  init(_ claim: StoredClaim) { self.claim = claim }

  /// "line 31, paragraph 12": the locator in words.
  public var locator: String { "line \(line)" + (paragraph.map { ", paragraph \($0)" } ?? "") }

  /// The speaker with their role and Wikidata id: `Ana Ruiz, mayor [Wikidata Q42]`.
  public var speakerDescription: String {
    (speaker ?? "unattributed") + (role.map { ", \($0)" } ?? "") + (wikidata.map { " [Wikidata \($0)]" } ?? "")
  }

  /// The words with only the speaker's inside quotation marks.
  public var wording: QuoteWording { QuoteWording(kind: kind, text: text) }

  /// “words” — Speaker, role (direct quote, line 31, paragraph 12), or the writer's words with
  /// the quoted ones in marks (partial quote), or reported words without marks (paraphrase):
  /// one line of a note.
  public var summary: String {
    let wording = self.wording
    return "\(wording.shown()) — \(speakerDescription) (\(wording.kindLabel), \(locator))"
  }
}

extension StoredClaim {
  /// Who said it, for people: the store's speaker, else the name resolved in the document; nil
  /// when unattributed.
  public var speakerLabel: String? { speaker?.name ?? speakerName }
}
