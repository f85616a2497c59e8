import Testing
import VerbatimCore
import VerbatimIngest

/// The publication date of a page: declared, printed beside the headline, never an update while
/// anything else is known.
@Suite("Publication date")
struct PublicationDateTests {
  private func published(_ head: String, _ body: String) throws -> String? {
    let html = "<html><head>\(head)</head><body>\(body)</body></html>"
    return try Fixtures.read(bytes: Array(html.utf8), name: "date.html").metadata.published
  }

  private let story = String(
    repeating: "<p>The council met on Tuesday evening to hear from residents about the plans for the "
      + "new library on the riverside, which has been debated for more than three years.</p>",
    count: 4)

  @Test("a date printed under the headline that is earlier than the declared one is the original")
  func earlierPrintedDateWins() throws {
    let head = #"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"Jun 24, 2025"}</script>"#
    let body =
      #"<h1>How much to charge for a class</h1><div class="byline"><span>Shauna Mitchell</span>"#
      + #"<span>August 25, 2024</span></div>"# + story
    #expect(try published(head, body) == "2024-08-25")
  }

  @Test("a later printed date does not override the declared one")
  func laterPrintedDateLoses() throws {
    let head = #"<meta property="article:published_time" content="2013-03-11T11:11:07-07:00">"#
    let body = "<h1>Release notes</h1><p><span>March 20, 2023</span></p>" + story
    #expect(try published(head, body) == "2013-03-11T11:11:07-07:00")
  }

  @Test("an update printed beside the headline, or today's date, is never the publication date")
  func updatesAndTodayAreSkipped() throws {
    let head = #"<meta property="article:published_time" content="2025-04-10T08:00:00Z">"#
    let body =
      #"<p id="todays-date">Friday, December 19, 2025</p><h1>Best laptops</h1>"#
      + "<div>Updated <time datetime=\"2025-01-16\">January 16, 2025</time></div>"
      + "<div><span>Last updated:</span><span>Jan 2, 2025</span></div>" + story
    #expect(try published(head, body) == "2025-04-10T08:00:00Z")
  }

  @Test("a page that says when it was originally published is taken at its word")
  func originallyPublished() throws {
    let head = #"<meta property="article:published_time" content="2022-09-11T10:00:00Z">"#
    let body = "<h1>Ten years on</h1><p>This article was originally published on 26 Sep 2019 at 4:12pm</p>" + story
    #expect(try published(head, body) == "2019-09-26")
  }

  @Test("a <time> prints the writer's local day; its datetime wins when the two disagree by more")
  func timeTextAndDatetime() throws {
    let local = #"<h1>Late news</h1><p><time datetime="2026-02-24T04:13:00Z">February 23, 2026</time></p>"#
    #expect(try published("", local + story) == "2026-02-23")
    let stale = #"<h1>Old template</h1><p><time datetime="2024-12-20">August 28, 2024</time></p>"#
    #expect(try published("", stale + story) == "2024-12-20")
  }

  @Test("with no other date, the last update is better than none")
  func updateAsLastResort() throws {
    let body =
      #"<h1>Fees</h1><div class="hero-date"><div>Last updated on:</div><div>October 1, 2025</div></div>"#
      + story
    #expect(try published("", body) == "2025-10-01")
  }

  @Test("site-specific <meta> names for the publication date are read, update names are not")
  func siteSpecificMetaNames() throws {
    let head =
      #"<meta name="w-updated-date" content="2025-09-01"><meta name="w-published-date" content="2025-05-27T06:03:43Z">"#
    #expect(try published(head, "<h1>Innovation</h1>" + story) == "2025-05-27T06:03:43Z")
  }

  @Test("written dates: the day is the number beside the month, not a time of day")
  func writtenDates() throws {
    for (text, day) in [
      ("30 January 2025 / 23:07 GMT", "2025-01-30"), ("Published 10:19am 19 December 2025", "2025-12-19"),
      ("Sat, 20 Dec, 2025 - 06:36", "2025-12-20"), ("24 Apr 2000 • 3 min read", "2000-04-24"),
      ("September 4th, 2025", "2025-09-04"), ("09/04/2025", "2025-09-04"),
    ] {
      let body = "<h1>Dated</h1><p><span>\(text)</span></p>" + story
      #expect(try published("", body) == day, "\(text)")
    }
  }
}
