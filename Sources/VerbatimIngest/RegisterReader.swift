public import VerbatimCore

/// Reads a TEI register of people (`listPerson`, as ParlaMint keeps it beside its transcripts)
/// and of organisations (`listOrg`): names, sex, dated affiliations and identifying addresses.
/// Parsed like any XML file Verbatim reads: no entity expansion, no DTD, no network.
public enum RegisterReader {
  /// Whether a file's name says it is a register (`ParlaMint-GB-listPerson.xml`, `…-listOrg.xml`).
  public static func isRegister(path: String) -> Bool {
    let name = (path.split(separator: "/").last ?? "").lowercased()
    return name.hasSuffix("listperson.xml") || name.hasSuffix("listorg.xml")
  }

  /// The register in the file at `path`; throws when it cannot be read or holds no person or
  /// organisation.
  public static func read(path: String, options: ReadOptions = ReadOptions()) throws(ReadError) -> PeopleRegister {
    let bytes = try InputFile.load(path: path, maxBytes: options.maxBytes)
    let decoded = Transcoder.decode(bytes, declared: DeclaredCharset.find(in: bytes))
    let markup = try ParsedMarkup(decoded, path: path, options: options, html: false)
    if let fatal = markup.result.problems.first(where: \.isFatal) {
      throw ReadError(path: path, reason: "is not well-formed XML: line \(fatal.line): \(fatal.message)")
    }
    let register = self.register(markup.tree)
    guard !register.people.isEmpty || !register.organisations.isEmpty else {
      throw ReadError(path: path, reason: "holds no TEI <person> or <org> with an xml:id")
    }
    return register
  }

  /// The people and organisations of a parsed TEI tree (a register, or a transcript's header).
  static func register(_ tree: MarkupTree) -> PeopleRegister {
    var register = PeopleRegister()
    for node in tree.elements(named: "person") {
      guard let id = tree.attribute("id", of: node) else { continue }
      var forenames: [String] = []
      var surnames: [String] = []
      var person = PeopleRegister.Person(id: id, forenames: [], surname: "")
      // The first persName is the current name; children read in order.
      var seenName = false
      for child in tree.children(of: node) where tree.nodes[child].kind == .element {
        switch tree.nodes[child].name {
        case "persName" where !seenName:
          seenName = true
          for part in tree.children(of: child) where tree.nodes[part].kind == .element {
            let text = tree.plainText(of: part)
            guard !text.isEmpty else { continue }
            switch tree.nodes[part].name {
            case "forename": forenames.append(text)
            case "surname": surnames.append(text)
            default: break
            }
          }
          if forenames.isEmpty && surnames.isEmpty {
            let whole = tree.plainText(of: child).split(separator: " ").map(String.init)
            forenames = Array(whole.dropLast())
            surnames = whole.suffix(1)
          }
        case "sex": person.sex = tree.attribute("value", of: child) ?? tree.plainText(of: child)
        case "affiliation":
          guard let ref = tree.attribute("ref", of: child) else { continue }
          person.affiliations.append(
            PeopleRegister.Affiliation(
              ref: ref, role: tree.attribute("role", of: child), from: tree.attribute("from", of: child),
              to: tree.attribute("to", of: child)))
        case "idno":
          let text = tree.plainText(of: child)
          if text.hasPrefix("http://") || text.hasPrefix("https://") { person.identifiers.append(text) }
        default: break
        }
      }
      guard !surnames.isEmpty || !forenames.isEmpty else { continue }
      person.forenames = forenames
      person.surname = surnames.joined(separator: " ")
      register.people[id] = person
    }
    for node in tree.elements(named: "org") {
      guard let id = tree.attribute("id", of: node) else { continue }
      let names = tree.children(of: node).filter { tree.nodes[$0].name == "orgName" }
      let full = names.first { (tree.attribute("full", of: $0) ?? "yes") == "yes" } ?? names.first
      if let full, case let name = tree.plainText(of: full), !name.isEmpty { register.organisations[id] = name }
    }
    return register
  }
}
