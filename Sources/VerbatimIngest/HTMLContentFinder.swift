/// Finds the article in a page: marks page furniture, weighs the paragraphs that read as prose,
/// and picks the element that holds most of them.
struct HTMLContentFinder {
  let tree: MarkupTree
  /// Nodes that are never article text (furniture, hidden, scripts), with their subtrees.
  private(set) var excluded: [Bool]
  /// Non-whitespace text bytes under each node, outside excluded subtrees.
  private(set) var textLength: [Int]
  /// The same, inside links.
  private(set) var linkLength: [Int]

  /// How strongly each element's class or id names page furniture (excluded only outside the
  /// article's spine, and weak names only without good paragraphs).
  private var namedFurniture: [HTMLVocabulary.FurnitureName?]
  /// The weight of good paragraphs (long, few links) under each element.
  private var paragraphWeight: [Int]

  init(tree: MarkupTree) {
    self.tree = tree
    let count = tree.nodes.count
    excluded = Array(repeating: false, count: count)
    namedFurniture = Array(repeating: nil, count: count)
    paragraphWeight = Array(repeating: 0, count: count)
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    measure()
    let rawText = textLength
    let rawLinks = linkLength
    for index in tree.nodes.indices {
      let node = tree.nodes[index]
      if node.parent >= 0 && excluded[node.parent] {
        excluded[index] = true
        continue
      }
      guard node.kind == .element else { continue }
      var verdict = furniture(index)
      // A control inside a sentence ("said professor <button>Ana Ruiz,</button> the director")
      // holds words of the sentence, often a name that opens a side note: it is read as text.
      if verdict == .structural, node.name == "button" {
        if isWordsOfSentence(index, rawText: rawText) { verdict = nil }
      }
      // libxml2 nests the rest of a page inside an unclosed <button> or <nav>: a long run of
      // text with few links under such a tag is the page, not its furniture.
      if verdict == .structural, !HTMLVocabulary.neverContent.contains(node.name), rawText[index] > 500,
        rawLinks[index] * 3 < rawText[index]
      {
        verdict = nil
      }
      switch verdict {
      case .structural: excluded[index] = true
      case .named(let strength): namedFurniture[index] = strength
      case nil: break
      }
    }
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    measure()
  }

  /// Whether a `<button>` holds words of the sentence around it, not a control's label: a few
  /// words of plain text (no icon, no nested block), between words of its paragraph on both
  /// sides ("professor<button>Ana Ruiz,</button> the director"). A label stands apart: alone in
  /// its container, at the end of a paragraph ("… <button>Show more</button>"), between blocks.
  private func isWordsOfSentence(_ index: Int, rawText: [Int]) -> Bool {
    let node = tree.nodes[index]
    guard (1...80).contains(rawText[index]), node.parent >= 0 else { return false }
    // Text and inline formatting of text only, and a few nodes of it.
    var inside = 0
    var child = node.firstChild
    while child >= 0 {
      inside += 1
      let kid = tree.nodes[child]
      guard inside <= 8, kid.kind == .text || isInlineText(child) else { return false }
      child = kid.nextSibling
    }
    return holdsWords(node.previousSibling, rawText: rawText) && holdsWords(node.nextSibling, rawText: rawText)
  }

  /// An inline element around text alone ("<em>Ana</em>").
  private func isInlineText(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    return HTMLVocabulary.inlineTextElements.contains(node.name) && node.firstChild >= 0
      && node.firstChild == node.lastChild && tree.nodes[node.firstChild].kind == .text
  }

  /// Whether a sibling of a control is words of its paragraph: text with a visible character, or
  /// inline formatting around such text.
  private func holdsWords(_ index: Int, rawText: [Int]) -> Bool {
    guard index >= 0, rawText[index] > 0 else { return false }
    return tree.nodes[index].kind == .text || isInlineText(index)
  }

  private enum Furniture: Equatable {
    case structural
    case named(HTMLVocabulary.FurnitureName)
  }

  /// Whether an element is page furniture by what it is (tag, role, hidden) or by its name.
  private func furniture(_ index: Int) -> Furniture? {
    let node = tree.nodes[index]
    let name = node.name
    if HTMLVocabulary.neverText.contains(name) { return .structural }
    if name == "body" || name == "html" || name == "main" || name == "article" { return nil }
    var classAndID = ""
    for (attribute, value) in node.attributes {
      switch attribute {
      case "hidden": return .structural
      case "aria-hidden" where value == "true": return .structural
      case "role" where HTMLVocabulary.furnitureRoles.contains(value.lowercased()): return .structural
      case "style":
        if HTMLContentFinder.hidesElement(style: value) { return .structural }
      case "class", "id":
        classAndID += " " + value
      case "itemprop" where value == "articleBody": return nil
      default: break
      }
    }
    if name == "footer" || name == "aside" { return .structural }
    if !classAndID.isEmpty, let strength = HTMLVocabulary.furnitureName(classAndID) { return .named(strength) }
    return nil
  }

  /// Whether an inline style hides the element (`display: none`, `visibility: hidden`).
  static func hidesElement(style: String) -> Bool {
    let compact = style.utf8.filter { $0 != 0x20 }.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    return HTMLVocabulary.contains(compact, Array("display:none".utf8))
      || HTMLVocabulary.contains(compact, Array("visibility:hidden".utf8))
  }

  /// Excludes furniture named by class or id, now that the article's roots are known: never
  /// an ancestor of a root, nor an element holding most of the article's text.
  mutating func excludeNamedFurniture(around roots: [Int]) {
    var spine = Set<Int>()
    var articleText = 0
    for root in roots {
      articleText += textLength[root]
      var current = root
      while current >= 0 {
        spine.insert(current)
        current = tree.nodes[current].parent
      }
    }
    for index in tree.nodes.indices {
      let parent = tree.nodes[index].parent
      if parent >= 0 && excluded[parent] {
        excluded[index] = true
        continue
      }
      guard let strength = namedFurniture[index], !spine.contains(index) else { continue }
      switch strength {
      case .strong: excluded[index] = textLength[index] * 2 < articleText
      case .weak: excluded[index] = paragraphWeight[index] == 0
      }
    }
  }

  private mutating func measure() {
    var insideLink = Array(repeating: false, count: tree.nodes.count)
    for index in tree.nodes.indices {
      let parent = tree.nodes[index].parent
      insideLink[index] = (parent >= 0 && insideLink[parent]) || tree.nodes[index].name == "a"
    }
    for index in tree.nodes.indices.reversed() {
      guard !excluded[index] else { continue }
      let node = tree.nodes[index]
      if node.kind == .text {
        var length = 0
        for byte in tree.text(of: index) where byte > 0x20 && byte & 0xC0 != 0x80 { length += 1 }
        textLength[index] = length
        if insideLink[index] { linkLength[index] = length }
      }
      if node.parent >= 0 {
        textLength[node.parent] += textLength[index]
        linkLength[node.parent] += linkLength[index]
      }
    }
  }

  func linkDensity(_ index: Int) -> Double {
    textLength[index] == 0 ? 0 : Double(linkLength[index]) / Double(textLength[index])
  }

  /// The container of the article: descending from the top while one child holds most of the
  /// weight of the page's good paragraphs (long, few links; less inside named furniture).
  mutating func articleRoots() -> [Int] {
    if let marked = tree.nodes.indices.first(where: { index in
      !excluded[index] && tree.attribute("itemprop", of: index) == "articleBody" && textLength[index] > 200
    }) {
      return [marked]
    }
    var weight = Array(repeating: 0, count: tree.nodes.count)
    var insideNamed = Array(repeating: false, count: tree.nodes.count)
    for index in tree.nodes.indices {
      let parent = tree.nodes[index].parent
      insideNamed[index] = namedFurniture[index] == .strong || (parent >= 0 && insideNamed[parent])
    }
    for index in tree.nodes.indices.reversed() where !excluded[index] {
      let node = tree.nodes[index]
      var good = 0
      if node.kind == .element && isParagraph(index) && textLength[index] >= 60 && linkDensity(index) < 0.35 {
        good = textLength[index]
        weight[index] = insideNamed[index] ? textLength[index] / 4 : textLength[index]
      } else if node.kind == .element && HTMLVocabulary.headingElements.contains(node.name) && textLength[index] >= 10 {
        weight[index] = insideNamed[index] ? 2 : 10
      }
      paragraphWeight[index] += good
      if node.parent >= 0 {
        weight[node.parent] += weight[index]
        paragraphWeight[node.parent] += paragraphWeight[index]
      }
    }
    guard var root = tree.rootChildren.first(where: { tree.nodes[$0].kind == .element }) else { return [] }
    let total = weight[root]
    guard total > 0 else { return [root] }
    while true {
      guard let heavy = tree.children(of: root).first(where: { weight[$0] * 100 >= total * 85 }),
        tree.nodes[heavy].kind == .element
      else { break }
      root = heavy
    }
    return [root]
  }

  private func isParagraph(_ index: Int) -> Bool {
    switch tree.nodes[index].name {
    case "p", "pre", "blockquote", "li", "dd", "td": return true
    case "div", "section", "span", "font", "article", "main": return hasDirectText(index)
    default: return false
    }
  }

  private func hasDirectText(_ index: Int) -> Bool {
    tree.children(of: index).contains { child in
      tree.nodes[child].kind == .text && tree.text(of: child).count > 25
    }
  }

}
