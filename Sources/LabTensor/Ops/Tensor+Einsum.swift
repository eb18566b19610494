/// `einsum`: sums of products over labelled dims, built from differentiable steps (diagonals for
/// a label repeated within an operand, sums over labels used once, and each pair of operands
/// contracted by permute, reshape and one batched matmul), so gradients follow from theirs.
extension Tensor {
    /// One operand during the contraction: its tensor and the label of each of its dims.
    private struct Term {
        var tensor: Tensor
        var labels: [Int]
    }

    /// `torch.einsum(equation, operands)`. Operands are float32; the output's dims follow the
    /// equation's output subscripts (or, without `->`, the labels used once, in alphabetical order).
    public static func einsum(_ equation: String, _ operands: [Tensor]) throws -> Tensor {
        guard !operands.isEmpty else { throw TensorError("einsum", "einsum(): must provide at least one operand") }
        if let other = operands.first(where: { $0.dtype != operands[0].dtype }) {
            throw TensorError("einsum", "expected scalar type \(operands[0].dtype.scalarName) but found \(other.dtype.scalarName)")
        }
        guard operands[0].dtype == .float32 else { throw TensorError("einsum", "einsum of \(operands[0].dtype.torchName) tensors is not supported") }
        let parsed = try EinsumEquation(equation, ranks: operands.map(\.rank))
        var terms = try zip(operands, parsed.inputs).enumerated().map { n, pair in try diagonal(Term(tensor: pair.0, labels: pair.1), operand: n) }
        try checkSizes(terms)
        while terms.count > 1 {
            let needed = Set(parsed.output + terms.dropFirst(2).flatMap(\.labels))
            let merged = try contract(terms[0], terms[1], keeping: needed)
            terms.replaceSubrange(0...1, with: [merged])
        }
        var last = try sumOut(terms[0], keeping: Set(parsed.output))
        if last.labels.isEmpty && parsed.output.isEmpty { return last.tensor }
        // An output ellipsis dim no operand had (a lower-rank ellipsis) cannot occur: ellipsisRank is the largest.
        last.tensor = try last.tensor.permute(parsed.output.map { label in last.labels.firstIndex(of: label)! })
        return last.tensor
    }

    /// Each label's size must agree across operands, or be 1 (which broadcasts).
    private static func checkSizes(_ terms: [Term]) throws {
        var sizes: [Int: Int] = [:]
        for (n, term) in terms.enumerated() {
            for (label, size) in zip(term.labels, term.tensor.shape) {
                if let seen = sizes[label], seen != size, seen != 1, size != 1 {
                    let name = label >= 0 ? "subscript \(EinsumEquation.letter(label))" : "an ellipsis dim"
                    throw TensorError("einsum", "einsum(): \(name) has size \(size) for operand \(n) which does not broadcast with previously seen size \(seen)")
                }
                sizes[label] = Swift.max(sizes[label] ?? 1, size)
            }
        }
    }

    /// Takes the diagonal for each label repeated within one operand (`ii->i`): the product with an
    /// identity mask over the two dims, summed over the second.
    private static func diagonal(_ term: Term, operand: Int) throws -> Term {
        var term = term
        while let q = term.labels.indices.first(where: { i in term.labels[..<i].contains(term.labels[i]) }) {
            let p = term.labels.firstIndex(of: term.labels[q])!
            let (n, m) = (term.tensor.shape[p], term.tensor.shape[q])
            guard n == m else {
                throw TensorError("einsum", "einsum(): subscript \(EinsumEquation.letter(term.labels[q])) is repeated for operand \(operand) but the sizes don't match, \(m) != \(n)")
            }
            var maskShape = [Int](repeating: 1, count: term.tensor.rank)
            (maskShape[p], maskShape[q]) = (n, n)
            let identity = try Tensor((0..<n * n).map { $0 / n == $0 % n ? Float(1) : 0 }, shape: maskShape)
            term.tensor = try (term.tensor * identity).sum(dims: [q])
            term.labels.remove(at: q)
        }
        return term
    }

    /// Sums over the labels not in `keeping`.
    private static func sumOut(_ term: Term, keeping: Set<Int>) throws -> Term {
        let dropped = term.labels.indices.filter { !keeping.contains(term.labels[$0]) }
        guard !dropped.isEmpty else { return term }
        return Term(tensor: try term.tensor.sum(dims: dropped), labels: term.labels.enumerated().filter { !dropped.contains($0.offset) }.map(\.element))
    }

    /// Contracts two operands as one batched matmul: `a` as [batch, a-only, summed], `b` as
    /// [batch, summed, b-only], giving [batch, a-only, b-only].
    private static func contract(_ a: Term, _ b: Term, keeping needed: Set<Int>) throws -> Term {
        let a = try sumOut(a, keeping: needed.union(b.labels)), b = try sumOut(b, keeping: needed.union(a.labels))
        let batch = a.labels.filter { b.labels.contains($0) && needed.contains($0) }
        let summed = a.labels.filter { b.labels.contains($0) && !needed.contains($0) }
        let aOnly = a.labels.filter { !b.labels.contains($0) }, bOnly = b.labels.filter { !a.labels.contains($0) }
        func size(_ label: Int) -> Int {
            Swift.max(a.labels.firstIndex(of: label).map { a.tensor.shape[$0] } ?? 1, b.labels.firstIndex(of: label).map { b.tensor.shape[$0] } ?? 1)
        }
        func arranged(_ term: Term, _ order: [Int], rows: [Int], columns: [Int]) throws -> Tensor {
            let moved = try term.tensor.permute(order.map { term.labels.firstIndex(of: $0)! })
            let expanded = try moved.expand(order.map(size))
            let product = { (labels: [Int]) in labels.map(size).reduce(1, *) }
            return try expanded.reshape([product(batch), product(rows), product(columns)])
        }
        let left = try arranged(a, batch + aOnly + summed, rows: aOnly, columns: summed)
        let right = try arranged(b, batch + summed + bOnly, rows: summed, columns: bOnly)
        let product = try left.bmm(right).reshape((batch + aOnly + bOnly).map(size))
        return Term(tensor: product, labels: batch + aOnly + bOnly)
    }
}
