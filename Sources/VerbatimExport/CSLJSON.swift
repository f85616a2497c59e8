public import VerbatimCore
import VerbatimGraph

/// CSL-JSON (Citation Style Language, version 1.0.2): one item per document; the quotes are in
/// `note` (which Zotero keeps) and, with their locators (`label: "line"`), in `custom`.
public enum CSLJSON {
  public static func render(_ entries: [CitationEntry]) -> String { value(entries).prettyPrinted() + "\n" }

  public static func value(_ entries: [CitationEntry]) -> JSONValue { .array(entries.map(item)) }

  static func item(_ entry: CitationEntry) -> JSONValue {
    let document = entry.document
    var fields: [(String, JSONValue)] = [("id", .string(entry.key)), ("type", .string(entry.type.rawValue))]
    fields.append(("title", .string(entry.title)))
    if let publisher = document.publisher {
      if entry.type != .document { fields.append(("container-title", .string(publisher))) }
      fields.append(("publisher", .string(publisher)))
    }
    if !entry.authors.isEmpty { fields.append(("author", .array(entry.authors.map(name)))) }
    if let issued = entry.issued { fields.append(("issued", date(issued))) }
    if let accessed = entry.accessed { fields.append(("accessed", date(accessed))) }
    if let url = document.url { fields.append(("URL", .string(url))) }
    fields.append(("note", .string(entry.quotes.map(\.summary).joined(separator: "\n"))))
    fields.append(
      (
        "custom",
        .object([
          ("document", .string(document.id)),
          ("path", .string(document.path)),
          ("quotes", .array(entry.quotes.map(quote))),
        ])
      ))
    return .object(fields)
  }

  /// A quote as a CSL citation item would cite it: the locator is its line.
  static func quote(_ quote: CitedQuote) -> JSONValue {
    .object([
      ("id", .string(quote.claim.key)),
      ("text", .string(quote.text)),
      ("speaker", .nullable(quote.speaker)),
      ("speakerRole", .nullable(quote.role)),
      ("speakerType", .string(quote.claim.speaker?.type.rawValue ?? quote.claim.speakerType.rawValue)),
      ("speakerWikidata", .nullable(quote.wikidata)),
      ("kind", .string(quote.kind.rawValue)),
      ("locator", .string(String(quote.line))),
      ("label", .string("line")),
      ("paragraph", quote.paragraph.map { .int($0) } ?? .null),
    ])
  }

  static func name(_ name: PersonName) -> JSONValue {
    if let family = name.family, let given = name.given {
      return .object([("family", .string(family)), ("given", .string(given))])
    }
    return .object([("literal", .string(name.literal))])
  }

  static func date(_ parts: [Int]) -> JSONValue {
    .object([("date-parts", .array([.array(parts.map { .int($0) })]))])
  }
}
