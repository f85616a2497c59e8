/// What a document says about itself: headline, authors, dates, publisher, address, language.
public struct DocumentMetadata: Sendable, Hashable {
  public var title: String?
  public var authors: [String]
  /// The original publication date, ISO 8601 (`YYYY-MM-DD`, optionally with a time).
  public var published: String?
  public var publisher: String?
  /// The canonical URL.
  public var url: String?
  /// A BCP 47 language tag such as `en` or `en-GB`.
  public var language: String?

  public init(
    title: String? = nil, authors: [String] = [], published: String? = nil,
    publisher: String? = nil, url: String? = nil, language: String? = nil
  ) {
    self.title = title
    self.authors = authors
    self.published = published
    self.publisher = publisher
    self.url = url
    self.language = language
  }
}
