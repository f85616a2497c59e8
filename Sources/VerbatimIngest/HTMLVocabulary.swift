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

  static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// ARIA roles of page furniture.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar", "tablist", "alert", "status",
  ]

  /// Words in class and id names that mark page furniture rather than the article.
  static let furnitureWords: [String] = [
    "comment", "share", "sharing", "social", "related", "recommend", "newsletter", "subscribe",
    "signup", "sign-up", "promo", "advert", "sponsor", "cookie", "consent", "gdpr", "banner",
    "breadcrumb", "sidebar", "widget", "popup", "modal", "overlay", "footer", "masthead",
    "navbar", "nav-", "-nav", "menu", "paywall", "outbrain", "taboola", "trending", "most-popular",
    "mostpopular", "more-stories", "read-more", "readmore", "also-read", "see-also", "pagination",
    "pager", "toolbar", "skip-link", "hidden", "visually-hidden", "sr-only", "screen-reader",
    "author-bio", "authorbio", "about-author", "author-box", "tags", "tag-list", "taglist",
    "byline", "dateline", "meta-data", "post-meta", "entry-meta", "article-meta", "caption-credit",
    "print-only", "donate", "disclaimer", "copyright", "rating", "reactions", "jump-link",
    "table-of-contents", "toc", "login", "search", "shopping", "affiliate", "ad-slot", "ad-container",
    "adslot", "ad-wrapper", "advertisement", "inline-ad", "native-ad", "dfp", "top-stories",
    "next-article", "prev-next", "post-navigation", "author-info", "contributor", "subscription",
    "follow", "print", "email-signup", "sticky", "alert-bar", "notice",
  ]

  /// Words in class and id names that mark the article itself.
  static let contentWords: [String] = [
    "article", "story", "entry-content", "post-content", "post-body", "article-body",
    "articlebody", "content-body", "main-content", "page-content", "body-text", "richtext",
    "rich-text", "text-content", "blog-post", "single-post", "prose", "markdown",
  ]

  private static let furnitureBytes = furnitureWords.map { Array($0.utf8) }
  private static let contentBytes = contentWords.map { Array($0.utf8) }
  private static let shortFurniture: [[UInt8]] = ["ad", "ads", "nav", "tags", "meta"].map { Array($0.utf8) }

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

  static func mentionsFurniture(_ name: String) -> Bool {
    for token in tokens(name) {
      if shortFurniture.contains(token) { return true }
      for word in furnitureBytes where contains(token, word) {
        // "threaded-comments" is furniture; "article-content" and "shared-article" are not.
        if contentBytes.contains(where: { contains(token, $0) }) && !token.starts(with: word) { continue }
        return true
      }
    }
    return false
  }

  static func mentionsContent(_ name: String) -> Bool {
    tokens(name).contains { token in
      token == Array("content".utf8) || token == Array("post".utf8) || token == Array("entry".utf8)
        || contentBytes.contains { contains(token, $0) }
    }
  }

  /// Whether `needle` occurs in `haystack`.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
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
