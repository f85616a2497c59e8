import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/search?q=WORDS`: who said these words, ranked as `who-said` ranks them, narrowed by
/// speaker, kind, outlet and date range, twenty to a page, with citation downloads of the
/// same selection. Without words: the form, what the store holds and its most quoted speakers.
struct SearchPage {
  let store: GraphStore
  static let pageSize = 20

  func respond(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let query = try ClaimQuery(parameters)
    let page = try parameters.integer("page", default: 1, in: 1...(ClaimQuery.filteredPool / Self.pageSize))
    var body = form(query)
    guard let words = query.words else {
      body += try overview()
      return Reply.html(HTML.page(title: "Who said what", body: body))
    }
    let matches = try query.matches(in: store, limit: page * Self.pageSize + 1)
    let shown = matches.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
    if shown.isEmpty {
      body += "<p class=\"empty\">Nothing in the store says these words"
      body += query.speaker != nil || query.narrows ? " with these filters.</p>\n" : ".</p>\n"
    } else {
      let first = (page - 1) * Self.pageSize + 1
      body += "<p class=\"counts\">Matches \(first)–\(first + shown.count - 1), best first.</p>\n"
      body += "<ol class=\"claims results\" start=\"\(first)\">\n"
      for match in shown {
        let score = "<span class=\"score\">\(Int((match.score * 100).rounded()))%</span> "
        body += ClaimHTML.item(match.claim, lead: score)
      }
      body += "</ol>\n"
    }
    body += pager(query, page: page, more: matches.count > page * Self.pageSize)
    body += CitationLinks.html(query.parameters)
    return Reply.html(HTML.page(title: "Who said “\(words)”", body: body, search: words))
  }

  /// The search form with its filters, filled with the query.
  private func form(_ query: ClaimQuery) -> String {
    let value = { (text: String?) in HTML.escape(text ?? "") }
    var kinds = "<option value=\"\">any kind</option>"
    for kind in QuoteKind.allCases {
      let label = QuoteWording(kind: kind, text: "").kindLabel
      let selected = query.kind == kind ? " selected" : ""
      kinds += "<option value=\"\(kind.rawValue)\"\(selected)>\(HTML.escape(label))</option>"
    }
    return """
      <form class="search" action="/search" method="get">
      <p><label>Words <input type="search" name="q" value="\(value(query.words))" size="40" required></label>
      <button type="submit">Search</button></p>
      <fieldset><legend>Narrow</legend>
      <label>Speaker <input name="speaker" value="\(value(query.speaker))"></label>
      <label>Kind <select name="kind">\(kinds)</select></label>
      <label>Outlet <input name="outlet" value="\(value(query.outlet))"></label>
      <label>From <input name="from" value="\(value(query.from))" placeholder="YYYY-MM-DD" size="10"></label>
      <label>To <input name="to" value="\(value(query.to))" placeholder="YYYY-MM-DD" size="10"></label>
      </fieldset>
      </form>

      """
  }

  private func pager(_ query: ClaimQuery, page: Int, more: Bool) -> String {
    var links: [String] = []
    if page > 1 {
      links.append(
        "<a rel=\"prev\" href=\"\(HTML.escape(HTML.link("/search", query.parameters + [("page", String(page - 1))])))\">Previous</a>"
      )
    }
    if more {
      links.append(
        "<a rel=\"next\" href=\"\(HTML.escape(HTML.link("/search", query.parameters + [("page", String(page + 1))])))\">Next</a>"
      )
    }
    return links.isEmpty ? "" : "<nav class=\"pager\">\(links.joined(separator: " "))</nav>\n"
  }

  /// What the store holds and who is quoted most, for a start.
  private func overview() throws -> String {
    let counts = try store.counts()
    var out = "<p class=\"counts\">The store holds \(counted(counts.documents, "document")), "
    out += "\(counted(counts.claims, "claim")) and \(counted(counts.speakers, "speaker")).</p>\n"
    let speakers = try store.speakers().prefix(12)
    if !speakers.isEmpty {
      out += "<h2>Most quoted</h2>\n<ul class=\"speakers\">\n"
      for speaker in speakers { out += SpeakersPage.item(speaker) }
      out += "</ul>\n<p><a href=\"/speakers\">All speakers</a></p>\n"
    }
    return out
  }
}

/// Links to download the citation list of a selection in each format.
enum CitationLinks {
  static func html(_ parameters: [(String, String?)]) -> String {
    var out = "<p class=\"downloads\">Citation list: "
    out += CitationFormat.allCases.map { format in
      let href = HTML.link("/cite", parameters + [("format", format.rawValue)])
      return "<a href=\"\(HTML.escape(href))\" download>\(CiteDownload.label(format))</a>"
    }.joined(separator: " · ")
    return out + "</p>\n"
  }
}
