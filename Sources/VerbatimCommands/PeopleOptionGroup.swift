public import ArgumentParser
import VerbatimCore
import VerbatimGraph
import VerbatimIngest

/// `--people FILE`: identities a newsroom already knows, pinned in the store before documents go in.
public struct PeopleOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A file of people the newsroom or a parliament already knows (repeatable).",
      discussion: """
        Three formats. CSV with a header (name,aliases,role,wikidata,type; aliases separated by \
        ;). JSON lines ({"name": …, "aliases": […], "role": …, "wikidata": "Q…"}). A TEI \
        register (.xml: ParlaMint's *listPerson.xml, with its *listOrg.xml for the names of \
        parties and chambers). Each person becomes one speaker that documents join by name or \
        alias; the Wikidata id is shown by `speakers` and linked in exports. A register also names \
        each transcript turn (<u who="#id">) after its speaker, with the name, party and office \
        they had on the sitting's date; a folder given as input uses the *listPerson.xml and \
        *listOrg.xml inside it the same way. Nothing is looked up: the files are the only source. \
        A bad row is named with its file and line, and the rest still count.
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
