/// The XML vocabularies newsrooms meet, told apart by their root element.
enum XMLVocabulary: Equatable {
  case tei
  case nitf
  case newsML
  case jats
  /// Hansard as TheyWorkForYou/ParlParse publish it (`<publicwhip>` with `<speech>`).
  case parlParse
  case akomaNtoso
  case generic

  init(root: String) {
    switch root {
    case "TEI", "TEI.2", "teiCorpus": self = .tei
    case "nitf": self = .nitf
    case "newsMessage", "newsItem", "packageItem": self = .newsML
    case "article": self = .jats
    case "publicwhip": self = .parlParse
    case "akomaNtoso": self = .akomaNtoso
    default: self = .generic
    }
  }

  /// Elements whose subtree is never body text.
  var skipped: Set<String> {
    switch self {
    case .tei: return Self.skippedTEI
    case .nitf: return Self.skippedNITF
    case .newsML: return Self.skippedNewsML
    case .jats: return Self.skippedJATS
    case .parlParse: return []
    case .akomaNtoso: return Self.skippedAkomaNtoso
    case .generic: return Self.skippedGeneric
    }
  }

  // The sets are built once: the reader asks about every element.
  // Stage directions and editorial marks are not speech: notes, gaps, gestures, incidents, noises.
  private static let skippedTEI: Set<String> = [
    "teiHeader", "speaker", "note", "fw", "pb", "lb", "gap", "kinesic", "incident", "vocal",
  ]
  private static let skippedNITF: Set<String> = [
    "head", "body.head", "body.end", "docdata", "pubdata", "byline", "hedline",
  ]
  private static let skippedNewsML: Set<String> = [
    "itemMeta", "contentMeta", "catalogRef", "rightsInfo", "header", "head", "body.head", "body.end",
  ]
  private static let skippedJATS: Set<String> = ["front", "back", "ref-list", "xref", "label", "fn-group"]
  private static let skippedAkomaNtoso: Set<String> = ["meta", "from", "preface", "coverPage", "num"]
  private static let skippedGeneric: Set<String> = ["head", "header", "metadata", "meta"]

  var headings: Set<String> { Self.headingNames }
  var paragraphs: Set<String> { Self.paragraphNames }
  var quotations: Set<String> { Self.quotationNames }
  var listItems: Set<String> { Self.listItemNames }
  var captions: Set<String> { Self.captionNames }

  private static let headingNames: Set<String> = [
    "head", "title", "hl1", "hl2", "heading", "major-heading", "minor-heading", "h1", "h2", "h3", "h4", "h5", "h6",
    "subheading",
  ]
  private static let paragraphNames: Set<String> = ["p", "para", "ab", "l", "seg", "line"]
  private static let quotationNames: Set<String> = ["quote", "disp-quote", "bq", "blockquote", "cit"]
  private static let listItemNames: Set<String> = ["item", "list-item", "li"]
  private static let captionNames: Set<String> = ["caption", "figDesc", "figcaption"]
}
