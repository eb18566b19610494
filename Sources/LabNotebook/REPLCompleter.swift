import Foundation
import LabScript

/// Tab completion for the REPL: commands and cell titles after `:`, module names after `import`,
/// attributes after a dot, keyword-argument names inside a call, else variables, builtins and
/// keywords. It evaluates the object before a dot only when that is a plain name with
/// attributes and literal subscripts (`dataset["train"].`), never a call.
public struct REPLCompleter {
    let interpreter: Interpreter
    let file: CellFile

    public init(interpreter: Interpreter, file: CellFile) {
        self.interpreter = interpreter
        self.file = file
    }

    /// Characters that end the word being completed (as readline is told).
    public static let wordBreakCharacters = " \t\n\"'`@$><=;|&{(,[]).:+-*/%~^!"

    /// The word before the cursor and the full words it may complete to, sorted.
    /// - Parameter line: the line up to the cursor.
    public func complete(_ line: String) -> (word: String, candidates: [String]) {
        let word = String(line.reversed().prefix { !Self.wordBreakCharacters.contains($0) }.reversed())
        let before = String(line.dropLast(word.count))
        let options = candidates(before: before, word: word)
        return (word, Array(Set(options.filter { $0.hasPrefix(word) })).sorted())
    }

    private func candidates(before: String, word: String) -> [String] {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":") { return commandCandidates(before: String(before.drop { $0 == " " })) }
        let words = trimmed.split(separator: " ")
        if words.count >= 3, words[0] == "from", words[2] == "import", let module = importedModule(String(words[1])) {
            return interpreter.attributeNames(of: module).filter { !$0.hasPrefix("_") }
        }
        if trimmed == "import" || trimmed == "from" || trimmed.hasPrefix("import ") && trimmed.hasSuffix(",") {
            return interpreter.availableModules.map { String($0.split(separator: ".").first ?? Substring($0)) }
        }
        if before.hasSuffix(".") {
            guard let owner = evaluate(Self.trailingExpression(String(before.dropLast()))) else { return [] }
            return interpreter.attributeNames(of: owner).filter { !$0.hasPrefix("_") || word.hasPrefix("_") }
        }
        var names = interpreter.globalNames + interpreter.builtinNames + Self.keywords
        if let callee = Self.openCallee(before), let function = evaluate(callee),
           let keywords = interpreter.keywordNames(of: function) {
            names = keywords.map { $0 + "=" } + names
        }
        return names
    }

    private func commandCandidates(before: String) -> [String] {
        let parts = before.dropFirst().split(separator: " ", omittingEmptySubsequences: false)
        if parts.count <= 1 && !before.hasSuffix(" ") { return REPLCommand.names }
        switch parts.first.map(String.init) {
        case "run", "rerun", "show":
            let titles = file.cells.compactMap(\.title).filter { !$0.contains(" ") }
            return file.cells.map { String($0.number) } + titles + ["all", "stale"]
        case "who": return interpreter.globalNames
        case "save", "load":
            let typed = parts.dropFirst().joined(separator: " ")
            let directory = typed.isEmpty ? "." : NSString(string: typed).expandingTildeInPath
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return entries.map { name in
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                return isDirectory.boolValue ? name + "/" : name
            }
        default: return []
        }
    }

    /// The module `name`, imported under a temporary name that is removed again.
    private func importedModule(_ name: String) -> Value? {
        let alias = "__labrun_completion_module__"
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
        do {
            _ = try interpreter.execute("import \(name) as \(alias)", filename: "<completion>")
        } catch {
            return nil
        }
        defer { interpreter.deleteGlobal(alias) }
        return interpreter.global(alias)
    }

    /// Evaluates a side-effect-free expression: names, attributes, literal subscripts.
    private func evaluate(_ expression: String) -> Value? {
        guard !expression.isEmpty, !expression.contains("("),
              let first = expression.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return nil }
        return try? interpreter.execute(expression, filename: "<completion>", displayLastExpression: true)
    }

    /// The primary expression at the end of `text`: `ppo_trainer`, `dataset["train"]`, `a.b[0]`.
    static func trailingExpression(_ text: String) -> String {
        var depth = 0
        var start = text.endIndex
        var index = text.endIndex
        while index > text.startIndex {
            let previous = text.index(before: index)
            let character = text[previous]
            if character == "]" || character == ")" {
                depth += 1
            } else if character == "[" || character == "(" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 && !(character.isLetter || character.isNumber || character == "_" || character == ".") {
                break
            }
            index = previous
            start = index
        }
        return String(text[start...])
    }

    /// The callee of the innermost call left open in `text` (`f(a, b=1, ` gives `f`).
    static func openCallee(_ text: String) -> String? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")", "]": depth += 1
            case "[": depth -= 1
            case "(":
                if depth == 0 {
                    let callee = trailingExpression(String(text[..<index]))
                    return callee.isEmpty ? nil : callee
                }
                depth -= 1
            default: continue
            }
        }
        return nil
    }

    static let keywords = ["False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
                           "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
                           "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"]
}
