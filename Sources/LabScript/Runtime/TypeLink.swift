/// A reference to a class that does not keep it alive: the class while it exists, nil after.
///
/// It replaces `weak var x: PyType?`. A Swift weak reference gives its target a side table for
/// good, and from then on every retain and release of that object goes through the runtime's
/// slow path; classes are retained on almost every operation (`value.pyType`, `instance.cls`),
/// so a weak reference to one slowed all of them. The class clears its link when it is freed.
final class TypeLink {
    fileprivate(set) unowned(unsafe) var type: PyType?

    fileprivate init(_ type: PyType) { self.type = type }
}

extension PyType {
    /// The link that holders use instead of a weak reference to this class.
    var link: TypeLink {
        if let existing = linkStorage { return existing }
        let created = TypeLink(self)
        linkStorage = created
        return created
    }

    /// Called from `deinit`: links read nil from now on.
    func clearLink() { linkStorage?.type = nil }
}
