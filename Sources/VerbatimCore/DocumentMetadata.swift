/// What a document says about itself: headline, authors, dates, publisher, address, language.
public struct DocumentMetadata: Sendable, Hashable {
  public var title: String?
  public var authors: [String]
  /// The original publication date, ISO 8601 (`YYYY-MM-DD`, optionally with a time).
  public var published: String?
  /// The date of the last update, when the document states one (ISO 8601).
  public var modified: String?
  public var publisher: String?
  /// The canonical URL.
  public var url: String?
  /// A BCP 47 language tag such as `en` or `en-GB`.
  public var language: String?

  public init(
    title: String? = nil, authors: [String] = [], published: String? = nil, modified: String? = nil,
    publisher: String? = nil, url: String? = nil, language: String? = nil
  ) {
    self.modified = modified
    self.title = title
    self.authors = authors
    self.published = published
    self.publisher = publisher
    self.url = url
    self.language = language
  }
}
