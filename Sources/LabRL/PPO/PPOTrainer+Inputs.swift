import LabTensor

extension PPOTrainer {
    /// trl's `_step_safety_checker`: one query, response and score per sample of the batch, and
    /// scores of at most one dimension. Returns the scores as one `[B]` float tensor.
    func checkStepInputs(queries: [Tensor], responses: [Tensor], scores: [Tensor]) throws -> Tensor {
        for (name, list) in [("queries", queries), ("responses", responses), ("scores", scores)] where list.count != config.batchSize {
            throw PPOError.invalidInput("Batch size (\(config.batchSize)) does not match number of examples - but got \(list.count) for: \(name)")
        }
        for (index, response) in responses.enumerated() where response.scalarCount == 0 {
            throw PPOError.invalidInput("responses[\(index)] is empty: a response holds at least the decoder start token")
        }
        let values = try scores.map { score -> Float in
            guard score.rank <= 1 else {
                throw PPOError.invalidInput("Scores must be 1-dimensional - got \(score.rank) for \(score)")
            }
            guard score.scalarCount == 1 else {
                throw PPOError.invalidInput("only one element tensors can be converted to Python scalars")
            }
            return Float(try score.item())
        }
        return try Tensor(values)
    }
}
