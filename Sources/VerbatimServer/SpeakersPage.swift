import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/speakers` (every speaker, most quoted first, or those a name can mean with `?name=`) and
/// `/speakers/{id}`: one speaker's canonical name, the names they were quoted under, their
/// roles, the documents they speak in, and what they said, by month, earliest first.
struct SpeakersPage {
  let store: GraphStore

  func list(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let name = parameters.text("name")
    let speakers = try store.speakers(matching: name)
    var body = """
      <form action="/speakers" method="get"><label>Name <input name="name" value="\(HTML.escape(name ?? ""))"></label>
      <button type="submit">Find</button></form>

      """
    if speakers.isEmpty {
      body += "<p class=\"empty\">No speaker in the store goes by \(HTML.escape(name ?? "any name")).</p>\n"
    } else {
      body += "<ul class=\"speakers\">\n" + speakers.map(Self.item).joined() + "</ul>\n"
    }
    return Reply.html(HTML.page(title: name.map { "Speakers named \($0)" } ?? "Speakers", body: body))
  }

  /// A speaker in a list: name linked to their page, type, how much they said, role.
  static func item(_ speaker: SpeakerSummary) -> String {
    var out = "<li><a class=\"speaker\" href=\"/speakers/\(speaker.id)\">\(HTML.escape(speaker.name))</a> "
    out += "<span class=\"meta\">\(speaker.type.rawValue), \(counted(speaker.claims, "claim")) in "
    out += "\(counted(speaker.documents, "document"))\(speaker.role.map { ", " + HTML.escape($0) } ?? "")</span></li>\n"
    return out
  }

  func speaker(_ request: Request, context: some RequestContext) throws -> Response {
    let text = try context.parameters.require("id")
    guard let id = Int64(text), id > 0 else {
      throw RequestProblem.badParameter("id", "“\(text)” is not a speaker number (as in /speakers/12)")
    }
    let answer = try store.saidBy("#\(id)", limit: 5_000)
    guard let speaker = answer.speakers.first else {
      throw RequestProblem(.notFound, "no speaker #\(id) in the store")
    }
    var body = "<p class=\"meta\">#\(speaker.id) · \(speaker.type.rawValue) · "
    body += "\(counted(speaker.claims, "claim")) in \(counted(speaker.documents, "document"))"
    if let wikidata = speaker.wikidata { body += " · Wikidata \(HTML.escape(wikidata))" }
    body += "</p>\n"
    body += Self.counts("Quoted as", speaker.aliases)
    body += Self.counts("Roles", speaker.roles.map { ($0.name, $0.count) }, zeroMeans: "from a people file")
    if !speaker.candidates.isEmpty {
      body += "<p>Named by surname alone: could be "
      body += speaker.candidates.map { "<a href=\"/speakers/\($0.id)\">\(HTML.escape($0.name))</a>" }
        .joined(separator: " or ")
      body += ".</p>\n"
    }
    body += CitationLinks.html([("speaker", "#\(speaker.id)")])
    body += documents(answer.claims)
    body += timeline(answer.claims)
    return Reply.html(HTML.page(title: speaker.name, body: body))
  }

  private static func counts(_ title: String, _ items: [(name: String, count: Int)], zeroMeans: String = "") -> String {
    guard !items.isEmpty else { return "" }
    let shown = items.map { item in
      HTML.escape(item.name) + " <span class=\"meta\">" + (item.count == 0 ? zeroMeans : "×\(item.count)") + "</span>"
    }
    return "<p><strong>\(title):</strong> \(shown.joined(separator: ", "))</p>\n"
  }

  /// The documents the speaker speaks in, each with how many claims.
  private func documents(_ claims: [StoredClaim]) -> String {
    var order: [StoredDocument] = []
    var count: [String: Int] = [:]
    for claim in claims {
      if count[claim.document.id] == nil { order.append(claim.document) }
      count[claim.document.id, default: 0] += 1
    }
    guard !order.isEmpty else { return "" }
    var out = "<h2>Documents</h2>\n<ul class=\"documents\">\n"
    for document in order {
      out +=
        "<li>\(ClaimHTML.documentLink(document)) <span class=\"meta\">\(counted(count[document.id]!, "claim"))</span></li>\n"
    }
    return out + "</ul>\n"
  }

  /// What the speaker said over time: a bar per month (claims without a date last), then the
  /// claims of each month.
  private func timeline(_ claims: [StoredClaim]) -> String {
    guard !claims.isEmpty else { return "<p class=\"empty\">No claims.</p>\n" }
    var months: [(String, [StoredClaim])] = []
    for claim in claims {
      let month = claim.document.published.map { String($0.prefix(7)) } ?? "undated"
      if months.last?.0 == month { months[months.count - 1].1.append(claim) } else { months.append((month, [claim])) }
    }
    let most = months.map(\.1.count).max() ?? 1
    var out = "<h2>Quotes over time</h2>\n<table class=\"timeline\"><tbody>\n"
    for (month, group) in months {
      out += "<tr><th scope=\"row\"><a href=\"#m-\(HTML.escape(month))\">\(HTML.escape(month))</a></th>"
      out += "<td><meter min=\"0\" max=\"\(most)\" value=\"\(group.count)\">"
      out += "\(group.count)</meter> \(group.count)</td></tr>\n"
    }
    out += "</tbody></table>\n"
    for (month, group) in months {
      out += "<h3 id=\"m-\(HTML.escape(month))\">\(HTML.escape(month))</h3>\n<ol class=\"claims\">\n"
      out += group.map { ClaimHTML.item($0, withSpeaker: false) }.joined()
      out += "</ol>\n"
    }
    return out
  }
}
