internal import VerbatimCore

/// The title, authors, date, publisher, address and language each XML vocabulary records.
struct XMLMetadataReader {
  let tree: MarkupTree
  let root: Int
  let vocabulary: XMLVocabulary

  func read() -> DocumentMetadata {
    var metadata = DocumentMetadata()
    metadata.language = tree.attribute("lang", of: root)
    switch vocabulary {
    case .tei:
      metadata.title = first("title", under: "titleStmt")
      metadata.authors = all("author", under: "titleStmt")
      // A transcript's date is the sitting's (its source or its setting), not the edition's.
      metadata.published =
        ["sourceDesc", "setting", "publicationStmt"].lazy.compactMap { parent in
          firstElement("date", under: parent).flatMap { date in
            DateText.normalize(self.tree.attribute("when", of: date) ?? self.tree.plainText(of: date))
          }
        }.first
      // The body that sat (the setting's places, chamber first), else the edition's publisher.
      let places = firstElement("setting", under: "settingDesc").map { setting in
        tree.children(of: setting).filter {
          tree.nodes[$0].name == "name" && tree.attribute("type", of: $0) == "place"
        }.map { tree.plainText(of: $0) }
      }
      metadata.publisher =
        places.flatMap { $0.isEmpty ? nil : $0.reversed().joined(separator: ", ") }
        ?? first("publisher", under: "publicationStmt")
      metadata.url = firstElement("idno", under: "publicationStmt").map { tree.plainText(of: $0) }.flatMap {
        $0.hasPrefix("http") ? $0 : nil
      }
      if metadata.language == nil, let text = tree.elements(named: "text").first {
        metadata.language = tree.attribute("lang", of: text)
      }
    case .nitf, .newsML:
      metadata.title =
        first("headline", under: "contentMeta") ?? first("hl1", under: "hedline") ?? first("title", under: "head")
      let bylines = tree.elements(named: "byline").map { tree.plainText(of: $0) }
      let creators = tree.elements(named: "creator").compactMap { creator in
        tree.descendants(of: creator).first { tree.nodes[$0].name == "name" }.map { tree.plainText(of: $0) }
          ?? tree.attribute("literal", of: creator)
      }
      metadata.authors = AuthorNames.clean(bylines.isEmpty ? creators : bylines, publisher: nil)
      let dates =
        tree.elements(named: "date.issue").compactMap { tree.attribute("norm", of: $0) }
        + ["contentCreated", "firstCreated", "versionCreated"].flatMap { name in
          tree.elements(named: name).map { tree.plainText(of: $0) }
        }
      metadata.published = dates.lazy.compactMap(DateText.normalize).first
      metadata.publisher =
        tree.elements(named: "doc.copyright").compactMap { tree.attribute("holder", of: $0) }.first
        ?? tree.elements(named: "pubdata").compactMap { tree.attribute("name", of: $0) }.first
        ?? tree.elements(named: "provider").compactMap { tree.attribute("literal", of: $0) }.first
      if metadata.language == nil {
        metadata.language = tree.elements(named: "language").compactMap { tree.attribute("tag", of: $0) }.first
      }
    case .jats:
      metadata.title = first("article-title", under: "title-group")
      metadata.authors = tree.elements(named: "contrib").filter {
        (tree.attribute("contrib-type", of: $0) ?? "author") == "author"
      }.compactMap { contrib in
        let parts = tree.descendants(of: contrib)
        let given = parts.first { tree.nodes[$0].name == "given-names" }.map { tree.plainText(of: $0) }
        let surname = parts.first { tree.nodes[$0].name == "surname" }.map { tree.plainText(of: $0) }
        let name = [given, surname].compactMap { $0 }.joined(separator: " ")
        return name.isEmpty ? nil : name
      }
      if let date = tree.elements(named: "pub-date").first {
        let parts = tree.descendants(of: date)
        func part(_ name: String) -> Int? {
          parts.first { tree.nodes[$0].name == name }.flatMap { Int(tree.plainText(of: $0)) }
        }
        if let year = part("year") {
          let month = part("month") ?? 1
          let day = part("day") ?? 1
          metadata.published = DateText.normalize(XMLMetadataReader.isoDay(year: year, month: month, day: day))
        }
      }
      metadata.publisher = first("publisher-name", under: "publisher")
      if let doi = tree.elements(named: "article-id").first(where: { tree.attribute("pub-id-type", of: $0) == "doi" }) {
        metadata.url = "https://doi.org/" + tree.plainText(of: doi)
      }
    case .parlParse:
      metadata.title = tree.elements(named: "major-heading").first.map { tree.plainText(of: $0) }
      metadata.published =
        tree.elements(named: "speech").lazy.compactMap { tree.attribute("id", of: $0) }
        .compactMap(XMLMetadataReader.dateInIdentifier).first
      metadata.publisher = "Hansard"
    case .akomaNtoso:
      metadata.title =
        tree.elements(named: "docTitle").first.map { tree.plainText(of: $0) }
        ?? tree.elements(named: "FRBRname").first.flatMap { tree.attribute("value", of: $0) }
      metadata.published =
        tree.elements(named: "FRBRdate").lazy.compactMap { tree.attribute("date", of: $0) }
        .compactMap(DateText.normalize).first
      // The work's author is a reference (`#council`) to a TLCOrganization or TLCPerson.
      let references = Dictionary(
        (tree.elements(named: "TLCOrganization") + tree.elements(named: "TLCPerson")).compactMap { index in
          (tree.attribute("eid", of: index) ?? tree.attribute("id", of: index)).flatMap { id in
            tree.attribute("showas", of: index).map { ("#" + id, $0) }
          }
        }, uniquingKeysWith: { first, _ in first })
      metadata.publisher = tree.elements(named: "FRBRauthor").first.flatMap { tree.attribute("href", of: $0) }
        .flatMap { references[$0] }
    case .generic:
      metadata.title = tree.elements(named: "title").first.map { tree.plainText(of: $0) }
    }
    if metadata.title?.isEmpty == true { metadata.title = nil }
    return metadata
  }

  private func firstElement(_ name: String, under parent: String) -> Int? {
    for container in tree.elements(named: parent) {
      if let found = tree.descendants(of: container).first(where: { tree.nodes[$0].name == name }) { return found }
    }
    return nil
  }

  private func first(_ name: String, under parent: String) -> String? {
    firstElement(name, under: parent).map { tree.plainText(of: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  }

  private func all(_ name: String, under parent: String) -> [String] {
    tree.elements(named: parent).flatMap { container in
      tree.descendants(of: container).filter { tree.nodes[$0].name == name }.map { tree.plainText(of: $0) }
    }.filter { !$0.isEmpty }
  }

  static func isoDay(year: Int, month: Int, day: Int) -> String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// `uk.org.publicwhip/debate/2024-02-12a.123.0` holds its date.
  static func dateInIdentifier(_ identifier: String) -> String? {
    for part in identifier.split(separator: "/") {
      if let date = DateText.normalize(String(part.prefix(10))), part.count >= 10 { return String(date.prefix(10)) }
    }
    return nil
  }
}
