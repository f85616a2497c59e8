import Foundation
import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/variants`: quotes worded differently across documents, those whose change touches a
/// negation, a number or a qualifier first and flagged, each version with its outlet and place.
struct VariantsPage {
  let store: GraphStore

  func respond(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let limit = try parameters.integer("limit", default: 100, in: 1...1_000)
    let clusters = try store.variants(limit: limit)
    var body = "<p class=\"counts\">\(counted(clusters.count, "quote")) worded differently across documents"
    body += clusters.isEmpty ? ".</p>\n" : "; meaning changes first.</p>\n"
    for cluster in clusters {
      let loud = cluster.changesMeaning ? " meaning" : ""
      body += "<section class=\"cluster\(loud)\" id=\"cluster-\(cluster.id)\">\n"
      body +=
        "<h2>\(QuoteWording(kind: cluster.reference.kind, text: cluster.reference.text).shown(escape: HTML.escape))"
      body += cluster.changesMeaning ? " <strong class=\"flag meaning\">meaning changed</strong>" : ""
      body += "</h2>\n<ol class=\"claims\">\n"
      for version in cluster.versions {
        let relation = version.relation.rawValue.replacingOccurrences(of: "_", with: " ")
        body += ClaimHTML.item(version.claim, lead: "<span class=\"relation\">\(relation)</span> ")
        if version.relation == .variant {
          body +=
            "<li class=\"changes\"><ul>" + version.alteration.changes.map(VerifyPage.change).joined() + "</ul></li>\n"
        }
      }
      body +=
        "</ol>\n<p><a href=\"/api/v1/trace/\(HTML.percentEncode(cluster.reference.key))\">Provenance (JSON)</a></p>\n</section>\n"
    }
    return Reply.html(HTML.page(title: "Altered quotes", body: body))
  }
}
