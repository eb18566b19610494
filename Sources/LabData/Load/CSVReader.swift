/// An RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold commas,
/// newlines and doubled quotes (`""`), CRLF or LF line ends, a leading BOM ignored, blank lines
/// skipped (as pandas does).
struct CSVReader {
    /// One record and the physical line it starts on (1-based).
    struct Record {
        let fields: [String]
        let line: Int
    }

    let fileName: String

    /// Splits `text` into records.
    /// - Throws: `DatasetError` naming the file and line of an unterminated quoted field or a
    ///   character after a closing quote.
    func records(_ text: String) throws -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xef, 0xbb, 0xbf]) { bytes.removeFirst(3) }
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = 0
        var atFieldStart = true
        var quotedField = false

        func endRecord() {
            if quotedField || !fields.isEmpty || !field.isEmpty {
                fields.append(String(decoding: field, as: UTF8.self))
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            field = []
            atFieldStart = true
            quotedField = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") && atFieldStart {
                let quoteLine = line
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw DatasetError.value("Error tokenizing data in '\(fileName)': EOF inside string starting at line \(quoteLine)")
                    }
                    if bytes[index] == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(UInt8(ascii: "\""))
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                    field.append(bytes[index])
                    index += 1
                }
                atFieldStart = false
                quotedField = true
                if index < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[index]) {
                    throw DatasetError.value("Error tokenizing data in '\(fileName)': unexpected character after a closing quote in line \(line)")
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field = []
                atFieldStart = true
                quotedField = false
                index += 1
                continue
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                index += 1
                continue
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
                index += 1
                continue
            default:
                field.append(byte)
            }
            atFieldStart = false
            index += 1
        }
        endRecord()
        return records
    }
}
