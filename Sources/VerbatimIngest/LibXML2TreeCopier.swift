internal import CLibXML2

/// Copies libxml2's tree into a `MarkupTree` while libxml2 builds it, and frees each part once it
/// is copied, so that the whole libxml2 tree never exists at once (it took seven times the file).
///
/// libxml2 builds its tree with its own SAX handlers, untouched: the copier only runs around them
/// (before an element starts, before one ends, after a comment, processing instruction or entity
/// reference). What libxml2 looks at while it builds stays in place: the open elements, each
/// one's last child (and the comment after it), the document's first and last child and its DTD,
/// and every registered ID. Everything else is copied in document order, with the source aligner
/// walking alongside, then freed. The tree and the diagnostics come out exactly as they would
/// from copying libxml2's finished tree. No libxml2 pointer leaves this file and
/// `LibXML2Parser.swift`.
final class LibXML2TreeCopier {
  private(set) var tree: MarkupTree
  /// Text nodes that could not be placed in the source.
  private(set) var unplaced: [Int] = []
  let problems = ProblemCollector()
  private var aligner: SourceAligner
  private let html: Bool
  private let context: xmlParserCtxtPtr

  init(source: [UInt8], html: Bool, context: xmlParserCtxtPtr) {
    self.html = html
    self.context = context
    aligner = SourceAligner(source: source, isHTML: html, namedEntity: LibXML2Parser.namedEntity(html: html))
    // Room for about as many nodes as there are tags, and for all the text; untouched room costs nothing.
    let tags = source.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 + ($1 == 0x3C ? 1 : 0) } }
    tree = MarkupTree(reservingNodes: 2 * tags + 16, textBytes: source.count)
  }

  /// Wraps libxml2's tree-building handlers on `context` so that the copier (found through the
  /// context's `_private`) runs around them; contexts libxml2 makes for entity content pass through.
  static func install(on context: xmlParserCtxtPtr, html: Bool) {
    guard let sax = context.pointee.sax else { return }
    if html {
      sax.pointee.startElement = { userData, name, attributes in
        let copier = LibXML2TreeCopier.main(userData)
        copier?.willAddChild()
        xmlSAX2StartElement(userData, name, attributes)
        copier?.didStartElement()
      }
      sax.pointee.endElement = { userData, name in
        LibXML2TreeCopier.main(userData)?.willEndElement()
        xmlSAX2EndElement(userData, name)
      }
    } else {
      sax.pointee.startElementNs = {
        userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
        let copier = LibXML2TreeCopier.main(userData)
        copier?.willAddChild()
        xmlSAX2StartElementNs(
          userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
        copier?.didStartElement()
      }
      sax.pointee.endElementNs = { userData, localName, prefix, uri in
        LibXML2TreeCopier.main(userData)?.willEndElement()
        xmlSAX2EndElementNs(userData, localName, prefix, uri)
      }
      sax.pointee.reference = { userData, name in
        xmlSAX2Reference(userData, name)
        LibXML2TreeCopier.main(userData)?.didAddOther()
      }
    }
    sax.pointee.comment = { userData, value in
      xmlSAX2Comment(userData, value)
      LibXML2TreeCopier.main(userData)?.didAddOther()
    }
    sax.pointee.processingInstruction = { userData, target, data in
      xmlSAX2ProcessingInstruction(userData, target, data)
      LibXML2TreeCopier.main(userData)?.didAddOther()
    }
  }

  /// The copier of the document being parsed, if `userData` is its context (not one libxml2
  /// made for an entity's content).
  static func main(_ userData: UnsafeMutableRawPointer?) -> LibXML2TreeCopier? {
    guard let userData else { return nil }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let box = context.pointee._private else { return nil }
    let copier = Unmanaged<LibXML2TreeCopier>.fromOpaque(box).takeUnretainedValue()
    return copier.context == context ? copier : nil
  }

  /// After parsing: copies whatever is still uncopied (text left open when parsing stopped early).
  func finish(_ document: xmlDocPtr) {
    var next = document.pointee.children
    while let node = next {
      if node.pointee._private == nil {
        copySubtree(node)
      } else if node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
        next = child
        continue
      }
      next = LibXML2TreeCopier.following(node, within: nil)
    }
  }

  // MARK: - Around libxml2's handlers

  /// Before a new element is added to the open element: its text so far is final.
  private func willAddChild() {
    guard let parent = context.pointee.node else {
      pruneDocumentLevel()
      return
    }
    copyPending(under: parent)
    prune(parent)
  }

  private func didStartElement() {
    guard let node = context.pointee.node, node.pointee._private == nil else { return }
    copyElement(node)
  }

  /// Before the open element closes: nothing inside it is looked at again.
  private func willEndElement() {
    guard let node = context.pointee.node else { return }
    copyPending(under: node)
    var child = node.pointee.children
    while let current = child {
      child = current.pointee.next
      if current.pointee._private != nil { free(current) }
    }
  }

  /// After a comment, processing instruction or entity reference: the text before it is final.
  private func didAddOther() {
    guard let parent = context.pointee.node else {
      pruneDocumentLevel()
      return
    }
    copyPending(under: parent)
    prune(parent)
  }

  // MARK: - Copying

  /// Marks a node of libxml2's tree that has no place in ours as done.
  private static func markDone(_ node: xmlNodePtr) {
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: 1)
  }

  /// The index a copied node has in our tree.
  private static func index(of node: xmlNodePtr) -> Int? {
    guard let mark = node.pointee._private else { return nil }
    let value = Int(bitPattern: mark)
    return value >= 2 ? value - 2 : nil
  }

  private static func mark(_ node: xmlNodePtr, index: Int) {
    node.pointee._private = UnsafeMutableRawPointer(bitPattern: index + 2)
  }

  /// Our index of a node's parent element, -1 at the top level.
  private static func parentIndex(_ node: xmlNodePtr) -> Int {
    guard let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return -1 }
    return index(of: parent) ?? -1
  }

  /// Copies the children of `parent` added since the last copy: a run at the end of its children.
  private func copyPending(under parent: xmlNodePtr) {
    guard var first = parent.pointee.last, first.pointee._private == nil else { return }
    while let previous = first.pointee.prev, previous.pointee._private == nil { first = previous }
    var child: xmlNodePtr? = first
    while let current = child {
      child = current.pointee.next
      copySubtree(current)
    }
  }

  /// Copies a node not yet copied and everything under it, in document order, without recursion.
  private func copySubtree(_ root: xmlNodePtr) {
    var next: xmlNodePtr? = root
    while let node = next {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        copyElement(node)
        if let child = node.pointee.children {
          next = child
          continue
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        copyText(node)
      default:
        LibXML2TreeCopier.markDone(node)  // comments, processing instructions, entity references
      }
      next = LibXML2TreeCopier.following(node, within: root)
    }
  }

  /// The next node in document order after `node`'s subtree, staying inside `root` (nil: the document).
  private static func following(_ node: xmlNodePtr, within root: xmlNodePtr?) -> xmlNodePtr? {
    var current = node
    while current != root {
      if let sibling = current.pointee.next { return sibling }
      guard let up = current.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
      current = up
    }
    return nil
  }

  private func copyElement(_ node: xmlNodePtr) {
    let name = LibXML2TreeCopier.name(of: node, html: html)
    let index = tree.appendElement(
      name: name, attributes: LibXML2TreeCopier.attributes(of: node),
      parent: LibXML2TreeCopier.parentIndex(node), anchor: aligner.cursor)
    LibXML2TreeCopier.mark(node, index: index)
    if html && LibXML2Parser.rawTextElements.contains(name) { aligner.skipRawTextElement(named: name) }
  }

  private func copyText(_ node: xmlNodePtr) {
    let parent = LibXML2TreeCopier.parentIndex(node)
    let text: [UInt8] =
      node.pointee.content.map { Array(UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0)))) } ?? []
    let anchor = aligner.cursor
    let isRaw = html && parent >= 0 && LibXML2Parser.rawTextElements.contains(tree.nodes[parent].name)
    let isBlank = !text.contains { $0 > 0x20 }
    let pieces: [TextPiece]? =
      isRaw || isBlank
      ? nil : node.pointee.type == XML_CDATA_SECTION_NODE ? aligner.alignCDATA(text) : aligner.alignText(text)
    let index = tree.appendText(text, pieces: pieces ?? [], parent: parent, anchor: anchor)
    LibXML2TreeCopier.mark(node, index: index)
    if pieces == nil && !isRaw && !isBlank { unplaced.append(index) }
  }

  private static func name(of node: xmlNodePtr, html: Bool) -> String {
    guard let raw = node.pointee.name else { return "" }
    let name = String(cString: raw)
    return html ? name.lowercased() : name
  }

  /// Attribute values from their text children only: entity references are never expanded.
  private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
    var out: [(name: String, value: String)] = []
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = current.pointee.name.map { String(cString: $0) } ?? ""
      var value: [UInt8] = []
      var child = current.pointee.children
      while let text = child {
        if text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
          value.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        child = text.pointee.next
      }
      out.append((name.lowercased(), String(decoding: value, as: UTF8.self)))
      attribute = current.pointee.next
    }
    return out
  }

  // MARK: - Freeing

  /// Frees the copied children of an open element but its last one and a comment after that
  /// (libxml2 decides whether whitespace is text by the last child before any comments).
  private func prune(_ parent: xmlNodePtr) {
    guard let last = parent.pointee.last else { return }
    var keep: xmlNodePtr? = last
    while let node = keep, node.pointee.type == XML_COMMENT_NODE { keep = node.pointee.prev }
    var child = parent.pointee.children
    while let current = child, current != last {
      child = current.pointee.next
      if current != keep && current.pointee._private != nil { free(current) }
    }
  }

  /// Frees what lies at the top level between the document's first and last child (comments,
  /// processing instructions, finished root elements); the DTD stays, for its entities.
  private func pruneDocumentLevel() {
    guard let document = context.pointee.myDoc, let first = document.pointee.children,
      let last = document.pointee.last
    else { return }
    var child = first.pointee.next
    while let current = child, current != last {
      child = current.pointee.next
      let type = current.pointee.type
      if type == XML_COMMENT_NODE || type == XML_PI_NODE
        || (type == XML_ELEMENT_NODE && current.pointee._private != nil)
      {
        free(current)
      }
    }
  }

  /// Unlinks and frees a copied node with everything under it. IDs stay registered, so that a
  /// later duplicate is still reported as libxml2 reports it.
  private func free(_ node: xmlNodePtr) {
    var next: xmlNodePtr? = node
    while let current = next {
      if current.pointee.type == XML_ELEMENT_NODE {
        var attribute = current.pointee.properties
        while let property = attribute {
          if property.pointee.atype == XML_ATTRIBUTE_ID { property.pointee.atype = XML_ATTRIBUTE_CDATA }
          attribute = property.pointee.next
        }
        if let child = current.pointee.children {
          next = child
          continue
        }
      }
      next = LibXML2TreeCopier.following(current, within: node)
    }
    xmlUnlinkNode(node)
    xmlFreeNode(node)
  }
}

/// Gathers the problems libxml2 reports through its structured error callback.
final class ProblemCollector {
  static let limit = 200
  private(set) var problems: [LibXML2Parser.Problem] = []

  func add(_ problem: LibXML2Parser.Problem) {
    if problems.count < ProblemCollector.limit { problems.append(problem) }
  }
}
