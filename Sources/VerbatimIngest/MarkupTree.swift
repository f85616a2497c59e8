/// A parsed HTML or XML document copied out of libxml2 into Swift values: elements with their
/// attributes, and text with where each piece of it stands in the decoded source.
struct MarkupTree: Sendable {
  /// One node, kept in an array; children are linked through indices.
  struct Node: Sendable {
    enum Kind: Sendable { case element, text }
    var kind: Kind
    /// Element name, lowercased for HTML; `prefix:local` kept apart as `name` (local) and `prefix`.
    var name: String
    var prefix: String?
    var attributes: [(name: String, value: String)]
    var parent: Int
    var firstChild = -1
    var lastChild = -1
    var nextSibling = -1
    var previousSibling = -1
    /// Text content (entities decoded), for text nodes.
    var text: [UInt8]
    /// Where the text stands in the decoded source, piece by piece; empty if it could not be placed.
    var pieces: [TextPiece]
    /// Where the text could not be placed, the source offset it was expected near.
    var anchor: Int
  }

  var nodes: [Node] = []

  /// The root's children are the children of the virtual node -1.
  var rootChildren: [Int] = []

  func attribute(_ name: String, of node: Int) -> String? {
    nodes[node].attributes.first { $0.name == name }?.value
  }

  /// The children of `node` (-1 for the top level), in order.
  func children(of node: Int) -> ChildSequence {
    ChildSequence(tree: self, first: node < 0 ? (rootChildren.first ?? -1) : nodes[node].firstChild)
  }

  /// The indices of a node's children, in order.
  struct ChildSequence: Sequence, IteratorProtocol {
    let tree: MarkupTree
    var current: Int
    init(tree: MarkupTree, first: Int) {
      self.tree = tree
      self.current = first
    }
    mutating func next() -> Int? {
      guard current >= 0 else { return nil }
      defer { current = tree.nodes[current].nextSibling }
      return current
    }
  }

  /// All elements in document order with the given local name.
  func elements(named name: String) -> [Int] {
    nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
  }

  /// The descendants of `node` in document order (iterative, so deep trees are safe).
  func descendants(of node: Int) -> [Int] {
    var out: [Int] = []
    var stack: [Int] = []
    var child = node < 0 ? (rootChildren.first ?? -1) : nodes[node].firstChild
    while true {
      if child >= 0 {
        out.append(child)
        stack.append(child)
        child = nodes[child].firstChild
        continue
      }
      guard let last = stack.popLast() else { break }
      child = nodes[last].nextSibling
    }
    return out
  }

  /// The text of a node and its descendants, whitespace folded (for metadata, not for the body).
  func plainText(of node: Int) -> String {
    if nodes[node].kind == .text { return foldWhitespace(String(decoding: nodes[node].text, as: UTF8.self)) }
    var bytes: [UInt8] = []
    var lastParent = -1
    for index in descendants(of: node) where nodes[index].kind == .text {
      // Text of different elements ("By<a>Jane</a>") is kept apart by a space.
      if lastParent >= 0 && nodes[index].parent != lastParent { bytes.append(0x20) }
      bytes.append(contentsOf: nodes[index].text)
      lastParent = nodes[index].parent
    }
    return foldWhitespace(String(decoding: bytes, as: UTF8.self))
  }
}

/// A stretch of a text node's content and the decoded-source bytes it came from: copied one
/// for one (`isLinear`), or as a whole (an entity, a normalised line break).
struct TextPiece: Sendable, Hashable {
  var content: Range<Int>
  var source: Range<Int>
  var isLinear: Bool
}

/// Collapses runs of whitespace to one space and trims the ends.
func foldWhitespace(_ text: some StringProtocol) -> String {
  var out: [UInt8] = []
  out.reserveCapacity(text.utf8.count)
  var pendingSpace = false
  var utf8 = Array(text.utf8)[...]
  while let byte = utf8.first {
    // ASCII whitespace, NO-BREAK SPACE (C2 A0) and ZERO WIDTH SPACE (E2 80 8B) fold; other
    // Unicode spaces (U+2000–U+200A, U+3000) too.
    var length = 0
    switch byte {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: length = 1
    case 0xC2 where utf8.count > 1 && utf8[utf8.startIndex + 1] == 0xA0: length = 2
    case 0xE2
    where utf8.count > 2 && utf8[utf8.startIndex + 1] == 0x80
      && (0x80...0x8B).contains(utf8[utf8.startIndex + 2]):
      length = 3
    case 0xE3 where utf8.count > 2 && utf8[utf8.startIndex + 1] == 0x80 && utf8[utf8.startIndex + 2] == 0x80:
      length = 3
    default: length = 0
    }
    if length > 0 {
      pendingSpace = !out.isEmpty
      utf8 = utf8.dropFirst(length)
      continue
    }
    if pendingSpace { out.append(0x20) }
    pendingSpace = false
    out.append(byte)
    utf8 = utf8.dropFirst()
  }
  return String(decoding: out, as: UTF8.self)
}
