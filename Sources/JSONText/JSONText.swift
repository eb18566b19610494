import Foundation

/// JSON string literals, written the one way every layer that writes JSON needs: the quote,
/// backslash and control characters escaped (`\n`, `\b`, `\u001f`, …, lowercase hex as Python's
/// `json` and serde_json write them), everything else as is, or, with `asciiOnly`, every scalar
/// above `~` as `\uXXXX` (with a surrogate pair beyond U+FFFF), as `json.dumps(ensure_ascii=True)`.
public enum JSONText {
    /// `text` as a quoted JSON string literal.
    public static func quoted(_ text: String, asciiOnly: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || (asciiOnly && scalar.value > 0x7e):
                if scalar.value > 0xFFFF {
                    let v = scalar.value - 0x10000
                    out += String(format: "\\u%04x\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
                } else {
                    out += String(format: "\\u%04x", scalar.value)
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
