import ArgumentParser
import Foundation
import VerbatimIngest

/// `verbatim-bench make-corpus`: a large corpus of distinct articles made from a folder of real
/// ones. Each copy keeps an article's shape (paragraphs, quotation marks, the common words that
/// carry attribution) but gets other names, numbers and content words, so that no copy is a
/// copy to the store: its text, its quotes and most of its words differ from every other.
struct MakeCorpus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "make-corpus",
    abstract: "Write COPIES changed copies of every text article in SOURCE into DESTINATION (for ingest benchmarks).",
    discussion: """
      In copy N of an article, every name (a capitalised word that is not one of the corpus's \
      common words) becomes an invented name, the same one throughout copy N of every article, so \
      people recur across documents as they do in the news; every digit becomes another; and about \
      half of the less common words become other words of the corpus. The most common words of the \
      corpus (function words, "said", "told", titles) stay, so the copies still read as reported \
      speech. Write the corpus outside the project: benchmark articles are other people's texts.
      """
  )

  @Argument(help: "A folder of .txt articles.") var source: String
  @Argument(help: "The folder to write into (created).") var destination: String
  @Option(help: "Changed copies of each article.") var copies = 12
  @Option(help: "How many of the corpus's most common words are never changed.") var keep = 400

  func run() throws {
    let paths = InputCollector.collect([source]).compactMap { item -> String? in
      if case .file(let path) = item { return path } else { return nil }
    }
    let articles = paths.compactMap { path in
      (try? String(contentsOfFile: path, encoding: .utf8)).map { (path: path, text: $0) }
    }
    let vocabulary = CorpusVocabulary(articles.map(\.text), keeping: keep)
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    var written = 0
    for copy in 1...max(1, copies) {
      for (number, article) in articles.enumerated() {
        var changer = ArticleChanger(vocabulary: vocabulary, copy: copy, seed: UInt64(number))
        let name = ((article.path as NSString).lastPathComponent as NSString).deletingPathExtension
        try changer.change(article.text).write(
          toFile: "\(destination)/\(name)-\(copy).txt", atomically: false, encoding: .utf8)
        written += 1
      }
    }
    print("wrote \(written) articles to \(destination)")
  }
}

/// The words of a corpus: the most common ones (kept as they are) and the rest (drawn from to
/// replace content words).
struct CorpusVocabulary {
  let common: Set<String>
  let replacements: [String]

  init(_ texts: [String], keeping count: Int) {
    var frequency: [String: Int] = [:]
    for text in texts {
      for case .word(let word) in WordPieces(text) { frequency[word.lowercased(), default: 0] += 1 }
    }
    let ranked = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    common = Set(ranked.prefix(count).map(\.key))
    replacements = ranked.dropFirst(count).map(\.key).filter { word in
      word.count >= 4 && word.allSatisfy { $0.isLowercase }
    }
  }
}

/// Changes one article for one copy: names, digits and half the content words.
struct ArticleChanger {
  let vocabulary: CorpusVocabulary
  let copy: Int
  private var random: UInt64

  init(vocabulary: CorpusVocabulary, copy: Int, seed: UInt64) {
    self.vocabulary = vocabulary
    self.copy = copy
    random = seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(copy) &* 0xBF58_476D_1CE4_E5B9 | 1
  }

  mutating func change(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count + 64)
    for piece in WordPieces(text) {
      switch piece {
      case .other(let other): out += other
      case .number(let digits): out += digits.map { _ in String(next() % 10) }.joined()
      case .word(let word):
        let lowered = word.lowercased()
        if vocabulary.common.contains(lowered) || word.count < 3 {
          out += word
        } else if word.first?.isUppercase == true {
          out += inventedName(for: word)
        } else if next() % 2 == 0, !vocabulary.replacements.isEmpty {
          out += vocabulary.replacements[Int(next() % UInt64(vocabulary.replacements.count))]
        } else {
          out += word
        }
      }
    }
    return out
  }

  /// The same invented name for the same word throughout a copy, in every article.
  private func inventedName(for word: String) -> String {
    let syllables = [
      "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "fel", "gor", "han", "jun", "mar", "pel", "qui",
      "ros", "tal", "wen", "zo", "del", "ari", "ven",
    ]
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(copy)
    for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    var name = ""
    for _ in 0..<(2 + Int(hash % 2)) {
      name += syllables[Int(hash % UInt64(syllables.count))]
      hash /= UInt64(syllables.count)
    }
    return name.prefix(1).uppercased() + name.dropFirst()
  }

  private mutating func next() -> UInt64 {
    random ^= random << 13
    random ^= random >> 7
    random ^= random << 17
    return random
  }
}

/// A text cut into runs of letters (with inner apostrophes), runs of digits, and everything else.
struct WordPieces: Sequence, IteratorProtocol {
  enum Piece {
    case word(String)
    case number(String)
    case other(String)
  }

  private var rest: Substring

  init(_ text: String) { rest = text[...] }

  mutating func next() -> Piece? {
    guard let first = rest.first else { return nil }
    var end = rest.startIndex
    if first.isLetter {
      // Letters, and an apostrophe between two letters ("don't"), never one that closes a quotation.
      while end < rest.endIndex {
        let character = rest[end]
        let after = rest.index(after: end)
        if character.isLetter
          || ((character == "'" || character == "’") && after < rest.endIndex && rest[after].isLetter)
        {
          end = after
        } else {
          break
        }
      }
    } else {
      let isDigit = { (character: Character) in character.isASCII && character.isNumber }
      let digits = isDigit(first)
      while end < rest.endIndex, isDigit(rest[end]) == digits, digits || !rest[end].isLetter {
        end = rest.index(after: end)
      }
    }
    let run = rest[..<end]
    rest = rest[end...]
    if first.isLetter { return .word(String(run)) }
    return first.isASCII && first.isNumber ? .number(String(run)) : .other(String(run))
  }
}
