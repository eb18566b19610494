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
        var scanner = Scanner(bytes: bytes, fileName: fileName)
        try scanner.run()
        return scanner.records
    }

    private struct Scanner {
        let bytes: [UInt8]
        let fileName: String
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = 0
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var quotedField = false

        init(bytes: [UInt8], fileName: String) {
            self.bytes = bytes
            self.fileName = fileName
        }

        mutating func run() throws {
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\"") where atFieldStart:
                    try readQuoted()
                case UInt8(ascii: ","):
                    endField()
                case UInt8(ascii: "\r") where index < bytes.count && bytes[index] == UInt8(ascii: "\n"):
                    continue
                case UInt8(ascii: "\n"):
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(byte)
                    atFieldStart = false
                }
            }
            endRecord()
        }

        /// Reads a quoted field's content after its opening quote, through the closing quote.
        private mutating func readQuoted() throws {
            let quoteLine = line
            while true {
                guard index < bytes.count else {
                    throw DatasetError.value("Error tokenizing data in '\(fileName)': EOF inside string starting at line \(quoteLine)")
                }
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\"") {
                    guard index < bytes.count && bytes[index] == UInt8(ascii: "\"") else { break }
                    index += 1
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                }
                field.append(byte)
            }
            atFieldStart = false
            quotedField = true
            if index < bytes.count, !",\r\n".utf8.contains(bytes[index]) {
                throw DatasetError.value("Error tokenizing data in '\(fileName)': unexpected character after a closing quote in line \(line)")
            }
        }

        private mutating func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field = []
            atFieldStart = true
            quotedField = false
        }

        /// Closes the record unless the line was blank.
        private mutating func endRecord() {
            if quotedField || !fields.isEmpty || !field.isEmpty {
                endField()
                records.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            field = []
            atFieldStart = true
            quotedField = false
        }
    }
}
