import Foundation

/// A stretch of a text, measured in Unicode scalars, that a pattern did or did not match.
struct PatternSegment: Equatable {
    var range: Range<Int>
    var isMatch: Bool
}

/// What a Split, Replace or pre-tokenizer looks for: a literal string, a regular expression, or a class of scalars.
enum TextPattern {
    case literal([Unicode.Scalar])
    case regex(NSRegularExpression)
    /// Each scalar for which the predicate holds is a match of its own.
    case scalars((Unicode.Scalar) -> Bool)

    /// Reads a `{"String": ...}` or `{"Regex": ...}` pattern object.
    init(json: JSONObject) throws {
        if json.has("String") {
            self = .literal(Array(try json.string("String").unicodeScalars))
        } else if json.has("Regex") {
            self = .regex(try TextPattern.compile(try json.string("Regex"), json: json))
        } else {
            throw json.failure("expected a String or Regex pattern")
        }
    }

    /// Compiles a pattern written for the reference's regex engines into an ICU expression with the same classes.
    static func compile(_ pattern: String, json: JSONObject) throws -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: icuPattern(pattern), options: [])
        } catch {
            throw json.failure("invalid regular expression \(pattern.debugDescription)")
        }
    }

    /// Rewrites `\w`, `\W`, `\s` and `\S` as explicit Unicode classes with the meaning the reference's regex
    /// engine (Oniguruma) gives them: `\w` is alphabetic characters, marks, decimal digits and connector
    /// punctuation, and outside brackets also the Latin-1 superscripts and fractions (² ³ ¹ ¼ ½ ¾).
    /// `\s` is the White_Space property (ICU's own `\s` lacks U+000B and U+0085).
    static func icuPattern(_ pattern: String) -> String {
        let classWord = #"\p{Alphabetic}\p{M}\p{Nd}\p{Pc}"#
        let word = classWord + #"\u00B2\u00B3\u00B9\u00BC-\u00BE"#
        let space = #"\p{White_Space}"#
        var result = ""
        var escaped = false
        var classDepth = 0
        for character in pattern {
            if escaped {
                escaped = false
                // Inside a class the positive classes join it as plain members; elsewhere they need brackets.
                let inClass = classDepth > 0
                switch character {
                case "w": result += inClass ? classWord : "[\(word)]"
                case "W": result += inClass ? "[^\(classWord)]" : "[^\(word)]"
                case "s": result += inClass ? space : "[\(space)]"
                case "S": result += "[^\(space)]"
                default: result += "\\\(character)"
                }
                continue
            }
            switch character {
            case "\\": escaped = true
            case "[": classDepth += 1
            case "]": classDepth = max(0, classDepth - 1)
            default: break
            }
            if character != "\\" { result.append(character) }
        }
        if escaped { result += "\\" }
        return result
    }

    /// Splits `text` into alternating matched and unmatched segments that together cover it.
    func segments(in text: [Unicode.Scalar]) -> [PatternSegment] {
        if text.isEmpty { return [PatternSegment(range: 0..<0, isMatch: false)] }
        var segments: [PatternSegment] = []
        var previous = 0
        for match in matches(in: text) {
            if previous != match.lowerBound {
                segments.append(PatternSegment(range: previous..<match.lowerBound, isMatch: false))
            }
            segments.append(PatternSegment(range: match, isMatch: true))
            previous = match.upperBound
        }
        if previous != text.count { segments.append(PatternSegment(range: previous..<text.count, isMatch: false)) }
        return segments
    }

    /// The non-overlapping matches in `text`, left to right, as scalar index ranges.
    func matches(in text: [Unicode.Scalar]) -> [Range<Int>] {
        switch self {
        case let .literal(needle): return literalMatches(of: needle, in: text)
        case let .regex(expression): return regexMatches(of: expression, in: text)
        case let .scalars(predicate):
            return text.indices.filter { predicate(text[$0]) }.map { $0..<($0 + 1) }
        }
    }

    private func literalMatches(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        var matches: [Range<Int>] = []
        var start = 0
        while start + needle.count <= text.count {
            if text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle) {
                matches.append(start..<(start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return matches
    }

    private func regexMatches(of expression: NSRegularExpression, in text: [Unicode.Scalar]) -> [Range<Int>] {
        let string = String(scalars: text)
        var scalarIndex = [Int](repeating: 0, count: string.utf16.count + 1)
        var utf16Offset = 0
        for (index, scalar) in text.enumerated() {
            scalarIndex[utf16Offset] = index
            utf16Offset += UTF16.width(scalar)
        }
        scalarIndex[utf16Offset] = text.count
        let whole = NSRange(location: 0, length: utf16Offset)
        return expression.matches(in: string, options: [], range: whole).map { match in
            scalarIndex[match.range.location]..<scalarIndex[match.range.location + match.range.length]
        }
    }
}

/// How a split treats the parts a pattern matched, named as in tokenizer.json.
enum SplitBehavior: String {
    case removed = "Removed"
    case isolated = "Isolated"
    case mergedWithPrevious = "MergedWithPrevious"
    case mergedWithNext = "MergedWithNext"
    case contiguous = "Contiguous"

    init(json: JSONObject, key: String = "behavior") throws {
        let name = try json.string(key)
        guard let behavior = SplitBehavior(rawValue: name) else { throw json.failure("unknown behavior \(name)", key: key) }
        self = behavior
    }

    /// The ranges of the pieces to keep, in order (possibly empty ones, which callers drop).
    func pieces(from segments: [PatternSegment]) -> [Range<Int>] {
        switch self {
        case .removed: return segments.filter { !$0.isMatch }.map(\.range)
        case .isolated: return segments.map(\.range)
        case .contiguous:
            return merge(segments) { previousWasMatch, segment in segment.isMatch == previousWasMatch }
        case .mergedWithPrevious:
            return merge(segments) { previousWasMatch, segment in segment.isMatch && !previousWasMatch }
        case .mergedWithNext:
            let reversed = merge(segments.reversed()) { previousWasMatch, segment in segment.isMatch && !previousWasMatch }
            return reversed.reversed()
        }
    }

    /// Folds segments into pieces, joining a segment to the piece before it when `joins` says so.
    private func merge<S: Sequence>(_ segments: S, joins: (Bool, PatternSegment) -> Bool) -> [Range<Int>]
    where S.Element == PatternSegment {
        var pieces: [Range<Int>] = []
        var previousWasMatch = false
        for segment in segments {
            if joins(previousWasMatch, segment), let last = pieces.last {
                pieces[pieces.count - 1] = min(last.lowerBound, segment.range.lowerBound)..<max(last.upperBound, segment.range.upperBound)
            } else {
                pieces.append(segment.range)
            }
            previousWasMatch = segment.isMatch
        }
        return pieces
    }
}
