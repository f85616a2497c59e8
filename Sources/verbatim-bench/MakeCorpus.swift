import ArgumentParser
import Foundation
import VerbatimIngest

/// `verbatim-bench make-corpus`: a larger corpus from a folder of articles, each repeated with
/// changes (a paragraph dropped, a dateline added), so that every copy is a new document.
struct MakeCorpus: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "make-corpus",
    abstract: "Write COPIES changed copies of every text article in SOURCE into DESTINATION (for ingest benchmarks).",
    discussion: "Write the corpus outside the project: benchmark articles are other people's texts."
  )

  @Argument(help: "A folder of .txt articles.") var source: String
  @Argument(help: "The folder to write into (created).") var destination: String
  @Option(help: "Changed copies of each article.") var copies = 12

  func run() throws {
    let paths = InputCollector.collect([source]).compactMap { item -> String? in
      if case .file(let path) = item { return path } else { return nil }
    }
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    var written = 0
    for path in paths {
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
      let paragraphs = text.components(separatedBy: "\n\n")
      let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
      for copy in 0..<copies {
        var changed = paragraphs
        if changed.count > 2 { changed.remove(at: 1 + copy % (changed.count - 1)) }
        changed.insert("Edition \(copy + 1).", at: min(1, changed.count))
        try changed.joined(separator: "\n\n").write(
          toFile: "\(destination)/\(name)-\(copy + 1).txt", atomically: false, encoding: .utf8)
        written += 1
      }
    }
    print("wrote \(written) articles to \(destination)")
  }
}
