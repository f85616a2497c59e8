import Foundation
internal import VerbatimCore

/// The people who wrote a page, most trusted source first: JSON-LD authors (following `@id`
/// references to Person nodes), author `<meta>` tags, links to author pages, elements named
/// for the author, and "By …" bylines. Organisations count only when no person is named.
struct HTMLAuthorReader {
  let tree: MarkupTree
  let metadata: HTMLMetadataReader

  func read(article: [String: Any]?, publisher: String?) -> [String] {
    var organisations: [String] = []
    // Scholarly pages list every author in citation_author; JSON-LD often names only the first.
    let cited = accept(metadata.allMeta["citation_author"] ?? [], publisher: publisher, lastFirst: true)
    if let article {
      let (people, orgs) = jsonLDAuthors(article["author"] ?? article["creator"])
      if let names = accept(people, publisher: publisher) {
        return (cited?.count ?? 0) > names.count ? cited! : names
      }
      organisations = orgs
    }
    if let cited { return cited }
    for key in ["author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"] {
      guard let value = metadata.meta[key] else { continue }
      if let names = accept([value], publisher: publisher) { return names }
    }
    for number in 1...4 where metadata.meta["twitter:label\(number)"]?.lowercased().hasPrefix("written by") == true {
      if let value = metadata.meta["twitter:data\(number)"], let names = accept([value], publisher: publisher) {
        return names
      }
    }
    if let names = accept(bylines(), publisher: publisher) { return names }
    return AuthorNames.clean(organisations, publisher: nil)
  }

  /// People and organisations named as JSON-LD authors; `{"@id": …}` references are looked up.
  private func jsonLDAuthors(_ value: Any?) -> (people: [String], organisations: [String]) {
    var people: [String] = []
    var organisations: [String] = []
    var pending: [Any] = value.map { [$0] } ?? []
    while let next = pending.popLast() {
      if let array = next as? [Any] {
        pending.append(contentsOf: array.reversed())
        continue
      }
      if let name = next as? String {
        people.append(name)
        continue
      }
      guard var object = next as? [String: Any] else { continue }
      if object["name"] == nil, let id = object["@id"] as? String,
        let found = metadata.jsonLD.first(where: { ($0["@id"] as? String) == id && $0["name"] != nil })
      {
        object = found
      }
      guard let name = HTMLMetadataReader.text(object["name"]) else { continue }
      let types = HTMLMetadataReader.types(of: object)
      if types.contains("organization") || types.contains("newsmediaorganization") || types.contains("corporation") {
        organisations.append(name)
      } else {
        people.append(name)
      }
    }
    return (people, organisations)
  }

  /// Bylines on the page: links to author pages, elements whose class or id says "author" or
  /// "byline", and short lines that begin "By".
  private func bylines() -> [String] {
    var byLine: [String] = []
    var afterLabel = false
    for index in tree.nodes.indices {
      let node = tree.nodes[index]
      let content = tree.text(of: index)
      if node.kind == .text && content.count <= 40 {
        // "Written by" in one element, the name in the next.
        let folded = foldWhitespace(String(decoding: content, as: UTF8.self))
        if folded.isEmpty { continue }
        if afterLabel {
          afterLabel = false
          if AuthorNames.isPlausible(folded) && byLine.isEmpty { byLine.append(folded) }
          continue
        }
        let label = folded.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        if ["written by", "by", "author", "authored by", "posted by", "words by", "article by"].contains(label) {
          afterLabel = true
          continue
        }
      }
      if node.kind == .text {
        // "By Jane Smith" as the text of a short element.
        guard byLine.isEmpty, node.parent >= 0, content.count < 80, content.count > 4 else { continue }
        let start = content.firstIndex { $0 > 0x20 } ?? content.startIndex
        guard content.endIndex - start > 3, content[start] | 0x20 == UInt8(ascii: "b"),
          content[start + 1] | 0x20 == UInt8(ascii: "y"), content[start + 2] == 0x20
        else { continue }
        let text = tree.plainText(of: node.parent)
        let rest = AuthorNames.stripLabels(text)
        if text.count <= 80, AuthorNames.isPlausible(rest), rest.split(separator: " ").count <= 6 {
          byLine.append(text)
        }
        continue
      }
      // An author element says so in an attribute.
      guard !node.attributes.isEmpty, !LibXML2Parser.rawTextElements.contains(node.name), node.name != "head",
        node.name != "meta", node.firstChild >= 0
      else { continue }
      let href = node.name == "a" ? (tree.attribute("href", of: index) ?? "").lowercased() : ""
      let names = ((tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? ""))
        .lowercased()
      let isAuthor =
        tree.attribute("rel", of: index) == "author" || tree.attribute("itemprop", of: index) == "author"
        || href.contains("/author/") || href.contains("/authors/")
        || (names.contains("author") && !names.contains("authority")) || names.contains("byline")
      guard isAuthor, tree.descendants(of: index).count <= 12 else { continue }
      let text = tree.plainText(of: index)
      if !text.isEmpty, text.count <= 80, AuthorNames.isPlausible(AuthorNames.stripLabels(text)) { return [text] }
    }
    return byLine
  }

  /// Cleaned names if any plausible person remains.
  private func accept(_ raw: [String], publisher: String?, lastFirst: Bool = false) -> [String]? {
    let names = AuthorNames.clean(raw.map { lastFirst ? AuthorNames.reorderLastFirst($0) : $0 }, publisher: publisher)
      .filter { name in
        AuthorNames.isPlausible(name)
          && publisher.map { HTMLMetadataReader.fold($0) != HTMLMetadataReader.fold(name) } != false
      }
    return names.isEmpty ? nil : names
  }
}
