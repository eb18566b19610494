/// `textwrap`: CPython's TextWrapper algorithm (chunks split at whitespace and after hyphens
/// inside words, greedy filling, long-word breaking, max_lines with a placeholder), plus dedent,
/// indent and shorten.
struct TextWrapper {
    var width = 70
    var initialIndent = "", subsequentIndent = ""
    var expandTabs = true, replaceWhitespace = true, breakLongWords = true, dropWhitespace = true, breakOnHyphens = true
    var tabSize = 8
    var maxLines: Int? = nil
    var placeholder = " [...]"

    static let parameters = ["width=70", "initial_indent=''", "subsequent_indent=''", "expand_tabs=True",
                             "replace_whitespace=True", "fix_sentence_endings=False", "break_long_words=True",
                             "drop_whitespace=True", "break_on_hyphens=True", "tabsize=8", "max_lines=None",
                             "placeholder=' [...]'"]

    /// Options from keyword arguments named as TextWrapper's attributes.
    init(_ options: [(String, Value)], _ i: Interpreter) throws {
        for (name, v) in options {
            switch name {
            case "width": width = try i.intArgument(v)
            case "initial_indent": initialIndent = try v.string("initial_indent")
            case "subsequent_indent": subsequentIndent = try v.string("subsequent_indent")
            case "expand_tabs": expandTabs = try i.truthy(v)
            case "replace_whitespace": replaceWhitespace = try i.truthy(v)
            case "fix_sentence_endings":
                if try i.truthy(v) { throw PyException(.notImplementedError, "textwrap's fix_sentence_endings=True is not supported by labrun") }
            case "break_long_words": breakLongWords = try i.truthy(v)
            case "drop_whitespace": dropWhitespace = try i.truthy(v)
            case "break_on_hyphens": breakOnHyphens = try i.truthy(v)
            case "tabsize": tabSize = try i.intArgument(v)
            case "max_lines": maxLines = v.isNone ? nil : try i.intArgument(v)
            case "placeholder": placeholder = try v.string("placeholder")
            default: throw PyException.typeError("TextWrapper.__init__() got an unexpected keyword argument '\(name)'")
            }
        }
    }

    func wrap(_ text: String, _ i: Interpreter) throws -> [String] {
        var t = text
        if expandTabs { t = try i.strMethod(t, "expandtabs", [.int(tabSize)]) }
        if replaceWhitespace {
            t = String(String.UnicodeScalarView(t.unicodeScalars.map { "\t\n\u{0B}\u{0C}\r".unicodeScalars.contains($0) ? " " : $0 }))
        }
        return try wrapChunks(chunks(t))
    }

    // MARK: Chunks

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
    /// `[^\d\W]`: a word character that is not a digit.
    private static func isLetter(_ c: Unicode.Scalar) -> Bool { isWord(c) && !c.properties.numericType.map { $0 == .decimal }.isTrue }
    private static func isWord(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil }
    private static func isWordPunct(_ c: Unicode.Scalar) -> Bool { isWord(c) || "!\"'&.,?".unicodeScalars.contains(c) }

    /// Splits into whitespace runs and words; with break_on_hyphens words also split after the
    /// hyphens of hyphenated words and around em-dashes, as TextWrapper.wordsep_re does.
    func chunks(_ text: String) -> [[Unicode.Scalar]] {
        let s = Array(text.unicodeScalars)
        var out: [[Unicode.Scalar]] = []
        var i = 0
        while i < s.count {
            var j = i
            if TextWrapper.isSpace(s[i]) {
                while j < s.count && TextWrapper.isSpace(s[j]) { j += 1 }
            } else if breakOnHyphens {
                j = wordEnd(s, i)
            } else {
                while j < s.count && !TextWrapper.isSpace(s[j]) { j += 1 }
            }
            out.append(Array(s[i..<j]))
            i = j
        }
        return out
    }

    private func wordEnd(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        func at(_ k: Int) -> Unicode.Scalar? { k >= 0 && k < s.count ? s[k] : nil }
        func letter(_ k: Int) -> Bool { at(k).map(TextWrapper.isLetter) ?? false }
        // An em-dash chunk: two or more hyphens after word punctuation, before a word character.
        if s[start] == "-", start > 0, TextWrapper.isWordPunct(s[start - 1]) {
            var k = start
            while at(k) == "-" { k += 1 }
            if k - start >= 2, let c = at(k), TextWrapper.isWord(c) { return k }
        }
        var k = start + 1
        while true {
            guard let c = at(k - 1), !TextWrapper.isSpace(c) else { return k - 1 }
            if at(k) == nil || TextWrapper.isSpace(at(k)!) { return k }
            // Break after a hyphen preceded by two letters (or letter-hyphen-letter) and followed
            // by letter, optional hyphen, letter.
            if at(k) == "-" && k > start {
                let before = (letter(k - 1) && letter(k - 2) && k - 2 >= start) || (letter(k - 1) && at(k - 2) == "-" && letter(k - 3) && k - 3 >= start)
                let after = letter(k + 1) && (letter(k + 2) || (at(k + 2) == "-" && letter(k + 3)))
                if before && after { return k + 1 }
            }
            // End the word before an em-dash.
            if at(k) == "-", at(k + 1) == "-", TextWrapper.isWordPunct(s[k - 1]) {
                var m = k
                while at(m) == "-" { m += 1 }
                if let c = at(m), TextWrapper.isWord(c) { return k }
            }
            k += 1
        }
    }

    // MARK: Filling

    private func wrapChunks(_ input: [[Unicode.Scalar]]) throws -> [String] {
        guard width > 0 else { throw PyException.valueError("invalid width \(width) (must be > 0)") }
        if let maxLines {
            let indent = maxLines > 1 ? subsequentIndent : initialIndent
            if indent.unicodeScalars.count + placeholder.trimmingLeadingWhitespace.unicodeScalars.count > width {
                throw PyException.valueError("placeholder too large for max width")
            }
        }
        func isBlank(_ c: [Unicode.Scalar]) -> Bool { c.allSatisfy(TextWrapper.isSpace) }
        let placeholderCount = placeholder.unicodeScalars.count
        var chunks = Array(input.reversed())
        var lines: [String] = []
        while !chunks.isEmpty {
            var line: [[Unicode.Scalar]] = []
            var length = 0
            let indent = lines.isEmpty ? initialIndent : subsequentIndent
            let room = width - indent.unicodeScalars.count
            if dropWhitespace && isBlank(chunks.last!) && !lines.isEmpty { chunks.removeLast() }
            while let next = chunks.last, length + next.count <= room {
                line.append(chunks.removeLast())
                length += next.count
            }
            if let next = chunks.last, next.count > room {
                handleLongWord(&chunks, &line, length, room)
                length = line.reduce(0) { $0 + $1.count }
            }
            if dropWhitespace, let last = line.last, isBlank(last) {
                length -= last.count
                line.removeLast()
            }
            guard !line.isEmpty else { continue }
            let fits = maxLines.map { lines.count + 1 < $0 } ?? true
            let restIsBlank = chunks.isEmpty || (dropWhitespace && chunks.count == 1 && isBlank(chunks[0]))
            if fits || (restIsBlank && length <= room) {
                lines.append(indent + text(line))
                continue
            }
            var placed = false
            while let last = line.last {
                if !isBlank(last) && length + placeholderCount <= room {
                    lines.append(indent + text(line) + placeholder)
                    placed = true
                    break
                }
                length -= last.count
                line.removeLast()
            }
            if !placed {
                if let previous = lines.last {
                    let trimmed = previous.trimmingTrailingWhitespace
                    if trimmed.unicodeScalars.count + placeholderCount <= width {
                        lines[lines.count - 1] = trimmed + placeholder
                        break
                    }
                }
                lines.append(indent + placeholder.trimmingLeadingWhitespace)
            }
            break
        }
        return lines
    }

    private func handleLongWord(_ chunks: inout [[Unicode.Scalar]], _ line: inout [[Unicode.Scalar]], _ length: Int, _ room: Int) {
        let spaceLeft = room < 1 ? 1 : room - length
        if breakLongWords {
            let chunk = chunks[chunks.count - 1]
            var end = spaceLeft
            if breakOnHyphens && chunk.count > spaceLeft,
               let hyphen = chunk[..<spaceLeft].lastIndex(of: "-"), hyphen > 0, chunk[..<hyphen].contains(where: { $0 != "-" }) {
                end = hyphen + 1
            }
            line.append(Array(chunk[..<end]))
            chunks[chunks.count - 1] = Array(chunk[end...])
        } else if line.isEmpty {
            line.append(chunks.removeLast())
        }
    }

    private func text(_ chunks: [[Unicode.Scalar]]) -> String {
        String(String.UnicodeScalarView(chunks.joined()))
    }
}

private extension Optional where Wrapped == Bool {
    var isTrue: Bool { self == true }
}

extension String {
    var trimmingLeadingWhitespace: String { String(String.UnicodeScalarView(unicodeScalars.drop(while: { $0.properties.isWhitespace }))) }
    var trimmingTrailingWhitespace: String {
        var s = Array(unicodeScalars)
        while let last = s.last, last.properties.isWhitespace { s.removeLast() }
        return String(String.UnicodeScalarView(s))
    }
}

extension Interpreter {
    /// Calls a str method by name (for modules that reuse str's exact behaviour).
    func strMethod(_ s: String, _ name: String, _ args: [Value]) throws -> String {
        try callMethod(.str(s), name, args, []).string(name)
    }

    /// The `textwrap` module.
    func textwrapModule() -> [(String, Value)] {
        func options(_ a: Signature.Bound, from index: Int) -> [(String, Value)] {
            zip(TextWrapper.parameters.dropFirst(), a.values[index...]).enumerated()
                .filter { a.wasPassed(index + $0.offset) }
                .map { (String($0.element.0.prefix { $0 != "=" }), $0.element.1) }
        }
        let wrapParams = ["text", "width=70", "*"] + TextWrapper.parameters.dropFirst()
        let wrapperType = NativeClass("TextWrapper", module: "textwrap").type
        wrapperType.constructor = { i, args, kw in
            var named = kw
            for (k, v) in args.enumerated() where k < TextWrapper.parameters.count {
                named.append((String(TextWrapper.parameters[k].prefix { $0 != "=" }), v))
            }
            _ = try TextWrapper(named, i)
            let obj = PyInstance(cls: wrapperType)
            for p in TextWrapper.parameters {
                let name = String(p.prefix { $0 != "=" })
                obj.dict[name] = named.last { $0.0 == name }?.1 ?? Signature.parse([p]).1[0]!
            }
            return .object(obj)
        }
        func wrapper(_ v: Value, _ i: Interpreter) throws -> TextWrapper {
            guard case .object(let obj as PyInstance) = v else { throw PyException.typeError("TextWrapper method needs a TextWrapper") }
            return try TextWrapper(obj.dict.map { ($0.key, $0.value) }, i)
        }
        Builtins.method(wrapperType, "wrap", ["text"]) { i, a in
            .list(PyList(try wrapper(a.values[0], i).wrap(try a.values[1].string("text"), i).map { .str($0) }))
        }
        Builtins.method(wrapperType, "fill", ["text"]) { i, a in
            .str(try wrapper(a.values[0], i).wrap(try a.values[1].string("text"), i).joined(separator: "\n"))
        }
        return [
            ("TextWrapper", .type(wrapperType)),
            ("wrap", Builtins.function("wrap", wrapParams) { i, a in
                let w = try TextWrapper([("width", a.values[1])] + options(a, from: 2), i)
                return .list(PyList(try w.wrap(try a.values[0].string("text"), i).map { .str($0) }))
            }),
            ("fill", Builtins.function("fill", wrapParams) { i, a in
                let w = try TextWrapper([("width", a.values[1])] + options(a, from: 2), i)
                return .str(try w.wrap(try a.values[0].string("text"), i).joined(separator: "\n"))
            }),
            ("shorten", Builtins.function("shorten", wrapParams) { i, a in
                var opts = options(a, from: 2)
                opts.removeAll { $0.0 == "max_lines" }
                let w = try TextWrapper([("width", a.values[1]), ("max_lines", .int(1))] + opts, i)
                let collapsed = try a.values[0].string("text").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                return .str(try w.wrap(collapsed, i).joined(separator: "\n"))
            }),
            ("dedent", Builtins.function("dedent", ["text"]) { _, a in .str(dedent(try a.values[0].string("text"))) }),
            ("indent", Builtins.function("indent", ["text", "prefix", "predicate=None"]) { i, a in
                let prefix = try a.values[1].string("prefix")
                var out = ""
                for line in try i.iterateToArray(try i.callMethod(a.values[0], "splitlines", [.bool(true)], [])) {
                    let s = try line.string("line")
                    let add = a.values[2].isNone ? !s.allSatisfy({ $0.isWhitespace }) : try i.truthy(i.call(a.values[2], [line]))
                    out += (add ? prefix : "") + s
                }
                return .str(out)
            }),
        ]
    }
}

/// `textwrap.dedent`: lines of only blanks and tabs become empty, then the longest common
/// leading run of blanks and tabs is removed from every line.
private func dedent(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines = lines.map { $0.allSatisfy { $0 == " " || $0 == "\t" } ? "" : $0 }
    var margin: Substring? = nil
    for line in lines where !line.isEmpty {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        guard let m = margin else { margin = indent; continue }
        if indent.hasPrefix(m) { continue }
        if m.hasPrefix(indent) { margin = indent; continue }
        margin = m.prefix(zip(m, indent).prefix { $0 == $1 }.count)
    }
    guard let m = margin, !m.isEmpty else { return lines.joined(separator: "\n") }
    return lines.map { $0.hasPrefix(m) ? String($0.dropFirst(m.count)) : $0 }.joined(separator: "\n")
}
