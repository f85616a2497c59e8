/// Speaker turns in transcripts and debates, and the names behind their references: TEI
/// `<u who="#id">` and `<sp><speaker>`, ParlParse `<speech speakername person_id>`, Akoma
/// Ntoso `<speech by="#id">` with `<from>` and `<TLCPerson showAs>`.
struct XMLSpeakers {
  let tree: MarkupTree
  let vocabulary: XMLVocabulary
  /// Names declared for identifiers (`xml:id` of TEI persons, `eId` of Akoma Ntoso persons).
  private var names: [String: String] = [:]

  init(tree: MarkupTree, vocabulary: XMLVocabulary) {
    self.tree = tree
    self.vocabulary = vocabulary
    switch vocabulary {
    case .tei:
      for person in tree.elements(named: "person") + tree.elements(named: "persName") {
        guard let id = tree.attribute("id", of: person) else { continue }
        let nameNode = tree.descendants(of: person).first { tree.nodes[$0].name == "persName" } ?? person
        let name = tree.plainText(of: nameNode)
        if !name.isEmpty { names[id] = name }
      }
    case .akomaNtoso:
      for person in tree.elements(named: "TLCPerson") {
        if let id = tree.attribute("eid", of: person) ?? tree.attribute("id", of: person),
          let name = tree.attribute("showas", of: person)
        {
          names[id] = name
        }
      }
    default: break
    }
  }

  /// If `index` is a speaker's turn: who spoke (as the source names them) and their identifier.
  func turn(_ index: Int) -> (name: String?, id: String?)? {
    let node = tree.nodes[index]
    switch (vocabulary, node.name) {
    case (.tei, "u"):
      let reference = tree.attribute("who", of: index)
      return (reference.map(resolve) ?? nil, reference)
    case (.tei, "sp"):
      let speaker = tree.children(of: index).first { tree.nodes[$0].name == "speaker" }
      let reference = tree.attribute("who", of: index)
      return (speaker.map { tree.plainText(of: $0) } ?? reference.map(resolve) ?? nil, reference)
    case (.parlParse, "speech"):
      let name = tree.attribute("speakername", of: index)
      let id = tree.attribute("person_id", of: index) ?? tree.attribute("speakerid", of: index)
      return (name, id)
    case (.akomaNtoso, "speech"), (.akomaNtoso, "question"), (.akomaNtoso, "answer"):
      let reference = tree.attribute("by", of: index)
      let from = tree.children(of: index).first { tree.nodes[$0].name == "from" }.map { tree.plainText(of: $0) }
      return (reference.flatMap(resolve) ?? from, reference)
    default:
      return nil
    }
  }

  private func resolve(_ reference: String) -> String? {
    let key = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
    return names[key] ?? (key.contains(" ") ? key : nil)
  }
}
