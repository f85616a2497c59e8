import Hummingbird
import VerbatimCore
import VerbatimExport
import VerbatimGraph

/// `/verify?speaker=NAME&q=WORDS`: did this speaker say these words? The verdict `verbatim
/// verify` gives, what it means, how names were matched, the word diff against the closest
/// claim (changes to negations, numbers and qualifiers flagged), and the evidence.
struct VerifyPage {
  let store: GraphStore

  /// What each verdict means, as `verbatim verify --help` lists them.
  static func meaning(_ verdict: Verification.Verdict) -> String {
    switch verdict {
    case .verbatim: "said by this speaker in these words"
    case .altered: "said by this speaker in other words (the differences are shown)"
    case .misattributed: "these words were said by someone else"
    case .paraphrase: "only reported speech by this speaker matches"
    case .notFound: "nothing in the store matches"
    case .ambiguous: "said in these words by someone named by a surname this speaker shares with someone else"
    case .notInRecord: "the store holds this speaker's record and the words are not in it"
    }
  }

  func respond(_ request: Request) throws -> Response {
    let parameters = try QueryParameters(request)
    let speaker = parameters.text("speaker")
    let words = parameters.text("q")
    var body = """
      <form class="verify" action="/verify" method="get">
      <p><label>Speaker <input name="speaker" value="\(HTML.escape(speaker ?? ""))" required></label></p>
      <p><label>Words <textarea name="q" rows="3" cols="60" required>\(HTML.escape(words ?? ""))</textarea></label></p>
      <p><button type="submit">Verify</button></p>
      </form>

      """
    guard let speaker, let words else {
      if speaker != nil || words != nil {
        throw RequestProblem.badParameter(
          speaker == nil ? "speaker" : "q", "missing: give both a speaker and the words")
      }
      return Reply.html(HTML.page(title: "Verify a quote", body: body))
    }
    let result = try store.verify(speaker: speaker, said: words)
    let verdict = result.verdict.rawValue
    body +=
      "<section class=\"verdict \(verdict)\" id=\"verdict\"><h2>Verdict: <span class=\"label\">\(verdict)</span></h2>\n"
    body += "<p>\(HTML.escape(Self.meaning(result.verdict)))"
    body += result.againstRecord ? ", judged against the record (transcript turns).</p>\n" : ".</p>\n"
    if let identity = result.identity { body += "<p class=\"identity\">\(HTML.escape(identity.sentence)).</p>\n" }
    if let closest = result.evidence.first, result.verdict != .notFound {
      body += "<h3>Your words against the closest claim</h3>\n<p class=\"diff\">\(Self.diff(closest.diff))</p>\n"
    }
    if let alteration = result.alteration, !alteration.changes.isEmpty {
      body += "<ul class=\"changes\">\n" + alteration.changes.map(Self.change).joined() + "</ul>\n"
    }
    body += "</section>\n"
    if !result.evidence.isEmpty {
      body += "<h2>Evidence</h2>\n<ol class=\"claims\">\n"
      body += result.evidence.prefix(10).map { ClaimHTML.item($0.claim) }.joined() + "</ol>\n"
    }
    if !result.secondary.isEmpty {
      body += "<h2>Reported in</h2>\n<ol class=\"claims\">\n"
      body += result.secondary.prefix(10).map { ClaimHTML.item($0.claim) }.joined() + "</ol>\n"
    }
    return Reply.html(HTML.page(title: "Did \(speaker) say it?", body: body))
  }

  /// The claim's words against the words given: kept words plain, the claim's words that were
  /// left out or replaced struck through, words added underlined, the rest of a longer quote dimmed.
  static func diff(_ diff: WordDiff) -> String {
    let words = { (words: [String]) in HTML.escape(words.joined(separator: " ")) }
    return diff.operations.map { operation in
      switch operation {
      case .same(let run): words(run)
      case .substituted(let reference, let variant):
        "<del title=\"the claim says\">\(words(reference))</del> <ins title=\"you wrote\">\(words(variant))</ins>"
      case .inserted(let run): "<ins title=\"you wrote\">\(words(run))</ins>"
      case .deleted(let run): "<del title=\"the claim says\">\(words(run))</del>"
      case .truncated(let run): "<span class=\"beyond\" title=\"the quote goes on\">\(words(run))</span>"
      }
    }.joined(separator: " ")
  }

  /// One change in words, with its flags (negation, number, qualifier) as badges.
  static func change(_ change: Alteration.Change) -> String {
    let flags = change.flags.map { "<strong class=\"flag \($0.rawValue)\">\($0.rawValue)</strong>" }.joined(
      separator: " ")
    let from = HTML.escape(change.reference.joined(separator: " "))
    let to = HTML.escape(change.variant.joined(separator: " "))
    return "<li>\(change.kind.rawValue): <del>\(from)</del> → <ins>\(to)</ins> \(flags)</li>\n"
  }
}
