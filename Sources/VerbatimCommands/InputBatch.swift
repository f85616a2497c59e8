import VerbatimCore
import VerbatimIngest

/// The files a command reads and the options to read them with: registers of people found among
/// them (a folder's `*listPerson.xml`, `*listOrg.xml`) or given with `--people` name the
/// speakers of transcript turns, and are not read as documents themselves.
struct InputBatch {
  var items: [InputCollector.Item]
  var options: ReadOptions
  /// Whether a register could not be read (it was named on standard error).
  var failed = false

  init(_ inputs: [String], options: ReadOptions, people: [String] = [], console: Console) {
    self.options = options
    var register = PeopleRegister()
    var registers = people.filter { $0.lowercased().hasSuffix(".xml") }
    items = []
    for item in InputCollector.collect(inputs) {
      if case .file(let path) = item, RegisterReader.isRegister(path: path) {
        registers.append(path)
      } else {
        items.append(item)
      }
    }
    for path in registers {
      do throws(ReadError) { register.merge(try RegisterReader.read(path: path, options: options)) } catch {
        console.error("verbatim: \(error)")
        failed = true
      }
    }
    if !register.isEmpty { self.options.register = register }
  }
}
