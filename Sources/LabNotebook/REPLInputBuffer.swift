import LabScript

/// The lines of one piece of prompt code being typed. As in Python's and Lua's REPLs, input
/// that ends too early (an open bracket, a block header) asks for another line, and a compound
/// statement (`for`, `def`, `if`...) ends with a blank line.
struct InputBuffer {
    private var lines: [String] = []

    var isEmpty: Bool { lines.isEmpty }

    mutating func append(_ line: String) { lines.append(line) }

    /// The code typed so far, and an empty buffer.
    mutating func take() -> String {
        defer { lines = [] }
        return lines.joined(separator: "\n")
    }

    /// Whether the code should run now: it parses (or fails for a reason other than ending too
    /// early), and if it holds a compound statement, the last line is blank. A piped script
    /// (`blankLineEndsBlock` false) may have blank lines inside a block: there a block ends
    /// only at a line that starts a new statement, or at the end of input.
    func isReady(blankLineEndsBlock: Bool) -> Bool {
        let source = lines.joined(separator: "\n")
        do {
            let statements = try Parser.parse(source, filename: "<stdin>")
            let lastIsBlank = lines.last?.trimmingCharacters(in: .whitespaces).isEmpty ?? true
            return (blankLineEndsBlock && lastIsBlank) || !statements.contains(where: \.isCompound)
        } catch let error as SyntaxError {
            return !error.isIncompleteInput
        } catch {
            return true
        }
    }

    /// True when `line` cannot continue the code typed so far but starts a new statement: it is
    /// not indented, not a clause of the statement above (`else`, `except`...), and the code so
    /// far parses. Lets a piped script leave out the blank line after a block.
    func startsNewStatement(_ line: String) -> Bool {
        guard !lines.isEmpty, let first = line.unicodeScalars.first, first != " ", first != "\t", first != "#",
              first != ")", first != "]", first != "}" else { return false }
        let word = line.prefix { $0.isLetter || $0 == "_" }
        if ["else", "elif", "except", "finally", "case"].contains(String(word)) { return false }
        let source = lines.joined(separator: "\n")
        guard (try? Parser.parse(source, filename: "<stdin>")) != nil else { return false }
        return true
    }
}

extension Stmt {
    /// A statement with a body (Python's compound statements).
    var isCompound: Bool {
        switch kind {
        case .functionDef, .classDef, .for, .while, .if, .with, .try: return true
        default: return false
        }
    }
}
