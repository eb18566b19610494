/// A parsed `einsum` equation: each operand's subscripts and the output's, as label numbers.
///
/// Letters map to 0..<52, `A`–`Z` before `a`–`z` (the order an implicit output takes). The dims an
/// ellipsis stands for get negative labels counted from the right (-1 is the ellipsis's last dim),
/// so operands of different ranks line their broadcast dims up as PyTorch does, and sorting puts
/// them first.
struct EinsumEquation {
    var inputs: [[Int]]
    var output: [Int]

    /// Parses `equation` for operands of `ranks`, with PyTorch's messages for what it refuses.
    init(_ equation: String, ranks: [Int]) throws {
        let text = equation.filter { $0 != " " }
        let sides = text.components(separatedBy: "->")
        guard sides.count <= 2 else { throw TensorError("einsum", "einsum(): more than one '->' found in the equation") }
        let terms = sides[0].components(separatedBy: ",")
        guard terms.count <= ranks.count else {
            throw TensorError("einsum", "einsum(): fewer operands were provided than specified in the equation")
        }
        guard terms.count == ranks.count else {
            throw TensorError("einsum", "einsum(): more operands were provided than specified in the equation")
        }
        var position = 0
        inputs = []
        var ellipsisRank = 0
        for (n, (term, rank)) in zip(terms, ranks).enumerated() {
            let (before, after, hasEllipsis) = try Self.letters(term, operand: n, start: position)
            let dims = before.count + after.count
            guard hasEllipsis ? dims <= rank : dims == rank else {
                throw TensorError("einsum", hasEllipsis
                    ? "einsum(): the number of subscripts in the equation (\(dims)) is more than the number of dimensions (\(rank)) for operand \(n)"
                    : "einsum(): the number of subscripts in the equation (\(dims)) does not match the number of dimensions (\(rank)) for operand \(n) and no ellipsis was given")
            }
            let covered = hasEllipsis ? rank - dims : 0
            ellipsisRank = max(ellipsisRank, covered)
            inputs.append(before + (0..<covered).map { -(covered - $0) } + after)
            position += term.count + 1
        }
        if sides.count == 2 {
            let (before, after, hasEllipsis) = try Self.letters(sides[1], operand: nil, start: position + 1)
            output = before + (hasEllipsis ? (0..<ellipsisRank).map { -(ellipsisRank - $0) } : []) + after
            var seen = Set<Int>()
            for label in output where label >= 0 {
                guard seen.insert(label).inserted else {
                    throw TensorError("einsum", "einsum(): output subscript \(Self.letter(label)) appears more than once in the output")
                }
                guard inputs.contains(where: { $0.contains(label) }) else {
                    throw TensorError("einsum", "einsum(): output subscript \(Self.letter(label)) does not appear in the equation for any input operand")
                }
            }
        } else {
            let counts = inputs.joined().reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            output = (0..<ellipsisRank).map { -(ellipsisRank - $0) } + counts.filter { $0.key >= 0 && $0.value == 1 }.keys.sorted()
        }
    }

    /// The letters before and after an ellipsis in one term, and whether it has one.
    private static func letters(_ term: String, operand: Int?, start: Int) throws -> ([Int], [Int], Bool) {
        var before: [Int] = [], after: [Int] = [], hasEllipsis = false
        let characters = Array(term)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c == "." {
                guard i + 2 < characters.count, characters[i + 1] == ".", characters[i + 2] == ".", !hasEllipsis else {
                    let whose = operand.map { "for operand \($0)" } ?? "for the output"
                    throw TensorError("einsum", "einsum(): found '.' \(whose) that is not part of any ellipsis")
                }
                hasEllipsis = true
                i += 3
                continue
            }
            guard let label = label(c) else {
                throw TensorError("einsum", "einsum(): invalid subscript given at index \(start + i) in the equation string, subscripts must be in [a-zA-Z]")
            }
            if hasEllipsis { after.append(label) } else { before.append(label) }
            i += 1
        }
        return (before, after, hasEllipsis)
    }

    private static func label(_ c: Character) -> Int? {
        guard let a = c.asciiValue else { return nil }
        switch a {
        case 65...90: return Int(a) - 65
        case 97...122: return Int(a) - 97 + 26
        default: return nil
        }
    }

    static func letter(_ label: Int) -> String {
        String(UnicodeScalar(UInt8(label < 26 ? 65 + label : 97 + label - 26)))
    }
}
