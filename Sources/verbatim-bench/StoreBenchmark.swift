import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimGraph
import VerbatimPostgres

/// `verbatim-bench store`: builds a store of generated claims through the same writer as
/// `verbatim ingest`, then times `who-said` and `said-by` on it.
struct StoreBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Build a store of generated claims (or reuse one) and time who-said and said-by queries on it.",
    discussion: """
      Claims are made of a Zipf-distributed vocabulary of invented words, 6 to 30 words long, ten a \
      document, spoken by 5,000 invented people; one in ten repeats an earlier claim with a word \
      changed, so clusters and variants are exercised too. Queries take 4 to 8 words of a random \
      stored claim, half of them with one word changed (a misremembered wording).
      """
  )

  @Argument(
    help: "The store to build (or reuse, if it already holds enough claims): an SQLite file or a postgres:// address.")
  var path: String
  @Option(help: "Claims to generate.") var claims = 1_000_000
  @Option(help: "Queries of each kind to time.") var queries = 500

  func run() throws {
    let store = try GraphStore.open(path)
    var generator = ClaimGenerator(seed: 7)
    let have = try store.counts().claims
    if have < claims {
      let start = Date()
      var documents = have / 10
      while try store.counts().claims < claims {
        for _ in 0..<1000 {
          try store.add(generator.document(number: documents))
          documents += 1
        }
        let count = try store.counts().claims
        let rate = Double(count - have) / Date().timeIntervalSince(start)
        FileHandle.standardError.write(Data("\r\(count) claims, \(Int(rate)) claims/s   ".utf8))
      }
      FileHandle.standardError.write(Data("\n".utf8))
      print(String(format: "built %d claims in %.0f s", try store.counts().claims, Date().timeIntervalSince(start)))
      // As after any bulk load: the full-text index merged into one piece.
      let merge = Date()
      try store.optimizeSearchIndex()
      print(String(format: "merged the search index in %.0f s", Date().timeIntervalSince(merge)))
    }
    let counts = try store.counts()
    print("store: \(counts.documents) documents, \(counts.claims) claims, \(counts.speakers) speakers")

    var sampler = SystemRandomNumberGenerator()
    let stored = counts.claims
    var whoSaid: [Double] = []
    var found = 0
    for _ in 0..<queries {
      let (words, source) = try generator.fragment(of: store, claims: stored, random: &sampler)
      let start = DispatchTime.now()
      let matches = try store.search(words)
      whoSaid.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
      if matches.contains(where: { $0.claim.id == source }) { found += 1 }
    }
    var saidBy: [Double] = []
    for _ in 0..<queries {
      let name = generator.speakerName(Int.random(in: 0..<ClaimGenerator.speakers, using: &sampler))
      let start = DispatchTime.now()
      _ = try store.saidBy(name)
      saidBy.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    }
    report("who-said", whoSaid)
    print("who-said listed the claim the words came from in its top 10 for \(found) of \(queries) queries")
    report("said-by ", saidBy)
  }

  func report(_ label: String, _ times: [Double]) {
    let sorted = times.sorted()
    func at(_ share: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))] }
    print(
      String(
        format: "%@ p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries)", label, at(0.5), at(0.95), at(0.99),
        sorted.count))
  }
}

/// Invented documents, claims and speakers, the same for the same seed.
struct ClaimGenerator {
  static let speakers = 5000
  static let vocabulary = 20000
  private var state: UInt64
  private let words: [String]
  private var recent: [String] = []

  init(seed: UInt64) {
    state = seed
    let syllables = [
      "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "fel", "gor", "han", "jun", "mar", "pel", "qui",
      "ros", "tal", "wen",
    ]
    var words: [String] = []
    var index = 0
    while words.count < Self.vocabulary {
      var word = ""
      var n = index
      repeat {
        word += syllables[n % syllables.count]
        n /= syllables.count
      } while n > 0
      words.append(word)
      index += 1
    }
    self.words = words
  }

  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state >> 11
  }

  /// A word index with a Zipf-like distribution: a few very common words, a long tail.
  mutating func word() -> String {
    let u = Double(next() % 1_000_000 + 1) / 1_000_001
    return words[min(words.count - 1, Int(pow(Double(words.count), u)) - 1)]
  }

  func speakerName(_ number: Int) -> String {
    "\(words[100 + number % 700].capitalized) \(words[1000 + number / 7 % 5000].capitalized)"
  }

  mutating func document(number: Int) -> GraphDocument {
    var claims: [GraphClaim] = []
    var offset = 0
    for index in 0..<10 {
      var text: String
      if !recent.isEmpty && next() % 10 == 0 {
        var reused = recent[Int(next() % UInt64(recent.count))].split(separator: " ").map(String.init)
        reused[Int(next() % UInt64(reused.count))] = word()
        text = reused.joined(separator: " ")
      } else {
        text = (0..<(6 + Int(next() % 25))).map { _ in word() }.joined(separator: " ")
      }
      if recent.count < 1000 { recent.append(text) } else { recent[Int(next() % 1000)] = text }
      let speaker = speakerName(Int(next() % UInt64(Self.speakers)))
      let start = SourceLocation(byte: offset, line: index + 1, column: 1)
      offset += text.utf8.count + 1
      let end = SourceLocation(byte: offset - 1, line: index + 1, column: text.unicodeScalars.count + 1)
      claims.append(
        GraphClaim(
          key: "bench\(number)-\(start.byte)-\(end.byte)", kind: next() % 3 == 0 ? .indirect : .direct, text: text,
          speakerName: speaker, speakerType: .person, speakerMention: speaker, speakerSpan: nil, cue: "said",
          rule: "generated", confidence: 1, span: SourceSpan(start: start, end: end)))
    }
    return GraphDocument(
      id: "sha256:bench\(number)", path: "/bench/\(number).txt", format: .text,
      metadata: DocumentMetadata(title: "Generated \(number)", published: "2024-01-01"),
      textKey: "bench\(number)", claims: claims)
  }

  /// Four to eight words of a random one of the `claims` stored, one of them changed half the
  /// time, and the claim's number.
  mutating func fragment(
    of store: GraphStore, claims count: Int, random: inout SystemRandomNumberGenerator
  ) throws -> (words: String, claim: Int64) {
    var text: String?
    var number: Int64 = 0
    while text == nil {
      number = Int64.random(in: 1...Int64(count), using: &random)
      text = try store.claimText(number: number)
    }
    var words = text!.split(separator: " ").map(String.init)
    let length = min(words.count, Int.random(in: 4...8, using: &random))
    let start = Int.random(in: 0...(words.count - length), using: &random)
    words = Array(words[start..<(start + length)])
    if Bool.random(using: &random) { words[Int.random(in: 0..<words.count, using: &random)] = word() }
    return (words.joined(separator: " "), number)
  }
}
