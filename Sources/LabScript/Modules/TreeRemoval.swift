import Foundation

/// The one routine that deletes a directory tree, behind `shutil.rmtree` and
/// `tempfile.TemporaryDirectory`. It walks the tree as CPython's `_rmtree_safe_fd` does, through
/// directory descriptors: a symbolic link at the top is refused, a link inside is unlinked and
/// never followed, and a directory is entered only if the descriptor opened on it is the same
/// file (`st_dev`, `st_ino`) that `lstat` saw, so a directory swapped for a link mid-walk is
/// reported, not followed. Nothing outside `path` is ever removed.
enum TreeRemoval {
    /// One error on the way, as `rmtree` reports it to `onerror(function, path, exc_info)`:
    /// the `os` function that failed (`lstat`, `open`, `scandir`, `rmdir`, `unlink`, or
    /// `islink` for a link where a directory was), the path given to it, and its exception.
    struct Failure {
        let function: String
        let path: String
        let error: PyException
    }

    /// Removes the tree at `path`. Each error goes to `onError`, which may throw to stop, or
    /// return to go on as CPython's `onerror` does; `poll` runs once per entry (Ctrl-C).
    static func remove(_ path: String, onError: (Failure) throws -> Void, poll: () throws -> Void = {}) throws {
        var before = stat()
        if lstat(path, &before) != 0 {
            return try onError(Failure(function: "lstat", path: path, error: Interpreter.osError(errno: errno, path)))
        }
        let fd = openRetrying { open(path, O_RDONLY | O_CLOEXEC) }
        if fd < 0 { return try onError(Failure(function: "open", path: path, error: Interpreter.osError(errno: errno, path))) }
        var closed = false
        defer { if !closed { close(fd) } }
        guard isSameFile(before, fd) else {
            return try onError(Failure(function: "islink", path: path, error: PyException(.osError, "Cannot call rmtree on a symbolic link")))
        }
        try removeContents(of: fd, path: path, onError: onError, poll: poll)
        close(fd)
        closed = true
        if rmdir(path) != 0 { try onError(Failure(function: "rmdir", path: path, error: Interpreter.osError(errno: errno, path))) }
    }

    /// Removes what the directory open as `directory` holds; `path` names it in reports.
    private static func removeContents(of directory: Int32, path: String, onError: (Failure) throws -> Void,
                                       poll: () throws -> Void) throws {
        let names: [String]
        do {
            names = try entryNames(directory, path)
        } catch let error as PyException {
            return try onError(Failure(function: "scandir", path: path, error: error))
        }
        for name in names {
            try poll()
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            var info = stat()
            let isDirectory = fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            guard isDirectory else {
                if unlinkat(directory, name, 0) != 0 {
                    try onError(Failure(function: "unlink", path: full, error: Interpreter.osError(errno: errno, name)))
                }
                continue
            }
            // O_NOFOLLOW as well as the identity check: a directory replaced by a link is never entered.
            let child = openRetrying { openat(directory, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_DIRECTORY) }
            if child < 0 {
                try onError(Failure(function: "open", path: full, error: Interpreter.osError(errno: errno, name)))
                continue
            }
            guard isSameFile(info, child) else {
                close(child)
                try onError(Failure(function: "islink", path: full, error: PyException(.osError, "Cannot call rmtree on a symbolic link")))
                continue
            }
            do {
                try removeContents(of: child, path: full, onError: onError, poll: poll)
            } catch {
                close(child)
                throw error
            }
            close(child)
            if unlinkat(directory, name, AT_REMOVEDIR) != 0 {
                try onError(Failure(function: "rmdir", path: full, error: Interpreter.osError(errno: errno, name)))
            }
        }
    }

    /// The names in the directory at `path`, in the order the system lists them (`os.scandir`'s).
    static func entryNames(ofDirectoryAt path: String) throws -> [String] {
        let fd = openRetrying { open(path, O_RDONLY | O_CLOEXEC | O_DIRECTORY) }
        if fd < 0 { throw Interpreter.osError(errno: errno, path) }
        defer { close(fd) }
        return try entryNames(fd, path)
    }

    /// The names in an open directory (not "." and ".."), in the order the system lists them,
    /// as `os.scandir` gives them. The descriptor stays open.
    private static func entryNames(_ directory: Int32, _ path: String) throws -> [String] {
        let copy = dup(directory)
        guard copy >= 0 else { throw Interpreter.osError(errno: errno, path) }
        guard let handle = fdopendir(copy) else {
            let code = errno
            close(copy)
            throw Interpreter.osError(errno: code, path)
        }
        defer { closedir(handle) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { names.append(name) }
        }
        if errno != 0 { throw Interpreter.osError(errno: errno, path) }
        return names
    }

    private static func isSameFile(_ info: stat, _ fd: Int32) -> Bool {
        var opened = stat()
        return fstat(fd, &opened) == 0 && opened.st_dev == info.st_dev && opened.st_ino == info.st_ino
    }

    static func openRetrying(_ body: () -> Int32) -> Int32 {
        var fd: Int32
        repeat { fd = body() } while fd < 0 && errno == EINTR
        return fd
    }
}
