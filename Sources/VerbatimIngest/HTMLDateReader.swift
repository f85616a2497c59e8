import Foundation
internal import VerbatimCore

/// A page's original publication date and its last update. The declared date (JSON-LD, `<meta>`,
/// `<time pubdate>`) is trusted first, except where the page prints an earlier date beside its
/// headline: sites that re-publish an article rewrite the declared date, and the earlier printed
/// one is the original. Dates labelled as updates are never taken as the publication date while
/// any other date is known.
struct HTMLDateReader {
  let tree: MarkupTree
  let metadata: HTMLMetadataReader

  func published(article: [String: Any]?, page: [String: Any]?, headline: Int?) -> String? {
    if let original = originallyPublished() { return original }
    let declared = declaredPublished(article: article, page: page)
    let printed = headline.flatMap(printedDate(near:))
    if let declared, let printed { return printed.prefix(10) < declared.prefix(10) ? printed : declared }
    if let date = declared ?? printed ?? anyTime() { return date }
    return visibleDate(updates: false, loose: false) ?? modified(article: article, page: page)
      ?? urlDate(withDay: true) ?? visibleDate(updates: true, loose: true) ?? urlDate(withDay: false)
  }

  static let publishedKeys = [
    "article:published_time", "og:article:published_time", "article:first_published_time", "datepublished",
    "publishdate", "publish-date", "publish_date", "published-date", "published", "og:publish_date", "pubdate",
    "publish_time", "date-pub", "dc.date.issued", "dc.date", "dcterms.created", "date", "sailthru.date",
    "parsely-pub-date", "cxenseparse:publishtime", "citation_publication_date", "citation_date",
    "article.published", "published_time", "release_date", "cdc:first_published",
  ]

  static let modifiedKeys = [
    "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified", "updated",
  ]

  /// The date of the last update, where the page states one.
  func modified(article: [String: Any]?, page: [String: Any]?) -> String? {
    var candidates: [String] = []
    for object in [article, page].compactMap({ $0 }) {
      if let value = HTMLMetadataReader.text(object["dateModified"]) { candidates.append(value) }
    }
    for key in HTMLDateReader.modifiedKeys { if let value = metadata.meta[key] { candidates.append(value) } }
    return candidates.lazy.compactMap(DateText.normalize).first
  }

  /// JSON-LD `datePublished`, published-time `<meta>` tags, and `<time>` marked as the
  /// publication date.
  private func declaredPublished(article: [String: Any]?, page: [String: Any]?) -> String? {
    var candidates: [String] = []
    for object in [article, page].compactMap({ $0 }) {
      if let value = HTMLMetadataReader.text(object["datePublished"] ?? object["dateCreated"]) {
        candidates.append(value)
      }
    }
    for key in HTMLDateReader.publishedKeys { if let value = metadata.meta[key] { candidates.append(value) } }
    // Site-specific names ("w-published-date", "cms.publish_time") after the known ones.
    for (key, value) in metadata.meta.sorted(by: { $0.key < $1.key })
    where (key.contains("publish") || key.contains("pubdate")) && (key.contains("date") || key.contains("time"))
      && !HTMLDateReader.updateWords.contains(where: key.contains)
    {
      candidates.append(value)
    }
    for index in tree.elements(named: "time")
    where tree.attribute("pubdate", of: index) != nil || tree.attribute("itemprop", of: index) == "datePublished" {
      candidates.append(timeValue(index))
    }
    return candidates.lazy.compactMap(DateText.normalize).first
  }

  /// Any `<time>` on the page, as a last declared source.
  private func anyTime() -> String? {
    tree.elements(named: "time").lazy.map(timeValue).compactMap(DateText.normalize).first
  }

  private func timeValue(_ index: Int) -> String {
    tree.attribute("datetime", of: index) ?? tree.attribute("content", of: index) ?? tree.plainText(of: index)
  }

  // MARK: - Dates printed on the page

  /// How far around the headline, in nodes, a printed date still belongs to the article's header.
  private static let nodesAfterHeadline = 150
  private static let nodesBeforeHeadline = 40

  /// The date printed in the article's header: the nearest date after the headline (bylines
  /// usually follow it), else just before it, that is not labelled as an update. For `<time>`
  /// the printed text wins over `datetime`: it is the date in the writer's time zone.
  private func printedDate(near headline: Int) -> String? {
    var after: [Int] = []
    var longParagraphs = 0  // a standfirst (or two) may come first; the third long paragraph is the body
    for index in (headline + 1)..<min(tree.nodes.count, headline + HTMLDateReader.nodesAfterHeadline) {
      if tree.nodes[index].name == "p" && tree.plainText(of: index).utf8.count > 150 {
        longParagraphs += 1
        if longParagraphs == 3 { break }
      }
      after.append(index)
    }
    let before = stride(from: headline - 1, through: max(0, headline - HTMLDateReader.nodesBeforeHeadline), by: -1)
    for index in after + Array(before) where !isInTable(index) {
      guard let text = ownDateText(index), !isUpdateLabel(index, text: text), let date = DateText.normalize(text)
      else { continue }
      if tree.nodes[index].name == "time" || DateText.looksLikeDate(text) { return date }
    }
    return nil
  }

  /// "This article was originally published on 14 Mar 2020": the page's own word on the original.
  private func originallyPublished() -> String? {
    let published = Array("published".utf8)
    for index in tree.nodes.indices
    where tree.nodes[index].kind == .text && HTMLVocabulary.contains(tree.text(of: index), published) {
      guard tree.nodes[index].parent >= 0, let text = ownDateText(tree.nodes[index].parent, limit: 160) else {
        continue
      }
      let lowered = text.lowercased()
      guard lowered.contains("originally published") || lowered.contains("first published") else { continue }
      if let date = DateText.normalize(text) { return date }
    }
    return nil
  }

  /// A date printed anywhere: first in an element whose class or id names a date, then (with
  /// `loose`) in any short line of text that reads as one ("Published on July 18, 2025"); dates
  /// labelled as updates only when `updates` is set.
  private func visibleDate(updates: Bool, loose allowLoose: Bool) -> String? {
    let dateWords = ["date", "time", "publish", "posted", "updated", "byline", "meta"].map { Array($0.utf8) }
    var loose: String?
    for index in tree.nodes.indices {
      // The cheap tests first: most elements of a long page end here.
      guard tree.nodes[index].kind == .element else { continue }
      let named =
        !tree.nodes[index].attributes.isEmpty
        && classAndID(index).contains { token in dateWords.contains { HTMLVocabulary.contains(token, $0) } }
      guard named || (allowLoose && loose == nil), let text = ownDateText(index),
        named || DateText.looksLikeDate(text), updates || !isUpdateLabel(index, text: text),
        let date = DateText.normalize(text)
      else { continue }
      if named { return date }
      loose = date
    }
    return loose
  }

  /// The element's own short text (its text children, not its descendants', so a date is read
  /// from its closest container; all of it for `<time>`), if it holds a digit.
  private func ownDateText(_ index: Int, limit: Int = 80) -> String? {
    let node = tree.nodes[index]
    guard node.kind == .element, node.firstChild >= 0, !LibXML2Parser.rawTextElements.contains(node.name),
      node.name != "head"
    else { return nil }
    if node.name == "time" {
      let text = tree.plainText(of: index)
      let value = timeValue(index)
      guard let printed = DateText.normalize(text), DateText.looksLikeDate(text) else { return value }
      guard let machine = DateText.normalize(value) else { return text }
      return DateText.daysBetween(printed, machine).map { abs($0) <= 1 } == true ? text : value
    }
    var own: [UInt8] = []
    for child in tree.children(of: index) where tree.nodes[child].kind == .text {
      if !own.isEmpty { own.append(0x20) }
      own.append(contentsOf: tree.text(of: child))
      if own.count > 3 * limit { break }
    }
    guard own.count >= 6, own.count <= 3 * limit, own.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
      return nil
    }
    let folded = foldWhitespace(String(decoding: own, as: UTF8.self))
    return folded.count >= 6 && folded.count <= limit ? folded : nil
  }

  private static let updateWords = ["updat", "modif", "revis", "reviewed", "changed", "edited", "today", "current"]

  /// Whether a date is labelled as an update (or as today's date): in its own text, in the text
  /// just before it inside its parent, or in its class and id.
  private func isUpdateLabel(_ index: Int, text: String) -> Bool {
    var label = text.lowercased()
    if tree.nodes[index].parent >= 0 {
      // The two siblings before it.
      let last = tree.nodes[index].previousSibling
      let older = last >= 0 ? tree.nodes[last].previousSibling : -1
      for sibling in [older, last] where sibling >= 0 { label += " " + tree.plainText(of: sibling).lowercased() }
    }
    label += " " + classAndID(index).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ").lowercased()
    return HTMLDateReader.updateWords.contains { label.contains($0) }
  }

  private func isInTable(_ index: Int) -> Bool {
    var current = index
    for _ in 0..<4 where current >= 0 {
      if ["td", "th", "table"].contains(tree.nodes[current].name) { return true }
      current = tree.nodes[current].parent
    }
    return false
  }

  private func classAndID(_ index: Int) -> [[UInt8]] {
    HTMLVocabulary.tokens((tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? ""))
  }

  /// `/2016/02/09/` or `/2016-02-09-` in the page's address; `/2016/02/` as the month's first
  /// day unless `withDay`.
  private func urlDate(withDay: Bool) -> String? {
    guard let url = metadata.canonicalURL(article: nil)?.removingPercentEncoding else { return nil }
    let parts = url.split(separator: "/")
    for index in parts.indices.dropLast(2) {
      if parts[index].count == 4, let year = Int(parts[index]), (1990...2100).contains(year),
        let month = Int(parts[index + 1]), (1...12).contains(month), parts[index + 1].count == 2
      {
        let day = Int(parts[index + 2].prefix(2)).flatMap { (1...31).contains($0) ? $0 : nil }
        guard let day = day ?? (withDay ? nil : 1) else { continue }
        return XMLMetadataReader.isoDay(year: year, month: month, day: day)
      }
    }
    for part in parts where part.count >= 10 {
      if let date = DateText.normalize(String(part.prefix(10))), date.count == 10 { return date }
    }
    return nil
  }
}
