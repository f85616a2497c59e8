/// What HTML elements are, for reading the article out of a page.
enum HTMLVocabulary {
  /// Elements that start a new block of text.
  static let blockElements: Set<String> = [
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3",
    "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure",
    "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "address", "hr",
    "form", "fieldset", "details", "summary", "center", "body", "html", "hgroup", "menu", "legend",
  ]

  /// Elements never part of an article's text.
  static let neverText: Set<String> = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
    "button", "select", "option", "input", "textarea", "label", "nav", "dialog", "menu", "head",
    "title", "meta", "link", "video", "audio", "picture", "source", "map", "math", "form",
  ]

  /// Elements that never hold readable text, whatever a broken page nests in them.
  static let neverContent: Set<String> = [
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head",
    "title", "meta", "link", "video", "audio", "picture", "source", "map", "math", "select", "option",
    "textarea", "input",
  ]

  /// Inline elements that format words of a sentence (a control's text may be wrapped in one).
  static let inlineTextElements: Set<String> = [
    "a", "span", "b", "i", "em", "strong", "u", "small", "mark", "abbr", "cite", "sup", "sub", "font", "q",
  ]

  static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar", "tablist", "alert", "status",
  ]

  /// Words in class and id names that mark page furniture wherever they stand in a name.
  static let furnitureWords: [String] = [
    "comment", "newsletter", "subscribe", "breadcrumb", "sidebar", "related", "recommend",
    "advert", "sponsor", "cookie", "consent", "gdpr", "outbrain", "taboola", "trending",
    "mostpopular", "most-popular", "more-stories", "readmore", "read-more", "also-read", "see-also",
    "pagination", "paywall", "signup", "sign-up", "sharing", "share-", "-share", "masthead",
    "navbar", "navigation", "footer", "skip-link", "screen-reader", "sr-only", "visually-hidden",
    "author-bio", "authorbio", "about-author", "author-box", "author-info", "table-of-contents",
    "post-navigation", "prev-next", "next-article", "top-stories", "ad-slot", "ad-container",
    "adslot", "ad-wrapper", "inline-ad", "native-ad", "email-signup", "subscription", "byline",
    "dateline", "disclaimer", "copyright", "entry-meta", "post-meta", "article-meta", "tag-list",
    "taglist", "popup", "modal", "overlay", "social",
  ]

  /// Short words that mark page furniture as a whole part of a name (`ad-top`, `nav_main`).
  static let furnitureParts: Set<String> = ["ad", "ads", "nav", "share", "dfp", "reactions", "donate"]

  /// Words that suggest furniture only for elements without paragraphs of their own
  /// (`toc-para` may hold the article; `toc-list` does not).
  static let weakFurnitureParts: Set<String> = [
    "menu", "tags", "tag", "toc", "print", "login", "search", "rating", "ratings", "hidden", "sticky",
    "notice", "promo", "banner", "meta", "follow", "alert", "pager", "toolbar", "header", "widgets",
  ]

  /// How strongly a class or id names furniture.
  enum FurnitureName { case strong, weak }

  /// Words in class and id names that mark the article itself.
  static let contentWords: [String] = [
    "article", "story", "entry-content", "post-content", "post-body", "article-body",
    "articlebody", "content-body", "main-content", "page-content", "body-text", "richtext",
    "rich-text", "text-content", "blog-post", "single-post", "prose", "markdown",
  ]

  private static let furnitureBytes = furnitureWords.map { Array($0.utf8) }
  private static let contentBytes = contentWords.map { Array($0.utf8) }

  /// A class or id attribute split into lowercase ASCII tokens.
  static func tokens(_ value: String) -> [[UInt8]] {
    var tokens: [[UInt8]] = []
    var current: [UInt8] = []
    for byte in value.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        if !current.isEmpty { tokens.append(current) }
        current.removeAll(keepingCapacity: true)
      } else {
        current.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    return tokens
  }

  static func furnitureName(_ name: String) -> FurnitureName? {
    var weak = false
    for token in tokens(name) {
      let parts = token.split(whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        .map { String(decoding: $0, as: UTF8.self) }
      if parts.contains(where: furnitureParts.contains) { return .strong }
      for word in furnitureBytes where contains(token, word) {
        // "threaded-comments" is furniture; "article-content" and "shared-article" are not.
        if contentBytes.contains(where: { contains(token, $0) }) && !token.starts(with: word) { continue }
        return .strong
      }
      if parts.contains(where: weakFurnitureParts.contains) { weak = true }
    }
    return weak ? .weak : nil
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBufferPointer { contains($0, needle) }
  }

  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBufferPointer { contains($0, needle) }
  }

  private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
    let count = needle.count
    guard count <= haystack.count else { return false }
    let first = needle[0]
    var index = 0
    let last = haystack.count - count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == count { return true }
      }
      index += 1
    }
    return false
  }
}
