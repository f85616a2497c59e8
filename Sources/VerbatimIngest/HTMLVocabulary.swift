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

  /// A class or id attribute split into lowercase tokens.
  static func tokens(_ value: String) -> [String] {
    value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
  }

  static func mentionsFurniture(_ name: String) -> Bool {
    for token in tokens(name) {
      if token == "ad" || token == "ads" || token == "nav" || token == "tags" || token == "meta" { return true }
      for word in furnitureWords where token.contains(word) {
        // "threaded-comments-content" is furniture, "article-content" is not, "shared-article" is content.
        if contentWords.contains(where: { token.contains($0) }) && !token.hasPrefix(word) { continue }
        return true
      }
    }
    return false
  }

  static func mentionsContent(_ name: String) -> Bool {
    let lowered = name.lowercased()
    return contentWords.contains { lowered.contains($0) } || tokens(lowered).contains { $0 == "content" || $0 == "post" || $0 == "entry" }
  }
}
