import ArgumentParser
import Foundation
import Glibc
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// `verbatim-bench scaling`: doubles each input shape and prints how the time grows (a ratio
/// near 2 a doubling is linear, 4 is quadratic) and the peak memory, each size run in a process
/// of its own so that its peak is its own.
struct ScalingBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scaling",
    abstract: "Double each input shape and print the time ratio of each doubling (≈ 2 is linear) and the peak memory.",
    discussion: """
      Shapes: \(ScalingShape.allCases.map(\.rawValue).joined(separator: ", ")). Each size of each shape is \
      written to a temporary folder and read (and its quotes extracted) by a process of its own: \
      `verbatim-bench scaling-run` for the readers and the extractor, the `verbatim` executable for \
      read-command (`verbatim read FILE --format jsonl`) and store (`verbatim ingest FOLDER` into \
      a new store, ten claims an article). Time is CPU time (user and system) of the work, which \
      other processes on the machine disturb less than the clock; the best of --repeats counts. \
      With --limit, the exit code is 1 when a doubling takes more than that ratio.
      """
  )

  @Option(help: "The sizes, in units of each shape (comma-separated).")
  var sizes = "25000,50000,100000,200000,400000"

  @Option(help: "The shapes (comma-separated; default all).")
  var shapes = ScalingShape.allCases.map(\.rawValue).joined(separator: ",")

  @Option(help: "Runs of each size; the fastest counts.")
  var repeats = 1

  @Option(help: "Fail (exit code 1) when a doubling's time ratio is above this.")
  var limit: Double?

  @Option(help: "The verbatim executable (default: the one beside verbatim-bench).")
  var verbatim: String?

  @Option(help: "Where the inputs are written (default: a new temporary folder, removed at the end).")
  var folder: String?

  func run() throws {
    let sizes = self.sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    let shapes = try self.shapes.split(separator: ",").map { name -> ScalingShape in
      guard let shape = ScalingShape(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError(
          "unknown shape \(name) (shapes: \(ScalingShape.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      return shape
    }
    guard !sizes.isEmpty, !shapes.isEmpty else { throw ValidationError("no sizes or no shapes") }
    let bench = try ChildProcess.selfExecutable()
    let verbatim = self.verbatim ?? (bench as NSString).deletingLastPathComponent + "/verbatim"
    guard FileManager.default.isExecutableFile(atPath: verbatim) else {
      throw ValidationError("no verbatim executable at \(verbatim) (build it, or give --verbatim)")
    }
    let work = folder ?? NSTemporaryDirectory() + "verbatim-scaling-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { if folder == nil { try? FileManager.default.removeItem(atPath: work) } }

    print(
      "shape          units      unit         MB   CPU s  wall s  ratio  peak MB  peak/input")
    var doublings: [(shape: ScalingShape, from: Int, to: Int, ratio: Double)] = []
    for shape in shapes {
      var previous: (units: Int, seconds: Double)?
      for units in sizes {
        let input = "\(work)/\(shape.rawValue)-\(units)" + (shape == .store ? "" : shape.fileExtension)
        let bytes = try shape.write(units: units, to: input)
        var best: ChildProcess.Usage?
        for _ in 0..<max(1, repeats) {
          let usage = try measure(shape, input: input, bench: bench, verbatim: verbatim, work: work)
          if best == nil || usage.seconds < best!.seconds { best = usage }
        }
        try? FileManager.default.removeItem(atPath: input)
        guard let best else { continue }
        var ratio = "     -"
        if let previous, previous.seconds > 0 {
          // Normalised to a doubling when the sizes are not exactly twice apart.
          let value = log(best.seconds / previous.seconds) / log(Double(units) / Double(previous.units))
          let perDoubling = pow(2, value)
          ratio = String(format: "%6.2f", perDoubling)
          doublings.append((shape, previous.units, units, perDoubling))
        }
        let peak = Double(best.peakKilobytes) / 1024
        print(
          String(
            format: "%-14@ %7d %-10@ %7.1f %7.2f %7.2f %@ %8.0f  %@", shape.rawValue as NSString, units,
            shape.unit as NSString, Double(bytes) / 1e6, best.seconds, best.wall, ratio, peak,
            (shape == .store ? "     -" : String(format: "%6.1f×", peak * 1024 * 1024 / Double(max(1, bytes))))
              as NSString))
        fflush(nil)
        previous = (units, best.seconds)
      }
    }
    if let limit {
      let over = doublings.filter { $0.ratio > limit }
      for step in over {
        print(
          "FAIL: \(step.shape.rawValue) from \(step.from) to \(step.to) \(step.shape.unit): "
            + String(format: "%.2f", step.ratio) + "× the time a doubling (limit \(limit)×; linear is 2)")
      }
      guard over.isEmpty else { throw ExitCode(1) }
      print("every doubling within \(limit)× the time (\(doublings.count) doublings)")
    }
  }

  /// Runs one size of one shape in a process of its own.
  private func measure(
    _ shape: ScalingShape, input: String, bench: String, verbatim: String, work: String
  ) throws -> ChildProcess.Usage {
    switch shape {
    case .readCommand:
      return try ChildProcess.run(verbatim, ["read", input, "--format", "jsonl"], output: "/dev/null")
    case .store:
      let store = "\(work)/store-\(getpid()).sqlite"
      defer {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
      }
      return try ChildProcess.run(verbatim, ["ingest", input, "--store", store, "--quiet"], output: "/dev/null")
    default:
      // The child prints the CPU time of its work alone (reading and extraction, not starting up).
      let report = "\(work)/report.txt"
      var usage = try ChildProcess.run(bench, ["scaling-run", input], output: report)
      let printed = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
      let numbers = printed.split(separator: " ").compactMap {
        Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      guard numbers.count == 2 else { throw ValidationError("scaling-run printed “\(printed)” for \(input)") }
      usage.seconds = numbers[0]
      usage.wall = numbers[1]
      return usage
    }
  }
}

extension ScalingShape {
  var fileExtension: String {
    switch self {
    case .xmlLines, .xmlOneLine, .tei: return ".xml"
    case .html, .readCommand: return ".html"
    case .text, .quotes, .store: return ".txt"
    }
  }
}

/// `verbatim-bench scaling-run FILE`: reads one file and extracts its quotes, as `verbatim
/// extract` does, and prints the CPU and wall seconds the work took. Used by `scaling`.
struct ScalingRun: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scaling-run", abstract: "Read FILE and extract its quotes; print CPU and wall seconds.",
    shouldDisplay: false)

  @Argument var path: String

  func run() throws {
    let reader = DocumentReader(options: ReadOptions(maxBytes: 1 << 30))
    let startCPU = ChildProcess.cpuSeconds()
    let start = DispatchTime.now()
    let document = try reader.read(path: path)
    let quotes = QuoteExtractor().extract(from: document)
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let cpu = ChildProcess.cpuSeconds() - startCPU
    precondition(!document.blocks.isEmpty || quotes.isEmpty)
    print(String(format: "%.4f %.4f", cpu, wall))
  }
}

/// A process started and waited for, with what it used: CPU time and peak memory.
enum ChildProcess {
  struct Usage {
    var seconds: Double
    var wall: Double
    var peakKilobytes: Int
  }

  /// Runs `executable` with `arguments`, its standard output to `output`; fails unless it exits 0.
  static func run(_ executable: String, _ arguments: [String], output: String) throws -> Usage {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
      throw ValidationError("cannot start \(executable)")
    }
    var status: Int32 = 0
    var usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { throw ValidationError("lost \(executable)") }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    guard status == 0 else {
      throw ValidationError("\(executable) \(arguments.joined(separator: " ")) failed (status \(status))")
    }
    return Usage(seconds: seconds(usage.ru_utime) + seconds(usage.ru_stime), wall: wall, peakKilobytes: usage.ru_maxrss)
  }

  /// CPU seconds (user and system) this process has used.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The path of the running executable.
  static func selfExecutable() throws -> String {
    try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  }

  private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
}
