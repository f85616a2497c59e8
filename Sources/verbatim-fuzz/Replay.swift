#if !FUZZING
  import Foundation

  /// Without libFuzzer: replays inputs (a crash the fuzzer found, a corpus) through a target.
  @main
  enum Replay {
    static func main() {
      let arguments = CommandLine.arguments.dropFirst()
      guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
        FileHandle.standardError.write(Data("usage: verbatim-fuzz \(names) FILE…\n".utf8))
        exit(64)
      }
      for path in arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("verbatim-fuzz: cannot read \(path)\n".utf8))
          exit(1)
        }
        target.run([UInt8](data))
      }
      print("\(arguments.count - 1) inputs ran through \(name) without a crash")
    }
  }
#endif
