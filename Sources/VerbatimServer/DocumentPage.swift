import Crypto
import Foundation
import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/documents/{id}`: a document's text with its quotes highlighted as in the report (hover or
/// focus a highlight for its details, with the script), then each quote with its place in the
/// file; `/documents/{id}/source`: the file as stored on disk, line by line, each line an
/// anchor (`#L5`), so a quote's line and column can be checked against the bytes.
struct DocumentPage {
  let store: GraphStore
  let maxBytes: Int

  /// The one document a reference names, with its claims; 404 when none, 400 when several.
  static func load(_ context: some RequestContext, _ store: GraphStore) throws -> (GraphSelection, StoredDocument) {
    let reference = try DocumentReference(context.parameters.require("id"))
    let selection = try store.select(ClaimFilter(document: reference.value))
    guard let document = selection.documents.first else {
      throw RequestProblem(.notFound, "no document \(reference.value) in the store")
    }
    guard selection.documents.count == 1 else {
      throw RequestProblem.badParameter(
        "id", "\(reference.value) begins \(selection.documents.count) documents' ids; give more digits")
    }
    return (selection, document)
  }

  func document(_ request: Request, context: some RequestContext) throws -> Response {
    let (selection, document) = try Self.load(context, store)
    let text = try store.documentText(document.id)
    var body = "<p class=\"meta\">\(facts(document))</p>\n"
    body += HTMLReport.legend(of: selection)
    body += "<aside id=\"details\" aria-live=\"polite\" hidden></aside>\n"
    body += HTMLReport.documentSection(document, in: selection, text: text)
    let claims = selection.claims(in: document)
    body += "<h2>Quotes and claims (\(claims.count))</h2>\n"
    body += CitationLinks.html([("document", document.id)])
    body += "<ol class=\"claims\">\n" + claims.map { ClaimHTML.item($0) }.joined() + "</ol>\n"
    return Reply.html(HTML.page(title: CitationEntry.title(of: document), body: body))
  }

  /// Path, address, id, version and the documents it copies or revises.
  private func facts(_ document: StoredDocument) -> String {
    var facts = ["<span class=\"path\">\(HTML.escape(document.path))</span>"]
    if let url = document.url, url.hasPrefix("https://") || url.hasPrefix("http://") {
      facts.append("<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(HTML.escape(url))</a>")
    }
    if !document.authors.isEmpty { facts.append("by " + HTML.escape(document.authors.joined(separator: ", "))) }
    facts.append("<span class=\"id\">\(HTML.escape(document.id))</span>")
    if document.version > 1 { facts.append("version \(document.version)") }
    if let copy = document.copyOf {
      facts.append("copies <a href=\"/documents/\(HTML.escape(copy))\">an earlier document</a>")
    }
    if let earlier = document.revisionOf {
      facts.append("revises <a href=\"/documents/\(HTML.escape(earlier))\">its earlier version</a>")
    }
    facts.append("<a href=\"/documents/\(HTML.escape(document.id))/source\">the file, line by line</a>")
    return facts.joined(separator: " · ")
  }

  func source(_ request: Request, context: some RequestContext) throws -> Response {
    let (selection, document) = try Self.load(context, store)
    let title = "Source of " + CitationEntry.title(of: document)
    guard let bytes = fileBytes(document) else {
      let body =
        "<p class=\"empty\">The file this document was read from (\(HTML.escape(document.path))) is not on this "
        + "server's disk with the same bytes, so its lines cannot be shown. Every place given is a place in that file.</p>\n"
      return Reply.html(HTML.page(title: title, body: body))
    }
    var quoted = Set<Int>()
    for claim in selection.claims(in: document) where claim.span.end.line >= claim.span.start.line {
      quoted.formUnion(claim.span.start.line...claim.span.end.line)
    }
    var body = "<p class=\"meta\"><a href=\"/documents/\(HTML.escape(document.id))\">The document</a> · "
    body += "\(HTML.escape(document.path)) · lines with quotes are marked</p>\n<ol class=\"source\">\n"
    var number = 0
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let mark = quoted.contains(number) ? " class=\"quoted\"" : ""
      let text = line.hasSuffix("\r") ? line.dropLast() : line
      body += "<li id=\"L\(number)\"\(mark)><code>\(HTML.escape(String(text)))</code></li>\n"
    }
    body += "</ol>\n"
    return Reply.html(HTML.page(title: title, body: body))
  }

  /// The file's bytes, only when the path the store recorded still holds exactly the bytes the
  /// document's id is the digest of (and no more than the upload cap): the path comes from the
  /// store, never from the request.
  private func fileBytes(_ document: StoredDocument) -> [UInt8]? {
    let url = URL(fileURLWithPath: document.path)
    guard document.path.hasPrefix("/"),
      let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size <= maxBytes,
      let data = try? Data(contentsOf: url)
    else { return nil }
    let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    return "sha256:" + digest == document.id ? Array(data) : nil
  }
}
