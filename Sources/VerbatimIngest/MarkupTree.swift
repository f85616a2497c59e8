/// A parsed HTML or XML document copied out of libxml2 into Swift values: elements with their
/// attributes, and text with where each piece of it stands in the decoded source.
///
/// Kept compact, since a large file has millions of nodes: links are 32-bit, and the text and
/// source pieces of all text nodes live in two shared arrays that each node points into.
struct MarkupTree: Sendable {
  /// One node, kept in an array; children are linked through indices.
  struct Node: Sendable {
    enum Kind: UInt8, Sendable { case element, text }
    var kind: Kind
    /// Element name (the local part of `prefix:local`), lowercased for HTML; empty for text.
    var name: String
    var attributes: [(name: String, value: String)]
    private var links: (parent: Int32, firstChild: Int32, lastChild: Int32, next: Int32, previous: Int32)
    fileprivate var textStart: Int32 = 0
    fileprivate var textCount: Int32 = 0
    fileprivate var piecesStart: Int32 = 0
    fileprivate var piecesCount: Int32 = 0
    private var anchorOffset: Int32

    init(kind: Kind, name: String, attributes: [(name: String, value: String)], parent: Int, anchor: Int) {
      self.kind = kind
      self.name = name
      self.attributes = attributes
      links = (Int32(parent), -1, -1, -1, -1)
      anchorOffset = Int32(anchor)
    }

    var parent: Int { Int(links.parent) }
    var firstChild: Int { Int(links.firstChild) }
    var lastChild: Int { Int(links.lastChild) }
    var nextSibling: Int { Int(links.next) }
    var previousSibling: Int { Int(links.previous) }
    /// Where the text was expected in the decoded source, or where an element started in it.
    var anchor: Int { Int(anchorOffset) }
    /// Whether the text could be placed piece by piece in the source.
    var isPlaced: Bool { piecesCount > 0 }

    fileprivate mutating func link(
      firstChild: Int? = nil, lastChild: Int? = nil, next: Int? = nil, previous: Int? = nil
    ) {
      if let firstChild { links.firstChild = Int32(firstChild) }
      if let lastChild { links.lastChild = Int32(lastChild) }
      if let next { links.next = Int32(next) }
      if let previous { links.previous = Int32(previous) }
    }
  }

  private(set) var nodes: [Node] = []

  /// The root's children are the children of the virtual node -1.
  private(set) var rootChildren: [Int] = []

  /// The text of every text node, one after another (entities decoded).
  private var textBytes: [UInt8] = []
  /// Where each text node's text stands in the decoded source, piece by piece.
  private var textPieces: [TextPiece] = []

  /// An empty tree with room for about `nodes` nodes and `textBytes` bytes of text.
  init(reservingNodes nodes: Int = 0, textBytes: Int = 0) {
    self.nodes.reserveCapacity(nodes)
    self.textBytes.reserveCapacity(textBytes)
  }

  /// The text of a text node (empty for elements).
  func text(of node: Int) -> ArraySlice<UInt8> {
    let start = Int(nodes[node].textStart)
    return textBytes[start..<start + Int(nodes[node].textCount)]
  }

  /// Where a text node's text stands in the source; empty when it could not be placed.
  func pieces(of node: Int) -> ArraySlice<TextPiece> {
    let start = Int(nodes[node].piecesStart)
    return textPieces[start..<start + Int(nodes[node].piecesCount)]
  }

  /// Appends an element as the last child of `parent` (-1 for the top level); returns its index.
  mutating func appendElement(name: String, attributes: [(name: String, value: String)], parent: Int, anchor: Int)
    -> Int
  {
    append(Node(kind: .element, name: name, attributes: attributes, parent: parent, anchor: anchor))
  }

  /// Appends a text node with its text and its pieces in the source (none if it was not placed).
  mutating func appendText(_ text: some Collection<UInt8>, pieces: [TextPiece], parent: Int, anchor: Int) -> Int {
    var node = Node(kind: .text, name: "", attributes: [], parent: parent, anchor: anchor)
    precondition(textBytes.count + text.count < Int(Int32.max), "markup too large for a tree")
    node.textStart = Int32(textBytes.count)
    node.textCount = Int32(text.count)
    node.piecesStart = Int32(textPieces.count)
    node.piecesCount = Int32(pieces.count)
    textBytes.append(contentsOf: text)
    textPieces.append(contentsOf: pieces)
    return append(node)
  }

  private mutating func append(_ node: Node) -> Int {
    let index = nodes.count
    precondition(index < Int(Int32.max), "markup too large for a tree")
    let parent = node.parent
    nodes.append(node)
    let previous = parent >= 0 ? nodes[parent].lastChild : (rootChildren.last ?? -1)
    if previous >= 0 {
      nodes[previous].link(next: index)
      nodes[index].link(previous: previous)
    } else if parent >= 0 {
      nodes[parent].link(firstChild: index)
    }
    if parent >= 0 {
      nodes[parent].link(lastChild: index)
    } else {
      rootChildren.append(index)
    }
    return index
  }

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
    if nodes[node].kind == .text { return foldWhitespace(String(decoding: text(of: node), as: UTF8.self)) }
    var bytes: [UInt8] = []
    var lastParent = -1
    for index in descendants(of: node) where nodes[index].kind == .text {
      // Text of different elements ("By<a>Jane</a>") is kept apart by a space.
      if lastParent >= 0 && nodes[index].parent != lastParent { bytes.append(0x20) }
      bytes.append(contentsOf: text(of: index))
      lastParent = nodes[index].parent
    }
    return foldWhitespace(String(decoding: bytes, as: UTF8.self))
  }
}

/// A stretch of a text node's content and the decoded-source bytes it came from: copied one
/// for one (`isLinear`), or as a whole (an entity, a normalised line break). Stored in 32 bits.
struct TextPiece: Sendable, Hashable {
  private var contentStart: Int32
  private var contentEnd: Int32
  private var sourceStart: Int32
  private var sourceEnd: Int32
  var isLinear: Bool

  init(content: Range<Int>, source: Range<Int>, isLinear: Bool) {
    contentStart = Int32(content.lowerBound)
    contentEnd = Int32(content.upperBound)
    sourceStart = Int32(source.lowerBound)
    sourceEnd = Int32(source.upperBound)
    self.isLinear = isLinear
  }

  var content: Range<Int> { Int(contentStart)..<Int(contentEnd) }
  var source: Range<Int> { Int(sourceStart)..<Int(sourceEnd) }
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
