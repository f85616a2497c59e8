import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VerbatimServer

@Suite("verbatim serve: the pages")
struct PageTests {
  @Test("search finds the seed quotes with their speakers, linked to the speaker and the document")
  func search() async throws {
    try await ServerFixture.withServer { client in
      let page = try await client.get("/search?q=completely+and+utterly+unacceptable", html: true)
      #expect(page.status == .ok)
      #expect(page.headers[.contentType] == "text/html; charset=utf-8")
      #expect(page.text.contains(">Thomas-Symonds</a>"))
      #expect(page.text.contains("completely and utterly unacceptable"))
      #expect(page.text.contains("href=\"/speakers/"))
      #expect(page.text.contains("href=\"/documents/sha256:"))
      #expect(page.text.range(of: #"line \d+, column \d+"#, options: .regularExpression) != nil)
      #expect(page.text.contains("href=\"/cite?q=completely%20and%20utterly%20unacceptable&amp;format=bibtex\""))
    }
  }

  @Test("the search filters narrow by kind and speaker, and a filter nothing passes says so")
  func filters() async throws {
    try await ServerFixture.withServer { client in
      let all = try await client.get("/search?q=pretext+to+invade+Gaza")
      #expect(all.text.contains("Azhar Ali"))
      let direct = try await client.get("/search?q=pretext+to+invade+Gaza&kind=direct")
      #expect(!direct.text.contains("<li class=\"claim indirect\""))
      let other = try await client.get("/search?q=pretext+to+invade+Gaza&speaker=Mira+Okonde")
      #expect(other.text.contains("Nothing in the store says these words with these filters."))
      let dated = try await client.get("/search?q=pretext+to+invade+Gaza&from=2090")
      #expect(dated.text.contains("with these filters"))
    }
  }

  @Test("a speaker's page has the canonical name, the names quoted under, documents and quotes by month")
  func speaker() async throws {
    try await ServerFixture.withServer { client in
      let list = try await client.get("/speakers?name=Okonde")
      let id = try #require(
        list.text.firstMatch(of: /href="\/speakers\/(\d+)">Mira Okonde</)?.output.1)
      let page = try await client.get("/speakers/\(id)")
      #expect(page.status == .ok)
      #expect(page.text.contains("<h1>Mira Okonde</h1>"))
      #expect(page.text.contains("Quoted as:"))
      #expect(page.text.contains("<h2>Documents</h2>"))
      #expect(page.text.contains("<h2>Quotes over time</h2>"))
      #expect(page.text.contains("dead on arrival"))
      let missing = try await client.get("/speakers/999999")
      #expect(missing.status == .notFound)
    }
  }

  @Test("a document page highlights its quotes and links each to its line and column in the file")
  func document() async throws {
    try await ServerFixture.withServer { client in
      let search = try await client.get("/search?q=dead+on+arrival")
      let id = try #require(search.text.firstMatch(of: /href="\/documents\/(sha256:[0-9a-f]{64})#/)?.output.1)
      let page = try await client.get("/documents/\(id)")
      #expect(page.status == .ok)
      #expect(page.text.contains("<mark class=\"quote direct"))
      #expect(page.text.contains("href=\"/documents/\(id)/source#L5\">line 5, column 2</a>"))
      let source = try await client.get("/documents/\(id)/source")
      #expect(source.text.contains("<li id=\"L5\" class=\"quoted\"><code>“The plan is &lt;script&gt;"))
      let short = try await client.get("/documents/\(id.dropFirst(7).prefix(12))")
      #expect(short.status == .ok)
    }
  }

  @Test("a quote carrying markup shows as text on every page: no element of it reaches the browser")
  func escaping() async throws {
    try await ServerFixture.withServer { client in
      let search = try await client.get("/search?q=dead+on+arrival")
      let id = try #require(search.text.firstMatch(of: /href="\/documents\/(sha256:[0-9a-f]{64})#/)?.output.1)
      for uri in [
        "/search?q=dead+on+arrival", "/search?q=nobody+reads+the+minutes", "/documents/\(id)",
        "/documents/\(id)/source", "/verify?speaker=Mira+Okonde&q=nobody+reads+the+minutes",
        "/search?q=%3Cscript%3Ewindow.pwned%3D3%3C%2Fscript%3E",
      ] {
        let page = try await client.get(uri)
        #expect(page.status == .ok, "\(uri)")
        #expect(!page.text.contains("<script>window"), "\(uri)")
        #expect(!page.text.contains("<img"), "\(uri)")
        #expect(!page.text.contains("onerror=\""), "\(uri)")
        #expect(page.text.contains("&lt;"), "\(uri)")
      }
    }
  }

  @Test("verify gives the CLI's verdicts, with the word diff and the evidence")
  func verify() async throws {
    let words = "the remarks that have been made are completely and utterly unacceptable"
    try await ServerFixture.withServer { client in
      for (speaker, verdict) in [("Thomas-Symonds", "verbatim"), ("Keir Starmer", "misattributed")] {
        let cli = CLI(["verify", "--speaker", speaker, words, "--store", ServerFixture.store, "--format", "json"])
        let expected = try #require((cli.json as? [String: Any])?["verdict"] as? String)
        #expect(expected == verdict)
        let query =
          "speaker=\(speaker.replacingOccurrences(of: " ", with: "+"))&q=\(words.replacingOccurrences(of: " ", with: "+"))"
        let page = try await client.get("/verify?\(query)")
        #expect(page.text.contains("<span class=\"label\">\(verdict)</span>"))
        #expect(page.text.contains("<h2>Evidence</h2>"))
      }
      let altered = try await client.get(
        "/verify?speaker=Thomas-Symonds&q=the+remarks+that+have+been+made+are+not+unacceptable")
      #expect(altered.text.contains("<del"))
      #expect(altered.text.contains("<ins"))
      #expect(altered.text.contains("class=\"flag negation\""))
    }
  }

  @Test("variants lists altered quotes; citation downloads come in every format")
  func variantsAndCitations() async throws {
    try await ServerFixture.withServer { client in
      let variants = try await client.get("/variants")
      #expect(variants.status == .ok)
      #expect(variants.text.contains("worded differently across documents"))
      let bibtex = try await client.get("/cite?q=completely+and+utterly+unacceptable&format=bibtex")
      #expect(bibtex.status == .ok)
      #expect(bibtex.headers[.contentType] == "application/x-bibtex; charset=utf-8")
      #expect(bibtex.headers[.contentDisposition] == "attachment; filename=\"verbatim-citations.bib\"")
      #expect(bibtex.text.hasPrefix("@"))
      let cli = CLI([
        "cite", "--query", "completely and utterly unacceptable", "--format", "bibtex", "--store", ServerFixture.store,
      ])
      #expect(bibtex.text == cli.out)
      for format in ["csl-json", "ris", "csv", "markdown"] {
        let list = try await client.get("/cite?speaker=Azhar+Ali&format=\(format)")
        #expect(list.status == .ok && !list.text.isEmpty, "\(format)")
      }
    }
  }

  @Test("every response carries a strict Content-Security-Policy, the error pages too")
  func securityHeaders() async throws {
    try await ServerFixture.withServer { client in
      for uri in ["/", "/search?q=unacceptable", "/assets/verbatim.css", "/api/v1/speakers", "/nowhere"] {
        let response = try await client.get(uri, html: true)
        let policy = try #require(response.headers[.contentSecurityPolicy], "\(uri)")
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), "\(uri)")
        #expect(!policy.contains("unsafe-inline"))
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
      }
      let page = try await client.get("/search?q=unacceptable")
      #expect(!page.text.contains("<style"))
      #expect(page.text.components(separatedBy: "<script").count == 2, "one script, linked, none inline")
      #expect(!page.text.contains("http://") && !page.text.contains("https://"), "no external resources")
    }
  }
}
