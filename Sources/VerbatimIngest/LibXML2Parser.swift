internal import CLibXML2
internal import VerbatimCore

/// Parses HTML or XML with libxml2, safely, and copies the result into a `MarkupTree` at once.
///
/// Safety by construction: no entity substitution, no DTD loading or validation, no network,
/// no XInclude, a deny-all external entity loader, and the caller's byte cap. The input is
/// already UTF-8 (decided by `Transcoder`), so libxml2's own encoding guesses are switched off.
/// No libxml2 pointer leaves this file.
enum LibXML2Parser {
  /// What parsing produced: the tree, problems libxml2 reported, and whether it gave up.
  struct Result {
    var tree: MarkupTree
    var problems: [Problem]
    var unplacedText: [Int]
  }

  /// A problem libxml2 reported, at a 1-based line and column of the decoded source.
  struct Problem {
    var message: String
    var line: Int
    var column: Int
    var isFatal: Bool
  }

  /// Elements whose content HTML treats as raw text (copied, not decoded).
  static let rawTextElements: Set<String> = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext",
  ]

  private static let initialised: Bool = {
    xmlInitParser()
    verbatim_installDenyAllLoader()
    return true
  }()

  /// Parses `source` (UTF-8) as HTML (recovering from errors) or XML (refusing malformed input).
  static func parse(_ source: [UInt8], html: Bool) -> Result? {
    _ = initialised
    guard source.count < Int(Int32.max) else { return nil }
    let collector = ProblemCollector()
    let context: xmlParserCtxtPtr? = source.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) { chars in
        html
          ? htmlCreateMemoryParserCtxt(chars, Int32(buffer.count))
          : xmlCreateMemoryParserCtxt(chars, Int32(buffer.count))
      }
    }
    guard let context else { return nil }
    defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }

    if html {
      let options =
        Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue)
        | Int32(HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        | Int32(XML_PARSE_HUGE.rawValue)
      htmlCtxtUseOptions(context, options)
    } else {
      let options =
        Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        | Int32(XML_PARSE_IGNORE_ENC.rawValue)
      xmlCtxtUseOptions(context, options)
    }
    context.pointee.options |= Int32(XML_PARSE_BIG_LINES.rawValue)
    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
    context.pointee.sax.pointee.initialized = XML_SAX2_MAGIC
    context.pointee.sax.pointee.serror = { userData, error in
      guard let userData, let error else { return }
      let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      guard let box = context.pointee._private else { return }
      let collector = Unmanaged<ProblemCollector>.fromOpaque(box).takeUnretainedValue()
      let message = error.pointee.message.map { String(cString: $0) } ?? "unknown problem"
      collector.add(
        Problem(
          message: foldWhitespace(message), line: Int(error.pointee.line), column: Int(error.pointee.int2),
          isFatal: error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue))
    }
    context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
    _ = withExtendedLifetime(collector) {
      html ? htmlParseDocument(context) : xmlParseDocument(context)
    }
    context.pointee._private = nil
    guard let document = context.pointee.myDoc else {
      return Result(tree: MarkupTree(), problems: collector.problems, unplacedText: [])
    }
    context.pointee.myDoc = nil
    defer { xmlFreeDoc(document) }
    if !html && context.pointee.wellFormed == 0 {
      var problems = collector.problems
      if !problems.contains(where: \.isFatal) {
        problems.append(Problem(message: "not well-formed XML", line: 1, column: 1, isFatal: true))
      }
      return Result(tree: MarkupTree(), problems: problems, unplacedText: [])
    }
    var aligner = SourceAligner(source: source, isHTML: html, namedEntity: LibXML2Parser.namedEntity(html: html))
    let (tree, unplaced) = copyTree(document, html: html, aligner: &aligner)
    return Result(tree: tree, problems: collector.problems, unplacedText: unplaced)
  }

  /// Walks the libxml2 tree in document order without recursion and copies it.
  private static func copyTree(
    _ document: xmlDocPtr, html: Bool, aligner: inout SourceAligner
  ) -> (MarkupTree, [Int]) {
    var tree = MarkupTree()
    var unplaced: [Int] = []
    let documentNode = UnsafeMutableRawPointer(document)
    var parent = -1
    var next = document.pointee.children
    while let node = next {
      var descend = false
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        let index = append(
          MarkupTree.Node(
            kind: .element, name: name(of: node, html: html),
            prefix: node.pointee.ns?.pointee.prefix.map { String(cString: $0) },
            attributes: attributes(of: node), parent: parent, text: [], pieces: [], anchor: aligner.cursor),
          to: &tree)
        if html && rawTextElements.contains(tree.nodes[index].name) {
          aligner.skipRawTextElement(named: tree.nodes[index].name)
        }
        if node.pointee.children != nil {
          parent = index
          descend = true
        }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        guard let content = node.pointee.content else { break }
        let text = Array(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        let anchor = aligner.cursor
        let isCDATA = node.pointee.type == XML_CDATA_SECTION_NODE
        let isRaw = html && parent >= 0 && rawTextElements.contains(tree.nodes[parent].name)
        let isBlank = !text.contains { $0 > 0x20 }
        let pieces: [TextPiece]? =
          isRaw || isBlank ? nil : isCDATA ? aligner.alignCDATA(text) : aligner.alignText(text)
        let index = append(
          MarkupTree.Node(
            kind: .text, name: "", prefix: nil, attributes: [], parent: parent, text: text,
            pieces: pieces ?? [], anchor: anchor),
          to: &tree)
        if pieces == nil && !isRaw && !isBlank { unplaced.append(index) }
      default:
        break  // comments, processing instructions, DTDs; entity references are never expanded
      }
      if descend {
        next = node.pointee.children
        continue
      }
      var current = node
      next = nil
      while true {
        if let sibling = current.pointee.next {
          next = sibling
          break
        }
        guard let up = current.pointee.parent, UnsafeMutableRawPointer(up) != documentNode else { break }
        current = up
        parent = parent >= 0 ? tree.nodes[parent].parent : -1
      }
    }
    return (tree, unplaced)
  }

  private static func append(_ node: MarkupTree.Node, to tree: inout MarkupTree) -> Int {
    let index = tree.nodes.count
    let parent = node.parent
    tree.nodes.append(node)
    let previous = parent >= 0 ? tree.nodes[parent].lastChild : (tree.rootChildren.last ?? -1)
    if previous >= 0 {
      tree.nodes[previous].nextSibling = index
      tree.nodes[index].previousSibling = previous
    } else if parent >= 0 {
      tree.nodes[parent].firstChild = index
    }
    if parent >= 0 {
      tree.nodes[parent].lastChild = index
    } else {
      tree.rootChildren.append(index)
    }
    return index
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

  /// The decoder of named entities: HTML's full table, or XML's five predefined ones.
  static func namedEntity(html: Bool) -> ([UInt8]) -> [UInt8]? {
    if html {
      return { name in htmlEntity(name) }
    }
    return { name in xmlEntity(name) }
  }

  private static func htmlEntity(_ name: [UInt8]) -> [UInt8]? {
    let terminated = name + [0]
    let found: UnsafePointer<htmlEntityDesc>? = terminated.withUnsafeBufferPointer { buffer in
      htmlEntityLookup(buffer.baseAddress)
    }
    guard let entity = found else { return nil }
    var out: [UInt8] = []
    Transcoder.appendUTF8(UInt32(entity.pointee.value), to: &out)
    return out
  }

  private static func xmlEntity(_ name: [UInt8]) -> [UInt8]? {
    switch String(decoding: name, as: UTF8.self) {
    case "amp": return [UInt8(ascii: "&")]
    case "lt": return [UInt8(ascii: "<")]
    case "gt": return [UInt8(ascii: ">")]
    case "quot": return [UInt8(ascii: "\"")]
    case "apos": return [UInt8(ascii: "'")]
    default: return nil
    }
  }
}

/// Gathers the problems libxml2 reports through its structured error callback.
private final class ProblemCollector {
  static let limit = 200
  var problems: [LibXML2Parser.Problem] = []

  func add(_ problem: LibXML2Parser.Problem) {
    if problems.count < ProblemCollector.limit { problems.append(problem) }
  }
}
