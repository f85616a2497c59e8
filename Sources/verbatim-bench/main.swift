import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimIngest

/// `verbatim-bench`: throughput of Verbatim's stages on any folder, on a release build.
struct VerbatimBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim-bench",
    abstract: "Measure Verbatim's throughput (MB/s and pages/s) on a folder of documents.",
    discussion: "Build with `swift build -c release` first; debug builds are many times slower.",
    subcommands: [ReadBenchmark.self]
  )
}

/// Reading throughput: files are loaded into memory first, then read into documents.
struct ReadBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Reading throughput (text, HTML, XML) on one core and on all cores.")

  @Argument(help: "Files or folders to read.")
  var inputs: [String]

  @Option(help: "How many times to read the whole set.")
  var repeats: Int = 3

  func run() throws {
    let files: [(String, [UInt8])] = InputCollector.collect(inputs).compactMap { item in
      guard case .file(let path) = item, let data = FileManager.default.contents(atPath: path) else { return nil }
      return (path, [UInt8](data))
    }
    guard !files.isEmpty else { throw ValidationError("no documents found in \(inputs.joined(separator: " "))") }
    let bytes = files.reduce(0) { $0 + $1.1.count }
    let reader = DocumentReader(options: ReadOptions(maxBytes: Int.max / 2))
    print("\(files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
    for cores in [1, ProcessInfo.processInfo.activeProcessorCount] {
      var best = Double.infinity
      for _ in 0..<repeats {
        let start = DispatchTime.now()
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
          for index in stride(from: worker, to: files.count, by: cores) {
            _ = try? reader.read(bytes: files[index].1, path: files[index].0)
          }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
      }
      print(
        String(
          format: "read  %d core(s): %.3f s, %.1f pages/s, %.2f MB/s (best of %d)", cores, best,
          Double(files.count) / best, Double(bytes) / 1e6 / best, repeats))
    }
  }
}

VerbatimBench.main()
