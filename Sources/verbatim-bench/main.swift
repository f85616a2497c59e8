import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// `verbatim-bench`: throughput of Verbatim's stages on any folder, on a release build.
struct VerbatimBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verbatim-bench",
    abstract: "Measure Verbatim: reading and extraction throughput, scaling, store query latency; make test corpora.",
    discussion: "Build with `swift build -c release` first; debug builds are many times slower.",
    subcommands: [
      ReadBenchmark.self, ExtractBenchmark.self, HostileBenchmark.self, IngestBenchmark.self, StoreBenchmark.self,
      IngestersBenchmark.self, ScalingBenchmark.self, ScalingRun.self, MakeCorpus.self,
    ]
  )
}

/// Files of a folder loaded into memory, so that benchmarks measure work, not the disk.
struct Corpus {
  let files: [(path: String, bytes: [UInt8])]
  let bytes: Int

  init(_ inputs: [String]) throws {
    files = InputCollector.collect(inputs).compactMap { item in
      guard case .file(let path) = item, let data = FileManager.default.contents(atPath: path) else { return nil }
      return (path, [UInt8](data))
    }
    guard !files.isEmpty else { throw ValidationError("no documents found in \(inputs.joined(separator: " "))") }
    bytes = files.reduce(0) { $0 + $1.bytes.count }
    print("\(files.count) files, \(String(format: "%.1f", Double(bytes) / 1e6)) MB")
  }

  /// Runs `work` on every file on 1 core and on all cores, best of `repeats`, and prints the rates.
  func measure(_ label: String, repeats: Int, work: @escaping @Sendable (String, [UInt8]) -> Void) {
    for cores in [1, ProcessInfo.processInfo.activeProcessorCount] {
      var best = Double.infinity
      for _ in 0..<repeats {
        let start = DispatchTime.now()
        let files = self.files
        DispatchQueue.concurrentPerform(iterations: cores) { worker in
          for index in stride(from: worker, to: files.count, by: cores) { work(files[index].path, files[index].bytes) }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
      }
      print(
        String(
          format: "%@ %d core(s): %.3f s, %.1f files/s, %.2f MB/s (best of %d)", label, cores, best,
          Double(files.count) / best, Double(bytes) / 1e6 / best, repeats))
    }
  }
}

/// The files a benchmark runs on, and how often.
struct CorpusOptions: ParsableArguments {
  @Argument(help: "Files or folders to process.")
  var inputs: [String]

  @Option(help: "How many times to process the whole set (the best run counts).")
  var repeats: Int = 3
}

/// Reading throughput: files are loaded into memory first, then read into documents.
struct ReadBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read", abstract: "Reading throughput (text, HTML, XML) on one core and on all cores.")

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let corpus = try Corpus(options.inputs)
    let reader = DocumentReader(options: ReadOptions(maxBytes: Int.max / 2))
    corpus.measure("read   ", repeats: options.repeats) { path, bytes in _ = try? reader.read(bytes: bytes, path: path)
    }
  }
}

/// Quote extraction throughput, reading included.
struct ExtractBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Reading plus quote extraction throughput, on one core and on all cores.")

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let corpus = try Corpus(options.inputs)
    let reader = DocumentReader(options: ReadOptions(maxBytes: Int.max / 2))
    let extractor = QuoteExtractor()
    corpus.measure("read   ", repeats: options.repeats) { path, bytes in _ = try? reader.read(bytes: bytes, path: path)
    }
    corpus.measure("extract", repeats: options.repeats) { path, bytes in
      if let document = try? reader.read(bytes: bytes, path: path) { _ = extractor.extract(from: document) }
    }
  }
}

VerbatimBench.main()
