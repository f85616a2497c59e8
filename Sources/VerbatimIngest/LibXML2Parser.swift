internal import CLibXML2
internal import VerbatimCore

/// Parses HTML or XML with libxml2, safely, into a `MarkupTree` (copied as libxml2 builds it).
///
/// Safety by construction: no entity substitution, no DTD loading or validation, no network,
/// no XInclude, a deny-all external entity loader, and the caller's byte cap. The input is
/// already UTF-8 (decided by `Transcoder`), so libxml2's own encoding guesses are switched off.
/// No libxml2 pointer leaves this file and `LibXML2TreeCopier.swift`.
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
      let copier = Unmanaged<LibXML2TreeCopier>.fromOpaque(box).takeUnretainedValue()
      let message = error.pointee.message.map { String(cString: $0) } ?? "unknown problem"
      copier.problems.add(
        Problem(
          message: foldWhitespace(message), line: Int(error.pointee.line), column: Int(error.pointee.int2),
          isFatal: error.pointee.level.rawValue >= XML_ERR_FATAL.rawValue))
    }
    // The tree is copied while libxml2 builds it (see LibXML2TreeCopier).
    let copier = LibXML2TreeCopier(source: source, html: html, context: context)
    LibXML2TreeCopier.install(on: context, html: html)
    context.pointee._private = Unmanaged.passUnretained(copier).toOpaque()
    _ = withExtendedLifetime(copier) {
      html ? htmlParseDocument(context) : xmlParseDocument(context)
    }
    context.pointee._private = nil
    guard let document = context.pointee.myDoc else {
      return Result(tree: MarkupTree(), problems: copier.problems.problems, unplacedText: [])
    }
    context.pointee.myDoc = nil
    defer { xmlFreeDoc(document) }
    if !html && context.pointee.wellFormed == 0 {
      var problems = copier.problems.problems
      if !problems.contains(where: \.isFatal) {
        problems.append(Problem(message: "not well-formed XML", line: 1, column: 1, isFatal: true))
      }
      return Result(tree: MarkupTree(), problems: problems, unplacedText: [])
    }
    copier.finish(document)
    return Result(tree: copier.tree, problems: copier.problems.problems, unplacedText: copier.unplaced)
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
