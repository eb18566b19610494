import Foundation

/// A split size given as a row count (Python int) or a fraction (Python float).
public enum SplitSize: Equatable {
    case count(Int)
    case fraction(Double)
}

extension Dataset {
    /// `train_test_split(test_size=, train_size=, shuffle=, seed=)` with datasets' rules: a float
    /// test size rounds up (`ceil(test_size·n)`), a float train size rounds down, a missing side
    /// takes the rest (test defaults to 0.25); the shuffled split takes the test rows first from
    /// numpy's `default_rng(seed).permutation(n)`, then the train rows.
    public func trainTestSplit(testSize: SplitSize? = nil, trainSize: SplitSize? = nil,
                               shuffle: Bool = true, seed: UInt64 = 0) throws -> DatasetDict {
        guard numRows > 0 else { return DatasetDict([("train", self), ("test", self)]) }
        let (nTrain, nTest) = try splitCounts(test: testSize ?? (trainSize == nil ? .fraction(0.25) : nil),
                                              train: trainSize)
        let order: [Int]
        if shuffle {
            var generator = NumpyGenerator(seed: seed)
            order = generator.permutation(numRows)
        } else {
            order = Array(nTrain..<(nTrain + nTest)) + Array(0..<nTrain)
        }
        return DatasetDict([("train", try select(order[nTest..<(nTest + nTrain)])),
                            ("test", try select(order[0..<nTest]))])
    }

    private func splitCounts(test: SplitSize?, train: SplitSize?) throws -> (train: Int, test: Int) {
        let n = numRows
        if case .count(let k)? = test, k >= n || k <= 0 { throw outOfRange("test_size", "\(k)") }
        if case .fraction(let f)? = test, f <= 0 || f >= 1 { throw outOfRange("test_size", pythonFloat(f)) }
        if case .count(let k)? = train, k >= n || k <= 0 { throw outOfRange("train_size", "\(k)") }
        if case .fraction(let f)? = train, f <= 0 || f >= 1 { throw outOfRange("train_size", pythonFloat(f)) }
        if case .fraction(let a)? = test, case .fraction(let b)? = train, a + b > 1 {
            throw DatasetError.value("The sum of test_size and train_size = \(pythonFloat(a + b)), should be in the (0, 1) range. Reduce test_size and/or train_size.")
        }
        var nTest: Int?
        var nTrain: Int?
        switch test {
        case .fraction(let f)?: nTest = Int((f * Double(n)).rounded(.up))
        case .count(let k)?: nTest = k
        case nil: break
        }
        switch train {
        case .fraction(let f)?: nTrain = Int((f * Double(n)).rounded(.down))
        case .count(let k)?: nTrain = k
        case nil: break
        }
        let finalTest = nTest ?? (n - nTrain!)
        let finalTrain = nTrain ?? (n - finalTest)
        if finalTrain + finalTest > n {
            // datasets keeps counts given as ints in Python floats, so the sum prints as `25.0`.
            let countGiven = [test, train].contains { if case .count? = $0 { return true } else { return false } }
            let sum = countGiven ? pythonFloat(Double(finalTrain + finalTest)) : "\(finalTrain + finalTest)"
            throw DatasetError.value("The sum of train_size and test_size = \(sum), should be smaller than the number of samples \(n). Reduce test_size and/or train_size.")
        }
        if finalTrain == 0 {
            throw DatasetError.value("With n_samples=\(n), test_size=\(describe(test)) and train_size=\(describe(train)), the resulting train set will be empty. Adjust any of the aforementioned parameters.")
        }
        return (finalTrain, finalTest)
    }

    private func outOfRange(_ name: String, _ value: String) -> DatasetError {
        DatasetError.value("\(name)=\(value) should be either positive and smaller than the number of samples \(numRows) or a float in the (0, 1) range")
    }

    private func describe(_ size: SplitSize?) -> String {
        switch size {
        case .count(let k)?: return "\(k)"
        case .fraction(let f)?: return pythonFloat(f)
        case nil: return "None"
        }
    }
}

/// Python's repr of a float for the simple values error messages show (`0.2`, `1.0`).
func pythonFloat(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e16 ? String(format: "%.1f", value) : "\(value)"
}
