import BigInt
import Foundation

extension Interpreter {
    /// The `random` module, drawing from the session's Mersenne Twister.
    func randomModule() -> [(String, Value)] {
        func fn(_ name: String, _ params: [String], _ body: @escaping Builtins.Body) -> (String, Value) {
            (name, Builtins.function(name, params, body))
        }
        func randrange(_ i: Interpreter, _ start: Value, _ stop: Value, _ step: Value) throws -> Value {
            // randrange(a, b) and randint over ints that fit: the same draw without BigInt arithmetic.
            if case .int(let a) = start, case .int(let b) = stop, case .int(1) = step,
               case let (width, overflow) = b.subtractingReportingOverflow(a), !overflow, width > 0 {
                return .int(a + i.random.below(width))
            }
            guard let a = start.asBigInt else { throw PyException.typeError("'\(start.typeName)' object cannot be interpreted as an integer") }
            if stop.isNone {
                guard a.sign == .plus && !a.isZero else { throw PyException.valueError("empty range for randrange()") }
                return Value(i.random.below(a))
            }
            guard let b = stop.asBigInt else { throw PyException.typeError("'\(stop.typeName)' object cannot be interpreted as an integer") }
            guard let s = step.asBigInt else { throw PyException.typeError("'\(step.typeName)' object cannot be interpreted as an integer") }
            let width = b - a
            if s == 1 {
                guard width > 0 else { throw PyException.valueError("empty range for randrange() (\(a), \(b), \(width))") }
                return Value(a + i.random.below(width))
            }
            if s.isZero { throw PyException.valueError("zero step for randrange()") }
            let n = s > 0 ? (width + s - 1) / s : (width + s + 1) / s
            guard n > 0 else { throw PyException.valueError("empty range for randrange()") }
            return Value(a + s * i.random.below(n))
        }
        let functions = [
            fn("seed", ["a=None", "version=2"]) { i, a in
                switch a.values[0] {
                case .none: i.random.seed(BigInt(UInt64(Date().timeIntervalSince1970 * 1e6)))
                case .str(let s) where try i.intArgument(a.values[1]) == 2: i.random.seed(seedFromText(Array(s.utf8)))
                case .object(let b as PyBytes) where try i.intArgument(a.values[1]) == 2: i.random.seed(seedFromText(b.bytes))
                case .str, .object(_ as PyBytes):
                    throw PyException(.notImplementedError, "random.seed(version=1) of a str or bytes is not supported by labrun")
                case .float(let d): i.random.seed(BigInt(Hashing.hashDouble(d)))
                default:
                    guard let n = a.values[0].asBigInt else { throw PyException.typeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.") }
                    i.random.seed(n)
                }
                return .none
            },
            fn("random", []) { i, _ in .float(i.random.nextDouble()) },
            fn("getrandbits", ["k", "/"]) { i, a in
                let k = try i.intArgument(a.values[0])
                if k < 0 { throw PyException.valueError("number of bits must be non-negative") }
                return k == 0 ? .int(0) : Value(i.random.randomBits(k))
            },
            fn("randrange", ["start", "stop=None", "step=1"]) { i, a in try randrange(i, a.values[0], a.values[1], a.values[2]) },
            fn("randint", ["a", "b"]) { i, a in try randrange(i, a.values[0], try i.binary(.add, a.values[1], .int(1)), .int(1)) },
            fn("choice", ["seq"]) { i, a in
                let n = try i.length(a.values[0])
                if n == 0 { throw PyException.indexError("Cannot choose from an empty sequence") }
                return try i.getItem(a.values[0], .int(i.random.below(n)))
            },
            fn("shuffle", ["x"]) { i, a in
                guard case .list(let l) = a.values[0] else { throw PyException.typeError("'\(a.values[0].typeName)' object does not support item assignment") }
                var items = l.items
                if items.count > 1 {
                    for k in stride(from: items.count - 1, to: 0, by: -1) {
                        let j = i.random.below(k + 1)
                        items.swapAt(k, j)
                    }
                }
                l.items = items
                return .none
            },
            fn("sample", ["population", "k", "*", "counts=None"]) { i, a in
                if case .set = a.values[0] { throw PyException.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).") }
                // A range is indexed, not listed, as CPython does: sample(range(10**9), 3) is cheap.
                let n: Int, element: (Int) -> Value
                if case .object(let r as PyRange) = a.values[0] {
                    n = r.count
                    element = { .int(r.element($0)) }
                } else {
                    let items = try i.iterateToArray(a.values[0])
                    n = items.count
                    element = { items[$0] }
                }
                let k = try i.intArgument(a.values[1])
                guard k >= 0 && k <= n else { throw PyException.valueError("Sample larger than population or is negative") }
                var result: [Value] = []
                var setsize = 21
                if k > 5 { setsize += Int(Foundation.pow(4, ceil(Foundation.log(Double(k * 3)) / Foundation.log(4)))) }
                if n <= setsize {
                    var pool = (0..<n).map(element)
                    for j in 0..<k {
                        let r = i.random.below(n - j)
                        result.append(pool[r])
                        pool[r] = pool[n - j - 1]
                    }
                } else {
                    var selected = Set<Int>()
                    for _ in 0..<k {
                        var r = i.random.below(n)
                        while selected.contains(r) { r = i.random.below(n) }
                        selected.insert(r)
                        result.append(element(r))
                    }
                }
                return .list(PyList(result))
            },
            fn("choices", ["population", "weights=None", "*", "cum_weights=None", "k=1"]) { i, a in
                let population = try i.iterateToArray(a.values[0])
                let k = try i.intArgument(a.values[3])
                let n = population.count
                if a.values[1].isNone && a.values[2].isNone {
                    if n == 0 { throw PyException.indexError("Cannot choose from an empty sequence") }
                    return .list(PyList((0..<k).map { _ in population[Int(floor(i.random.nextDouble() * Double(n)))] }))
                }
                var cumulative: [Double] = []
                if !a.values[2].isNone {
                    cumulative = try i.iterateToArray(a.values[2]).map { try i.floatArgument($0) }
                } else {
                    var total = 0.0
                    for w in try i.iterateToArray(a.values[1]) {
                        total += try i.floatArgument(w)
                        cumulative.append(total)
                    }
                }
                guard cumulative.count == n else { throw PyException.valueError("The number of weights does not match the population") }
                let total = cumulative.last ?? 0
                guard total > 0 else { throw PyException.valueError("Total of weights must be greater than zero") }
                return .list(PyList((0..<k).map { _ in
                    let x = i.random.nextDouble() * total
                    var lo = 0, hi = n - 1
                    while lo < hi {
                        let mid = (lo + hi) / 2
                        if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
                    }
                    return population[lo]
                }))
            },
            fn("uniform", ["a", "b"]) { i, a in
                let x = try i.floatArgument(a.values[0]), y = try i.floatArgument(a.values[1])
                return .float(x + (y - x) * i.random.nextDouble())
            },
            fn("gauss", ["mu=0.0", "sigma=1.0"]) { i, a in
                let mu = try i.floatArgument(a.values[0]), sigma = try i.floatArgument(a.values[1])
                var z: Double
                if let next = i.random.gaussNext {
                    z = next
                    i.random.gaussNext = nil
                } else {
                    let x2pi = i.random.nextDouble() * 2 * Double.pi
                    let g2rad = (-2.0 * Foundation.log(1.0 - i.random.nextDouble())).squareRoot()
                    z = cos(x2pi) * g2rad
                    i.random.gaussNext = sin(x2pi) * g2rad
                }
                return .float(mu + z * sigma)
            },
            fn("normalvariate", ["mu=0.0", "sigma=1.0"]) { i, a in
                .float(i.normalVariate(try i.floatArgument(a.values[0]), try i.floatArgument(a.values[1])))
            },
            fn("expovariate", ["lambd=1.0"]) { i, a in
                .float(-Foundation.log(1.0 - i.random.nextDouble()) / (try i.floatArgument(a.values[0])))
            },
            fn("triangular", ["low=0.0", "high=1.0", "mode=None"]) { i, a in
                var low = try i.floatArgument(a.values[0]), high = try i.floatArgument(a.values[1])
                var u = i.random.nextDouble()
                var c = a.values[2].isNone ? 0.5 : (try i.floatArgument(a.values[2]) - low) / (high - low)
                if high == low { return .float(low) }
                if u > c {
                    u = 1.0 - u
                    c = 1.0 - c
                    swap(&low, &high)
                }
                return .float(low + (high - low) * (u * c).squareRoot())
            },
        ]
        let all = functions + randomDistributions()
        return all + [("Random", RandomGenerator.makeClass(all))]
    }
}

/// CPython's version-2 seed of a str (as UTF-8) or bytes: the int whose big-endian bytes are the
/// text followed by its SHA-512 digest.
private func seedFromText(_ bytes: [UInt8]) -> BigInt {
    BigInt(sign: .plus, magnitude: BigUInt(Data(bytes + SHA512.digest(bytes))))
}
