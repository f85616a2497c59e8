internal import VerbatimCore

/// Reads a news page: the article body without navigation, ads, share bars, related links,
/// comments or footers, and the page's metadata.
enum HTMLReader {
  static func read(_ decoded: DecodedSource, id: String, path: String, options: ReadOptions) throws(ReadError)
    -> Document
  {
    let markup = try ParsedMarkup(decoded, path: path, options: options, html: true)
    let tree = markup.tree

    var finder = HTMLContentFinder(tree: tree)
    let headline = HTMLReader.headline(tree, finder: finder)
    let roots = finder.articleRoots()
    finder.excludeNamedFurniture(around: roots)
    let metadata = HTMLMetadataReader(tree: tree).read(headline: headline)
    let titleKey = metadata.title.map(HTMLMetadataReader.fold)

    var emitter = BlockEmitter(tree: tree) { index in
      role(of: index, tree: tree, finder: finder, titleKey: titleKey)
    }
    emitter.emit(roots)
    return Document(
      id: id, path: path, format: .html, text: emitter.builder.makeText(), blocks: emitter.builder.blocks,
      metadata: metadata, diagnostics: markup.diagnostics(html: true),
      sourceMap: markup.sourceMap(emitter.builder.map))
  }

  /// The page's visible headline: the first `<h1>` outside furniture (or any `<h1>`).
  private static func headline(_ tree: MarkupTree, finder: HTMLContentFinder) -> Int? {
    let headings = tree.elements(named: "h1").filter { !tree.plainText(of: $0).isEmpty }
    return headings.first { !finder.excluded[$0] } ?? headings.first
  }

  private static func role(of index: Int, tree: MarkupTree, finder: HTMLContentFinder, titleKey: String?)
    -> ElementRole
  {
    if finder.excluded[index] { return .skip }
    let node = tree.nodes[index]
    switch node.name {
    case "br": return .lineBreak
    case "hr", "img": return .skip
    // A button kept as text holds words of its sentence (`HTMLContentFinder`).
    case "button": return .inlineApart
    case "figure" where finder.textLength[index] == 0: return .skip
    case "h1":
      if let titleKey, HTMLMetadataReader.fold(tree.plainText(of: index)) == titleKey { return .skip }
      return .block(.heading)
    case "h2", "h3", "h4", "h5", "h6":
      return .block(.heading)
    case "p", "pre", "td", "th", "dt", "dd", "address", "summary":
      if isLinkList(index, finder: finder) { return .skip }
      return .block(.paragraph)
    case "li":
      if isLinkList(index, finder: finder) { return .skip }
      return .block(.listItem)
    case "ul", "ol", "dl":
      if finder.linkDensity(index) > 0.6 { return .skip }
      return .container
    case "blockquote":
      return .block(.blockquote)
    case "figcaption", "caption":
      return .block(.caption)
    default:
      if HTMLVocabulary.blockElements.contains(node.name) {
        if node.name != "body" && node.name != "article" && node.name != "main" && isLinkList(index, finder: finder) {
          return .skip
        }
        return .container
      }
      return .inline
    }
  }

  /// A short block that is mostly links ("Read more", tag lists, link rows).
  private static func isLinkList(_ index: Int, finder: HTMLContentFinder) -> Bool {
    let length = finder.textLength[index]
    return length > 0 && finder.linkDensity(index) > 0.5 && length < 300
  }
}
