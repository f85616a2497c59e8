/// Finds the article in a page: marks page furniture, scores the elements that hold paragraph
/// text (in the manner of Readability and trafilatura), and picks the article's container.
struct HTMLContentFinder {
  let tree: MarkupTree
  /// Nodes that are never article text (furniture, hidden, scripts), with their subtrees.
  private(set) var excluded: [Bool]
  /// Non-whitespace text bytes under each node, outside excluded subtrees.
  private(set) var textLength: [Int]
  /// The same, inside links.
  private(set) var linkLength: [Int]

  init(tree: MarkupTree) {
    self.tree = tree
    let count = tree.nodes.count
    excluded = Array(repeating: false, count: count)
    textLength = Array(repeating: 0, count: count)
    linkLength = Array(repeating: 0, count: count)
    markFurniture()
    measure()
  }

  private mutating func markFurniture() {
    for index in tree.nodes.indices {
      let node = tree.nodes[index]
      if node.parent >= 0 && excluded[node.parent] {
        excluded[index] = true
        continue
      }
      guard node.kind == .element else { continue }
      excluded[index] = isFurniture(index)
    }
  }

  private func isFurniture(_ index: Int) -> Bool {
    let node = tree.nodes[index]
    let name = node.name
    if HTMLVocabulary.neverText.contains(name) { return true }
    if name == "body" || name == "html" || name == "main" { return false }
    var classAndID = ""
    for (attribute, value) in node.attributes {
      switch attribute {
      case "hidden": return true
      case "aria-hidden" where value == "true": return true
      case "role" where HTMLVocabulary.furnitureRoles.contains(value.lowercased()): return true
      case "style":
        let style = value.lowercased().filter { $0 != " " }
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
      case "class", "id":
        classAndID += " " + value
      case "itemprop" where value == "articleBody": return false
      default: break
      }
    }
    if name == "footer" || name == "aside" { return true }
    if name == "header" { return false }
    if !classAndID.isEmpty && HTMLVocabulary.mentionsFurniture(classAndID) {
      // A container holding the article is not furniture whatever its name says.
      return !(name == "article")
    }
    return false
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
        for byte in node.text where byte > 0x20 && byte & 0xC0 != 0x80 { length += 1 }
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

  /// The containers of the article, in document order: the best-scoring container and those
  /// of its siblings that read as part of the same text.
  func articleRoots() -> [Int] {
    if let marked = tree.nodes.indices.first(where: { index in
      !excluded[index] && tree.attribute("itemprop", of: index) == "articleBody" && textLength[index] > 200
    }) {
      return [marked]
    }
    var score = Array(repeating: 0.0, count: tree.nodes.count)
    var scored = Array(repeating: false, count: tree.nodes.count)
    func initialise(_ index: Int) {
      guard !scored[index] else { return }
      scored[index] = true
      score[index] = baseScore(index)
    }
    for index in tree.nodes.indices where !excluded[index] && tree.nodes[index].kind == .element {
      let name = tree.nodes[index].name
      let isParagraph =
        name == "p" || name == "pre" || name == "td" || name == "blockquote"
        || ((name == "div" || name == "section") && hasDirectText(index))
      guard isParagraph, textLength[index] >= 25 else { continue }
      let text = tree.plainText(of: index)
      let commas = text.reduce(0) { $0 + ($1 == "," || $1 == "，" ? 1 : 0) }
      let points = 1.0 + Double(commas) + min(3.0, Double(textLength[index]) / 100.0)
      let parent = tree.nodes[index].parent
      guard parent >= 0 else { continue }
      initialise(parent)
      score[parent] += points
      let grandparent = tree.nodes[parent].parent
      if grandparent >= 0 {
        initialise(grandparent)
        score[grandparent] += points / 2
        let great = tree.nodes[grandparent].parent
        if great >= 0 {
          initialise(great)
          score[great] += points / 3
        }
      }
    }
    var best = -1
    var bestScore = 0.0
    for index in tree.nodes.indices where scored[index] {
      score[index] *= 1 - linkDensity(index)
      if score[index] > bestScore {
        bestScore = score[index]
        best = index
      }
    }
    guard best >= 0 else {
      return tree.elements(named: "body").prefix(1).map { $0 }
    }
    // Climb while the parent holds clearly more article text of the same kind.
    var root = best
    while true {
      let parent = tree.nodes[root].parent
      guard parent >= 0, !excluded[parent], tree.nodes[parent].name != "body", tree.nodes[parent].name != "html"
      else { break }
      if scored[parent] && score[parent] >= bestScore * 0.9 && textLength[parent] < textLength[root] * 3 / 2 {
        root = parent
        continue
      }
      break
    }
    // Siblings that continue the article.
    let parent = tree.nodes[root].parent
    guard parent >= 0 else { return [root] }
    let threshold = max(10, score[root] * 0.2)
    var roots: [Int] = []
    for sibling in tree.children(of: parent) {
      if sibling == root {
        roots.append(sibling)
        continue
      }
      guard !excluded[sibling], tree.nodes[sibling].kind == .element else { continue }
      if scored[sibling] && score[sibling] >= threshold {
        roots.append(sibling)
      } else if tree.nodes[sibling].name == "p" && linkDensity(sibling) < 0.25 && textLength[sibling] > 80 {
        roots.append(sibling)
      }
    }
    return roots
  }

  private func hasDirectText(_ index: Int) -> Bool {
    tree.children(of: index).contains { child in
      tree.nodes[child].kind == .text && tree.nodes[child].text.count > 25
    }
  }

  private func baseScore(_ index: Int) -> Double {
    let node = tree.nodes[index]
    var value: Double
    switch node.name {
    case "article": value = 10
    case "div", "main", "section": value = 5
    case "pre", "td", "blockquote": value = 3
    case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": value = -3
    case "h1", "h2", "h3", "h4", "h5", "h6", "th": value = -5
    default: value = 0
    }
    let names = (tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? "")
    if HTMLVocabulary.mentionsContent(names) { value += 25 }
    if HTMLVocabulary.mentionsFurniture(names) { value -= 25 }
    return value
  }
}
