public import ArgumentParser
import VerbatimCore
import VerbatimGraph
import VerbatimIngest

/// `--people FILE`: identities a newsroom already knows, pinned in the store before documents go in.
public struct PeopleOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A people file to pin known identities (repeatable).",
      discussion: """
        CSV with a header (name,aliases,role,wikidata,type; aliases separated by ;), JSON lines \
        ({"name": …, "aliases": […], "role": …, "wikidata": "Q…"}), or a TEI register \
        (ParlaMint's listPerson.xml, which names transcript turns, with its listOrg.xml for the \
        parties' and chambers' names; a folder's *listPerson.xml and *listOrg.xml are used the same \
        way). Each person becomes one \
        speaker that documents join by name or alias; the Wikidata id is shown by `speakers` and \
        linked in exports. Nothing is looked up: the file is the only source. A bad row is named \
        with its file and line, and the rest still count.
        """,
      valueName: "file"))
  public var people: [String] = []

  public init() {}

  /// Reads the people files and pins what they give in `graph`; prints each bad row or
  /// unreadable file and returns false when there was one.
  func pin(in graph: GraphStore, console: Console) throws(StoreError) -> Bool {
    var clean = true
    for path in people where !path.lowercased().hasSuffix(".xml") {
      let contents: PeopleFile.Contents
      do throws(ReadError) { contents = try PeopleFile.read(path: path) } catch {
        console.error("verbatim: \(error)")
        clean = false
        continue
      }
      for problem in contents.problems { console.error("verbatim: \(problem)") }
      clean = clean && contents.problems.isEmpty
      try graph.pin(contents.people)
    }
    return clean
  }
}
