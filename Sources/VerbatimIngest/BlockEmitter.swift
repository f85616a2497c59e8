internal import VerbatimCore

/// What an element means for the text: a block of its own, a container of blocks, inline
/// text, a line break, or nothing at all.
enum ElementRole: Equatable {
  case skip
  case block(BlockKind)
  /// A speaker's turn: its text becomes utterance blocks attributed to `speaker`.
  case utterance(SpeakerTurn)
  case container
  case inline
  /// Inline text set apart from the words on either side, as a browser draws a control's box
  /// ("professor<button>Ana Ruiz</button>said" reads "professor Ana Ruiz said"; a comma after it
  /// stays glued).
  case inlineApart
  case lineBreak
}

/// Walks a subtree of a markup tree and writes its text into a `TextBuilder`, block by block,
/// with each text piece mapped to the source. Inline text between blocks forms paragraphs of
/// its own; paragraphs inside a quotation, list item or turn take that kind.
struct BlockEmitter {
  let tree: MarkupTree
  let role: (Int) -> ElementRole
  var builder = TextBuilder()

  init(tree: MarkupTree, role: @escaping (Int) -> ElementRole) {
    self.tree = tree
    self.role = role
  }

  private struct Context {
    var kind: BlockKind
    var turn = SpeakerTurn()
  }

  private enum Step {
    case enter(Int)
    case exit(Int, ElementRole)
  }

  /// Emits `roots` (node indices) in order.
  mutating func emit(_ roots: [Int]) {
    var contexts = [Context(kind: .paragraph)]
    var steps: [Step] = roots.reversed().map { .enter($0) }
    while let step = steps.popLast() {
      switch step {
      case .enter(let node):
        let item = tree.nodes[node]
        if item.kind == .text {
          emitText(node, context: contexts[contexts.count - 1])
          continue
        }
        let elementRole = role(node)
        switch elementRole {
        case .skip: continue
        case .lineBreak:
          if builder.hasOpenBlock { builder.appendBreak(source: item.anchor..<item.anchor) }
          continue
        case .block(let kind):
          builder.endBlock()
          var context = contexts[contexts.count - 1]
          if kind != .paragraph || context.kind == .paragraph || context.kind == .heading { context.kind = kind }
          contexts.append(context)
          builder.beginBlock(context.kind, turn: context.turn)
        case .utterance(let turn):
          builder.endBlock()
          contexts.append(Context(kind: .utterance, turn: turn))
          builder.beginBlock(.utterance, turn: turn)
        case .container:
          builder.endBlock()
          contexts.append(contexts[contexts.count - 1])
        case .inline:
          break
        case .inlineApart:
          if builder.hasOpenBlock { builder.appendBreak(source: item.anchor..<item.anchor) }
        }
        steps.append(.exit(node, elementRole))
        var children: [Int] = []
        for child in tree.children(of: node) { children.append(child) }
        steps.append(contentsOf: children.reversed().map { .enter($0) })
      case .exit(let node, let elementRole):
        switch elementRole {
        case .block, .utterance, .container:
          builder.endBlock()
          contexts.removeLast()
        case .inlineApart:
          // A word glued on after the box is set apart; punctuation keeps to it ("Ana Ruiz</button>,").
          let next = tree.nodes[node].nextSibling
          if builder.hasOpenBlock, next >= 0, let first = tree.text(of: next).first,
            (first >= 0x80 && first != 0xE2) || (0x61...0x7A).contains(first | 0x20) || (0x30...0x39).contains(first)
          {
            let anchor = tree.nodes[node].anchor
            builder.appendBreak(source: anchor..<anchor)
          }
        default: break
        }
      }
    }
    builder.endBlock()
  }

  private mutating func emitText(_ node: Int, context: Context) {
    let item = tree.nodes[node]
    let content = tree.text(of: node)
    guard !content.isEmpty else { return }
    if !builder.hasOpenBlock {
      guard content.contains(where: { $0 > 0x20 }) else { return }
      builder.beginBlock(context.kind, turn: context.turn)
    }
    content.withUnsafeBufferPointer { text in
      guard item.isPlaced else {
        builder.appendReplacement(text, source: item.anchor..<item.anchor)
        return
      }
      for piece in tree.pieces(of: node) {
        let content = UnsafeBufferPointer(rebasing: text[piece.content])
        if piece.isLinear {
          builder.appendCopied(content, sourceStart: piece.source.lowerBound)
        } else {
          builder.appendReplacement(content, source: piece.source)
        }
      }
    }
  }
}
