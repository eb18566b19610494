/// The steps of `except*` (PEP 654), with CPython's rules for matching a clause and for what is
/// raised after the clauses.
extension Interpreter {
    /// Rejects an `except*` type that is not an exception class (or tuple of them), or that is
    /// an exception group class, with CPython's TypeErrors.
    func checkExceptStarType(_ spec: Value) throws {
        let types: [Value]
        if case .tuple(let items) = spec { types = items } else { types = [spec] }
        for t in types {
            guard case .type(let cls) = t, cls.isException else {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
        }
        for case .type(let cls) in types where cls.isSubclass(of: .baseExceptionGroup) {
            throw PyException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    /// The part of `exception` that an `except* spec` clause handles, nil when none; `rest`
    /// becomes what is left for the following clauses. A bare exception that matches is handled
    /// wrapped in `ExceptionGroup('', (exception,))`.
    func exceptStarMatch(_ exception: PyException, _ spec: Value, _ rest: inout PyException?) throws -> PyException? {
        if try exceptionMatches(exception, spec) {
            rest = nil
            if exception.cls.isSubclass(of: .baseExceptionGroup) { return exception }
            guard case .object(let wrapped as PyException) = try makeExceptionGroup(.baseExceptionGroup, [.str(""), .tuple([.object(exception)])], []) else { return nil }
            wrapped.copyTraceback(of: exception)
            return wrapped
        }
        guard exception.cls.isSubclass(of: .baseExceptionGroup) else { return nil }
        let (match, remaining) = try splitGroup(.object(exception), { [unowned self] v in
            guard case .object(let e as PyException) = v else { return false }
            return try self.exceptionMatches(e, spec)
        })
        guard case .object(let matched as PyException) = match else { return nil }
        if case .object(let r as PyException) = remaining { rest = r } else { rest = nil }
        return matched
    }

    /// What a `try` statement raises after its `except*` clauses, as CPython's
    /// `_PyExc_PrepReraiseStar` decides: `excs` are the exceptions the clauses raised, then the
    /// part no clause matched. Those that re-raise part of `original` (same traceback, cause,
    /// context and notes) go back into one group shaped as `original`; with others raised, all go
    /// into a new `ExceptionGroup('', [...])`. Nil when nothing is left to raise.
    func exceptStarResult(_ original: PyException, _ excs: [PyException]) throws -> PyException? {
        guard let first = excs.first else { return nil }
        guard original.cls.isSubclass(of: .baseExceptionGroup) else { return first }
        var raised: [PyException] = [], reraised: [PyException] = []
        for e in excs {
            if hasSameMetadata(e, original) { reraised.append(e) } else { raised.append(e) }
        }
        var leaves = Set<ObjectIdentifier>()
        for e in reraised { try collectLeaves(e, into: &leaves) }
        let (kept, _) = try splitGroup(.object(original), { v in
            guard case .object(let e as PyException) = v else { return false }
            return leaves.contains(ObjectIdentifier(e))
        })
        if case .object(let group as PyException) = kept { raised.append(group) }
        if raised.count == 1 { return raised[0] }
        if raised.isEmpty { return nil }
        guard case .object(let group as PyException) = try makeExceptionGroup(.baseExceptionGroup, [.str(""), .list(PyList(raised.map { .object($0) }))], []) else { return nil }
        group.startsTracebackInCaller = true
        return group
    }

    /// True when `e` carries the same traceback, cause, context and notes as `original`: a part
    /// of `original` re-raised by an `except*` clause (or left unmatched).
    private func hasSameMetadata(_ e: PyException, _ original: PyException) -> Bool {
        func notes(_ x: PyException) -> AnyObject? {
            if case .list(let l)? = x.attributes["__notes__"] { return l }
            return nil
        }
        return e.unwoundFrames.count == original.unwoundFrames.count && e.pendingLocation == original.pendingLocation
            && e.cause === original.cause && e.context === original.context && notes(e) === notes(original)
    }

    /// The identities of the exceptions that are not groups inside `e` (or `e` itself).
    private func collectLeaves(_ e: PyException, into leaves: inout Set<ObjectIdentifier>) throws {
        guard e.cls.isSubclass(of: .baseExceptionGroup) else {
            leaves.insert(ObjectIdentifier(e))
            return
        }
        for case .object(let member as PyException) in try groupMembers(e) {
            try collectLeaves(member, into: &leaves)
        }
    }
}
