import Foundation

/// What a `# %%` marker line says: the title, the cell type and the metadata.
///
/// Follows Jupytext: `# %% Optional title [markdown] key=value key2=value2` where values are JSON;
/// a bare word after the title's last word that starts with `.` or stands alone after metadata is a
/// key with a null value; `# %% title {"key": "value"}` (a JSON object) is accepted too.
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

    init(line: String, path: String, lineNumber: Int) throws {
        let options = (CellMarker.afterPercents(line) ?? "").trimmingCharacters(in: .whitespaces)
        let malformed = CellFileError.malformedMetadata(path: path, line: lineNumber, text: options)
        var title: String
        let brace = options.firstIndex(of: "{")
        let equals = options.firstIndex(of: "=")
        if let brace, equals.map({ brace < $0 }) ?? true {
            title = String(options[..<brace])
            guard case .object(let members)? = try? JSONValue(parsing: String(options[brace...])) else { throw malformed }
            metadata = members
        } else {
            title = CellMarker.titlePart(of: options, firstEquals: equals)
            guard let members = CellMarker.keyValues(options.dropFirst(title.count)) else { throw malformed }
            metadata = members
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

    /// Parses `key=value key2=value2 flag` from the right, as Jupytext does; nil when malformed.
    static func keyValues(_ text: Substring) -> [String: JSONValue]? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return [:] }
        let lastSpace = text.lastIndex(of: " ")
        let tail = lastSpace.map { String(text[text.index(after: $0)...]) } ?? text
        if !text.hasPrefix("--"), isIdentifier(tail) {
            guard var result = lastSpace.map({ keyValues(text[..<$0]) }) ?? [:] else { return nil }
            result[tail] = .null
            return result
        }
        var end = text.endIndex
        while let equals = text[..<end].lastIndex(of: "=") {
            end = equals
            let before = text[..<equals].trimmingCharacters(in: .whitespaces)
            let keyStart = before.lastIndex(of: " ").map { before.index(after: $0) } ?? before.startIndex
            let key = String(before[keyStart...])
            guard isValidKey(key), let value = try? JSONValue(parsing: String(text[text.index(after: equals)...])) else {
                continue
            }
            let rest = before[..<keyStart]
            guard var result = keyValues(rest) else { return nil }
            result[key] = value
            return result
        }
        return nil
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
