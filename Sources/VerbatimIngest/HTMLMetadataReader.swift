import Foundation
internal import VerbatimCore

/// Reads an article page's metadata, most trusted source first: JSON-LD (schema.org
/// `NewsArticle` and kin), OpenGraph and other `<meta>` tags, `<time datetime>`, bylines, and
/// `<title>`.
struct HTMLMetadataReader {
  let tree: MarkupTree
  /// `<meta>` values by lowercased `name`, `property` or `itemprop`, first one kept.
  private(set) var meta: [String: String] = [:]
  /// Every `<meta>` value by name, in order (some, like `citation_author`, repeat).
  private(set) var allMeta: [String: [String]] = [:]
  private(set) var jsonLD: [[String: Any]] = []

  init(tree: MarkupTree) {
    self.tree = tree
    for index in tree.elements(named: "meta") {
      guard let content = tree.attribute("content", of: index)?.trimmingASCIIWhitespace(), !content.isEmpty
      else { continue }
      for key in ["name", "property", "itemprop"] {
        guard let name = tree.attribute(key, of: index)?.lowercased() else { continue }
        if meta[name] == nil { meta[name] = content }
        allMeta[name, default: []].append(content)
      }
    }
    for index in tree.elements(named: "script")
    where tree.attribute("type", of: index)?.lowercased().contains("ld+json") == true {
      let raw = tree.children(of: index).map { String(decoding: tree.text(of: $0), as: UTF8.self) }.joined()
      jsonLD.append(contentsOf: HTMLMetadataReader.objects(inJSONLD: raw))
    }
  }

  static let articleTypes: Set<String> = [
    "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle",
    "techarticle", "scholarlyarticle", "liveblogposting", "report", "socialmediaposting",
    "discussionforumposting", "posting", "satiricalarticle", "medicalscholarlyarticle", "review",
    "advertisercontentarticle", "qapage", "howto", "recipe",
  ]

  /// The page's metadata; `headline` is the `<h1>` element the reader took as the headline.
  func read(headline: Int?) -> DocumentMetadata {
    let article = jsonLD.first {
      HTMLMetadataReader.types(of: $0).contains(where: HTMLMetadataReader.articleTypes.contains)
    }
    let page = jsonLD.first { HTMLMetadataReader.types(of: $0).contains("webpage") }
    var metadata = DocumentMetadata()
    metadata.title = title(article: article, headline: headline.map { tree.plainText(of: $0) })
    metadata.publisher = publisher(article: article)
    metadata.authors = HTMLAuthorReader(tree: tree, metadata: self).read(
      article: article, publisher: metadata.publisher)
    let dates = HTMLDateReader(tree: tree, metadata: self)
    metadata.published = dates.published(article: article, page: page, headline: headline)
    metadata.modified = dates.modified(article: article, page: page)
    metadata.url = canonicalURL(article: article)
    metadata.language = language(article: article)
    return metadata
  }

  // MARK: - Fields

  private func title(article: [String: Any]?, headline: String?) -> String? {
    var claimed: [String] = []
    if let article {
      for key in ["headline", "name"] { if let value = HTMLMetadataReader.text(article[key]) { claimed.append(value) } }
    }
    for key in ["og:title", "twitter:title", "dc.title", "citation_title", "parsely-title", "sailthru.title", "title"] {
      if let value = meta[key] { claimed.append(value) }
    }
    let pageTitle = tree.elements(named: "title").first.map { tree.plainText(of: $0) }
    if let headline, !headline.isEmpty {
      let folded = HTMLMetadataReader.fold(headline)
      if claimed.contains(where: { HTMLMetadataReader.fold($0) == folded })
        || pageTitle.map({ HTMLMetadataReader.fold($0).hasPrefix(folded) }) == true
      {
        return headline
      }
    }
    if let first = claimed.first.map(foldWhitespace) { return stripSiteName(first) }
    if let headline, !headline.isEmpty { return headline }
    return pageTitle.map(stripSiteName).flatMap { $0.isEmpty ? nil : $0 }
  }

  /// "Headline | Site" and "Headline - Site" lose the site's name.
  private func stripSiteName(_ title: String) -> String {
    let site = meta["og:site_name"].map(HTMLMetadataReader.fold)
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " • "] {
      guard let range = title.range(of: separator, options: .backwards) else { continue }
      let tail = title[range.upperBound...]
      let head = title[..<range.lowerBound]
      if let site, HTMLMetadataReader.fold(tail) == site || site.contains(HTMLMetadataReader.fold(tail)) {
        return String(head)
      }
      if tail.split(separator: " ").count <= 4 && head.split(separator: " ").count >= 3 { return String(head) }
    }
    return title
  }

  func publisher(article: [String: Any]?) -> String? {
    if let article, let names = HTMLMetadataReader.names(article["publisher"] ?? article["sourceOrganization"]),
      let first = names.first
    {
      return first
    }
    if let site = meta["og:site_name"] ?? meta["application-name"] ?? meta["citation_publisher"] { return site }
    return nil
  }

  func canonicalURL(article: [String: Any]?) -> String? {
    for index in tree.elements(named: "link") {
      if tree.attribute("rel", of: index)?.lowercased() == "canonical", let href = tree.attribute("href", of: index),
        href.hasPrefix("http")
      {
        return href
      }
    }
    if let url = meta["og:url"], url.hasPrefix("http") { return url }
    if let article, let url = HTMLMetadataReader.text(article["url"]), url.hasPrefix("http") { return url }
    return nil
  }

  private func language(article: [String: Any]?) -> String? {
    if let html = tree.elements(named: "html").first, let lang = tree.attribute("lang", of: html), !lang.isEmpty {
      return lang
    }
    if let article, let lang = HTMLMetadataReader.text(article["inLanguage"]) { return lang }
    if let locale = meta["og:locale"] { return locale.replacingOccurrences(of: "_", with: "-") }
    return meta["content-language"] ?? meta["language"]
  }

  // MARK: - JSON-LD

  /// Every object in a JSON-LD script, looking inside `@graph` and arrays.
  static func objects(inJSONLD raw: String) -> [[String: Any]] {
    var text = raw.trimmingASCIIWhitespace()
    if text.hasPrefix("<!--") { text = String(text.dropFirst(4)) }
    if text.hasSuffix("-->") { text = String(text.dropLast(3)) }
    guard let data = text.data(using: .utf8),
      let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    else { return [] }
    var out: [[String: Any]] = []
    var pending: [Any] = [json]
    while let next = pending.popLast(), out.count < 200 {
      if let array = next as? [Any] {
        pending.append(contentsOf: array.reversed())
      } else if let object = next as? [String: Any] {
        out.append(object)
        if let graph = object["@graph"] { pending.append(graph) }
        if let entity = object["mainEntity"] as? [String: Any] { pending.append(entity) }
      }
    }
    return out
  }

  static func types(of object: [String: Any]) -> [String] {
    if let type = object["@type"] as? String { return [type.lowercased()] }
    if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
    return []
  }

  static func text(_ value: Any?) -> String? {
    if let string = value as? String {
      let folded = foldWhitespace(decodeEntities(string))
      return folded.isEmpty ? nil : folded
    }
    if let array = value as? [Any] { return array.lazy.compactMap { text($0) }.first }
    if let object = value as? [String: Any] { return text(object["@value"] ?? object["name"]) }
    return nil
  }

  static func names(_ value: Any?) -> [String]? {
    guard let value else { return nil }
    if let array = value as? [Any] { return array.flatMap { names($0) ?? [] } }
    if let object = value as? [String: Any] { return text(object["name"]).map { [$0] } ?? [] }
    return text(value).map { [$0] }
  }

  /// `&amp;` and `&#39;` left in JSON-LD strings by careless templates.
  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&#039;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#8217;", with: "’").replacingOccurrences(of: "&nbsp;", with: " ")
  }

  /// Case, punctuation and whitespace folded, for comparing titles.
  static func fold(_ text: some StringProtocol) -> String {
    String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
  }
}
