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
    let head = #"<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"Mar 3, 2022"}</script>"#
    let body =
      #"<h1>Pricing a pottery workshop</h1><div class="byline"><span>Imke Sorensen</span>"#
      + #"<span>November 9, 2021</span></div>"# + story
    #expect(try published(head, body) == "2021-11-09")
  }

  @Test("a later printed date does not override the declared one")
  func laterPrintedDateLoses() throws {
    let head = #"<meta property="article:published_time" content="2014-06-17T09:42:05-07:00">"#
    let body = "<h1>Changelog</h1><p><span>May 2, 2022</span></p>" + story
    #expect(try published(head, body) == "2014-06-17T09:42:05-07:00")
  }

  @Test("an update printed beside the headline, or today's date, is never the publication date")
  func updatesAndTodayAreSkipped() throws {
    let head = #"<meta property="article:published_time" content="2025-05-06T08:00:00Z">"#
    let body =
      #"<p id="todays-date">Wednesday, July 16, 2025</p><h1>Best kettles</h1>"#
      + "<div>Updated <time datetime=\"2025-02-11\">February 11, 2025</time></div>"
      + "<div><span>Last updated:</span><span>Feb 3, 2025</span></div>" + story
    #expect(try published(head, body) == "2025-05-06T08:00:00Z")
  }

  @Test("a page that says when it was originally published is taken at its word")
  func originallyPublished() throws {
    let head = #"<meta property="article:published_time" content="2023-10-04T10:00:00Z">"#
    let body = "<h1>Eleven years on</h1><p>This article was originally published on 14 Mar 2020 at 4:12pm</p>" + story
    #expect(try published(head, body) == "2020-03-14")
  }

  @Test("a <time> prints the writer's local day; its datetime wins when the two disagree by more")
  func timeTextAndDatetime() throws {
    let local = #"<h1>Late news</h1><p><time datetime="2024-05-12T03:20:00Z">May 11, 2024</time></p>"#
    #expect(try published("", local + story) == "2024-05-11")
    let stale = #"<h1>Old template</h1><p><time datetime="2023-11-08">June 30, 2023</time></p>"#
    #expect(try published("", stale + story) == "2023-11-08")
  }

  @Test("with no other date, the last update is better than none")
  func updateAsLastResort() throws {
    let body =
      #"<h1>Rates</h1><div class="hero-date"><div>Last updated on:</div><div>March 5, 2024</div></div>"#
      + story
    #expect(try published("", body) == "2024-03-05")
  }

  @Test("site-specific <meta> names for the publication date are read, update names are not")
  func siteSpecificMetaNames() throws {
    let head =
      #"<meta name="w-updated-date" content="2024-07-02"><meta name="w-published-date" content="2024-02-19T06:03:43Z">"#
    #expect(try published(head, "<h1>Harbour news</h1>" + story) == "2024-02-19T06:03:43Z")
  }

  @Test("written dates: the day is the number beside the month, not a time of day")
  func writtenDates() throws {
    for (text, day) in [
      ("12 February 2024 / 21:07 GMT", "2024-02-12"), ("Published 10:19am 23 November 2024", "2024-11-23"),
      ("Sun, 15 Sep, 2024 - 06:36", "2024-09-15"), ("17 Aug 2001 • 3 min read", "2001-08-17"),
      ("March 6th, 2024", "2024-03-06"), ("03/06/2024", "2024-03-06"),
    ] {
      let body = "<h1>Notice</h1><p><span>\(text)</span></p>" + story
      #expect(try published("", body) == day, "\(text)")
    }
  }
}
