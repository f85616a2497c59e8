import Foundation

/// The inputs `verbatim-bench scaling` doubles: each shape is a file (or, for the store, a
/// folder of articles) of a given number of units, made of invented people, places and words.
enum ScalingShape: String, CaseIterable {
  /// `<p>` elements of an XML document, one a line.
  case xmlLines = "xml-lines"
  /// The same on one line.
  case xmlOneLine = "xml-one-line"
  /// Paragraphs of an HTML article, one a line.
  case html
  /// Speaker turns (`<u who>`) of a TEI transcript.
  case tei
  /// Paragraphs of plain text, apart by blank lines.
  case text
  /// Quotations, each attributed, in one paragraph.
  case quotes
  /// `verbatim read FILE --format jsonl` on the HTML shape: the command line, output included.
  case readCommand = "read-command"
  /// Claims in a store: `verbatim ingest` of articles with ten quotations each into a new store.
  case store

  /// What a unit of the shape is, for the table.
  var unit: String {
    switch self {
    case .xmlLines, .xmlOneLine: return "elements"
    case .html, .readCommand, .text: return "paragraphs"
    case .tei: return "utterances"
    case .quotes: return "quotations"
    case .store: return "claims"
    }
  }

  /// Whether the shape is run through the `verbatim` executable rather than in process.
  var runsCommand: Bool { self == .readCommand || self == .store }

  /// Writes `units` units of the shape at `path` (a file, or a folder for the store); returns
  /// the bytes written.
  func write(units: Int, to path: String) throws -> Int {
    if self == .store { return try Self.writeArticles(claims: units, to: path) }
    var out = ScalingText()
    switch self {
    case .xmlLines, .xmlOneLine:
      let separator = self == .xmlLines ? "\n" : ""
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report>" + separator)
      for index in 0..<units { out.append("<p>\(out.sentence(index))</p>" + separator) }
      out.append("</report>\n")
    case .html, .readCommand:
      out.append(
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>The ferry timetable</title>
        <meta property="article:published_time" content="2024-03-14T09:30:00Z">
        <meta name="author" content="Ines Varga"></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>The ferry timetable</h1>

        """)
      for index in 0..<units { out.append("<p>\(out.sentence(index))</p>\n") }
      out.append("</article><footer>Corran Gazette</footer></body></html>\n")
    case .tei:
      out.append(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Council of Corran</title>
        </titleStmt><publicationStmt><p>Invented for a benchmark</p></publicationStmt><sourceDesc><p>None</p>
        </sourceDesc></fileDesc><profileDesc><particDesc><listPerson>

        """)
      for person in 0..<ScalingText.people.count {
        out.append("<person xml:id=\"p\(person)\"><persName>\(ScalingText.people[person])</persName></person>\n")
      }
      out.append("</listPerson></particDesc></profileDesc></teiHeader><text><body>\n")
      for index in 0..<units {
        out.append("<u who=\"#p\(index % ScalingText.people.count)\">\(out.sentence(index))</u>\n")
      }
      out.append("</body></text></TEI>\n")
    case .text:
      for index in 0..<units { out.append(out.sentence(index) + "\n\n") }
    case .quotes:
      for index in 0..<units { out.append(out.quotation(index) + " ") }
      out.append("\n")
    case .store:
      break
    }
    try out.bytes.write(to: URL(fileURLWithPath: path))
    return out.bytes.count
  }

  /// Articles of ten attributed quotations each, every quotation different, in a new folder.
  private static func writeArticles(claims: Int, to folder: String) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var total = 0
    for article in 0..<max(1, claims / 10) {
      var out = ScalingText()
      out.append("The council of Corran met on Tuesday, edition \(article).\n\n")
      for index in 0..<10 { out.append(out.claim(article * 10 + index) + "\n\n") }
      try out.bytes.write(to: URL(fileURLWithPath: "\(folder)/article-\(article).txt"))
      total += out.bytes.count
    }
    return total
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Invented sentences and quotations, different for every index.
struct ScalingText {
  var bytes = Data()

  static let people = [
    "Mara Quill", "Tomas Reyes", "Ines Varga", "Oskar Lind", "Priya Natesan", "Jonah Adeyemi", "Lea Brandt",
    "Kofi Mensah", "Aiko Sato", "Ruben Castell", "Nadia Okafor", "Elif Demir",
  ]
  static let places = ["Corran", "Brindle", "Arden Street", "the Halver ferry", "Lowmarsh", "the north quay"]
  static let words = [
    "depot", "ferry", "budget", "harbour", "school", "bridge", "library", "timetable", "grant", "road", "market",
    "clinic", "tram", "museum", "pier", "orchard",
  ]

  mutating func append(_ text: String) { bytes.append(contentsOf: Array(text.utf8)) }

  /// A reported-speech sentence: "Mara Quill said the depot on Arden Street would cost 1,204 more by May."
  func sentence(_ index: Int) -> String {
    let person = Self.people[index % Self.people.count]
    let word = Self.words[(index / 3) % Self.words.count]
    let place = Self.places[(index / 7) % Self.places.count]
    return "\(person) said the \(word) at \(place) would cost \(index * 37 % 9973) more by May."
  }

  /// A quotation of 8 to 23 invented words, drawn with a Zipf-like law from 20,000 (a few very
  /// common, a long tail), so that claims repeat words as news does but hardly ever a quotation.
  func claim(_ index: Int) -> String {
    var state = UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15 | 1
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    let count = 8 + Int(next() % 16)
    var words: [String] = []
    for _ in 0..<count {
      let u = Double(next() % 1_000_000 + 1) / 1_000_001
      words.append(Self.word(min(19_999, Int(pow(20_000, u)) - 1)))
    }
    let person = Self.people[Int(next() % UInt64(Self.people.count))]
    return "“\(words.joined(separator: " ").capitalizedFirst),” said \(person)."
  }

  /// The invented word with this number: syllables in base 20.
  static func word(_ number: Int) -> String {
    let syllables = [
      "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "fel", "gor", "han", "jun", "mar", "pel", "qui",
      "ros", "tal", "wen",
    ]
    var word = ""
    var rest = number
    repeat {
      word += syllables[rest % syllables.count]
      rest /= syllables.count
    } while rest > 0
    return word
  }

  /// A quotation with its speaker: “The depot at Corran opens in May, not June,” said Tomas Reyes.
  func quotation(_ index: Int) -> String {
    let person = Self.people[index % Self.people.count]
    let word = Self.words[(index / 5) % Self.words.count]
    let other = Self.words[(index / 11) % Self.words.count]
    let place = Self.places[(index / 2) % Self.places.count]
    return
      "“The \(word) at \(place) opens in week \(index % 52 + 1), before the \(other) number \(index),” said \(person)."
  }
}
