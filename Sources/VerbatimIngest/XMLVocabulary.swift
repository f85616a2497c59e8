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
    // Stage directions and editorial marks are not speech: notes, gaps, gestures, incidents, noises.
    case .tei: return ["teiHeader", "speaker", "note", "fw", "pb", "lb", "gap", "kinesic", "incident", "vocal"]
    case .nitf: return ["head", "body.head", "body.end", "docdata", "pubdata", "byline", "hedline"]
    case .newsML:
      return ["itemMeta", "contentMeta", "catalogRef", "rightsInfo", "header", "head", "body.head", "body.end"]
    case .jats: return ["front", "back", "ref-list", "xref", "label", "fn-group"]
    case .parlParse: return []
    case .akomaNtoso: return ["meta", "from", "preface", "coverPage", "num"]
    case .generic: return ["head", "header", "metadata", "meta"]
    }
  }

  var headings: Set<String> {
    [
      "head", "title", "hl1", "hl2", "heading", "major-heading", "minor-heading", "h1", "h2", "h3", "h4", "h5", "h6",
      "subheading",
    ]
  }

  var paragraphs: Set<String> { ["p", "para", "ab", "l", "seg", "line"] }
  var quotations: Set<String> { ["quote", "disp-quote", "bq", "blockquote", "cit"] }
  var listItems: Set<String> { ["item", "list-item", "li"] }
  var captions: Set<String> { ["caption", "figDesc", "figcaption"] }
}
