internal import VerbatimCore

/// Reads XML: any well-formed document as text in document order, and the newsroom
/// vocabularies (TEI, NITF, NewsML-G2, JATS, ParlParse Hansard, Akoma Ntoso) with their
/// metadata and speaker turns, so that who said what in a transcript is known, not guessed.
enum XMLReader {
  static func read(_ decoded: DecodedSource, id: String, path: String, options: ReadOptions) throws(ReadError)
    -> Document
  {
    let markup = try ParsedMarkup(decoded, path: path, options: options, html: false)
    if let fatal = markup.result.problems.first(where: \.isFatal) {
      throw ReadError(path: path, reason: "is not well-formed XML: line \(fatal.line): \(fatal.message)")
    }
    let tree = markup.tree
    guard let root = tree.rootChildren.first(where: { tree.nodes[$0].kind == .element }) else {
      throw ReadError(path: path, reason: "has no XML root element")
    }
    let vocabulary = XMLVocabulary(root: tree.nodes[root].name)
    let metadata = XMLMetadataReader(tree: tree, root: root, vocabulary: vocabulary).read()
    let speakers = XMLSpeakers(tree: tree, vocabulary: vocabulary, register: options.register, date: metadata.published)
    let bodies = XMLReader.bodies(tree, root: root, vocabulary: vocabulary)
    let directText = XMLReader.directText(tree)
    var emitter = BlockEmitter(tree: tree) { index in
      role(of: index, tree: tree, vocabulary: vocabulary, speakers: speakers, directText: directText)
    }
    emitter.emit(bodies)
    var diagnostics = markup.diagnostics(html: false)
    if vocabulary == .generic && emitter.builder.blocks.isEmpty && !tree.nodes.isEmpty {
      diagnostics.append(Diagnostic(.warning, "the XML holds no text"))
    }
    return Document(
      id: id, path: path, format: .xml, text: emitter.builder.makeText(), blocks: emitter.builder.blocks,
      metadata: metadata, diagnostics: diagnostics,
      sourceMap: markup.sourceMap(emitter.builder.map))
  }

  /// Where the body text of each vocabulary lives: the outermost elements of the first name
  /// found (for JATS, the abstract and the body together).
  private static func bodies(_ tree: MarkupTree, root: Int, vocabulary: XMLVocabulary) -> [Int] {
    let names: [String]
    switch vocabulary {
    case .tei: names = ["text"]
    case .nitf, .newsML: names = ["body.content", "body"]
    case .jats:
      let parts = ["abstract", "body"].compactMap { tree.elements(named: $0).first }
      return parts.isEmpty ? [root] : parts
    case .akomaNtoso: names = ["debateBody", "mainBody", "body"]
    case .parlParse, .generic: return [root]
    }
    for name in names {
      let outer = tree.elements(named: name).filter { !hasAncestor(named: name, $0, in: tree) }
      if !outer.isEmpty { return outer }
    }
    return [root]
  }

  private static func hasAncestor(named name: String, _ node: Int, in tree: MarkupTree) -> Bool {
    var current = tree.nodes[node].parent
    while current >= 0 {
      if tree.nodes[current].name == name { return true }
      current = tree.nodes[current].parent
    }
    return false
  }

  private static func role(
    of index: Int, tree: MarkupTree, vocabulary: XMLVocabulary, speakers: XMLSpeakers, directText: [Bool]
  ) -> ElementRole {
    let node = tree.nodes[index]
    let name = node.name
    if vocabulary.skipped.contains(name) { return .skip }
    if let turn = speakers.turn(index) { return .utterance(turn) }
    if name == "lb" || name == "br" { return .lineBreak }
    // Mixed content: an element inside text is inline.
    if node.parent >= 0 && directText[node.parent] && !vocabulary.paragraphs.contains(name) {
      return .inline
    }
    if vocabulary.headings.contains(name) { return .block(.heading) }
    if vocabulary.paragraphs.contains(name) { return .block(.paragraph) }
    if vocabulary.quotations.contains(name) { return .block(.blockquote) }
    if vocabulary.listItems.contains(name) { return .block(.listItem) }
    if vocabulary.captions.contains(name) { return .block(.caption) }
    return directText[index] ? .block(.paragraph) : .container
  }

  /// Whether each node has a text child with more than whitespace (mixed content), found in one
  /// pass so that asking for every element costs no more than the tree.
  static func directText(_ tree: MarkupTree) -> [Bool] {
    var found = Array(repeating: false, count: tree.nodes.count)
    for index in tree.nodes.indices {
      let parent = tree.nodes[index].parent
      guard tree.nodes[index].kind == .text, parent >= 0, !found[parent] else { continue }
      if tree.text(of: index).contains(where: { $0 > 0x20 }) { found[parent] = true }
    }
    return found
  }
}
