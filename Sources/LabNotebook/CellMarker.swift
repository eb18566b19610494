import Foundation

/// What a `# %%` marker line says: the title, the cell type and the metadata.
///
/// Follows Jupytext: `# %% Optional title [markdown] key=value key2=value2` where values are JSON
/// (or simple Python literals); a bare word after the title's last word that starts with `.` or
/// stands alone after metadata is a key with a null value; `# %% title {"key": "value"}` (a JSON
/// object) is accepted too. Text that reads as neither is kept under `incorrectly_encoded_metadata`.
struct CellMarker {
    var title: String?
    var kind: Cell.Kind = .code
    var metadata: [String: JSONValue] = [:]

    /// True for `# %%`, `#%%`, `# %% title…` and `# %%% subtitle` (indentation allowed).
    static func isMarker(_ line: String) -> Bool {
        guard let rest = afterPercents(line) else { return false }
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    /// The text after `#`, optional blanks and two or more `%`; nil when the line isn't shaped so.
    private static func afterPercents(_ line: String) -> Substring? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard rest.first == "#" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("%%") else { return nil }
        return rest.drop { $0 == "%" }
    }

    init(line: String) {
        let options = (CellMarker.afterPercents(line) ?? "").trimmingCharacters(in: .whitespaces)
        var title: String
        let brace = options.firstIndex(of: "{")
        let equals = options.firstIndex(of: "=")
        if let brace, equals.map({ brace < $0 }) ?? true {
            title = String(options[..<brace])
            let json = String(options[brace...])
            if case .object(let members)? = try? JSONValue(parsing: json) {
                metadata = members
            } else {
                metadata = CellMarker.incorrectlyEncoded(json)
            }
        } else {
            title = CellMarker.titlePart(of: options, firstEquals: equals)
            metadata = CellMarker.keyValues(options.dropFirst(title.count))
        }
        for (marker, kind) in [("[markdown]", Cell.Kind.markdown), ("[md]", .markdown), ("[raw]", .raw)]
        where title.contains(marker) {
            title = title.replacingOccurrences(of: marker, with: "")
            self.kind = kind
            break
        }
        title = title.trimmingCharacters(in: .whitespaces)
        self.title = title.isEmpty ? nil : title
    }

    /// The words before the metadata: before the key of the first `key=`, minus trailing `.attributes`.
    private static func titlePart(of options: String, firstEquals: String.Index?) -> String {
        var words = (firstEquals.map { String(options[..<$0]) } ?? options)
            .split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        while words.last?.isEmpty == true { words.removeLast() }
        if firstEquals != nil, !words.isEmpty { words.removeLast() }
        while let last = words.last, last.isEmpty || last.hasPrefix(".") { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Parses `key=value key2=value2 flag` from the right, as Jupytext does. Text it can't read
    /// as metadata is kept whole under `incorrectly_encoded_metadata`, as Jupytext keeps it.
    static func keyValues(_ text: Substring) -> [String: JSONValue] {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return [:] }
        let lastSpace = text.lastIndex(of: " ")
        let tail = lastSpace.map { String(text[text.index(after: $0)...]) } ?? text
        if !text.hasPrefix("--"), isIdentifier(tail) {
            var result = lastSpace.map { keyValues(text[..<$0]) } ?? [:]
            result[tail] = .null
            return result
        }
        var end = text.endIndex
        while let equals = text[..<end].lastIndex(of: "=") {
            end = equals
            let before = text[..<equals].trimmingCharacters(in: .whitespaces)
            let keyStart = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
            let key = String(before[keyStart...])
            guard isValidKey(key), let value = literal(text[text.index(after: equals)...]) else { continue }
            var result = keyValues(before[..<keyStart])
            result[key] = value
            return result
        }
        return incorrectlyEncoded(text)
    }

    /// A metadata value: JSON, else the Python literals `True`, `False`, `None` and a simple
    /// single-quoted string (Jupytext falls back to `ast.literal_eval`); nil when neither.
    private static func literal(_ text: Substring) -> JSONValue? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let value = try? JSONValue(parsing: text) { return value }
        switch text {
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "None": return .null
        default:
            guard text.count >= 2, text.first == "'", text.last == "'" else { return nil }
            let inner = text.dropFirst().dropLast()
            guard !inner.contains("'"), !inner.contains("\\"), !inner.contains("\n") else { return nil }
            return .string(String(inner))
        }
    }

    private static func incorrectlyEncoded(_ text: String) -> [String: JSONValue] {
        ["incorrectly_encoded_metadata": .string(text)]
    }

    private static func isIdentifier(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first == "_" || first == "." || isASCIILetter(first) else { return false }
        return word.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || isASCIILetter($0) || ("0"..."9").contains($0) }
    }

    private static func isValidKey(_ word: String) -> Bool {
        !word.isEmpty && word.unicodeScalars.allSatisfy {
            isASCIILetter($0) || ("0"..."9").contains($0) || "_.@/-".unicodeScalars.contains($0)
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }
}
