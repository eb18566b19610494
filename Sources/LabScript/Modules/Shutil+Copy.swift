import Foundation

/// `copytree`'s options after the source and destination.
struct TreeCopyOptions {
    let symlinks: Bool
    let ignore: Value
    let copyFunction: Value
    let ignoreDanglingSymlinks: Bool
    let dirsExistOK: Bool
}

/// What `copy` (the mode) and `copy2` (the mode and times) copy besides the data.
enum CopiedMetadata { case mode, all }

extension Interpreter {
    /// shutil's COPY_BUFSIZE on POSIX systems.
    static let copyBufferSize = 64 * 1024

    /// `shutil.copyfile`: copies the data of `src` to `dst` (created or truncated, through a
    /// link at `dst` as `open(dst, 'wb')` does) and returns `dst`. With `followSymlinks` false a
    /// link at `src` is copied as a new link.
    func copyFile(_ srcValue: Value, _ dstValue: Value, followSymlinks: Bool) throws -> Value {
        let src = try fsPath(srcValue), dst = try fsPath(dstValue)
        if let a = FileStatus.of(src, follow: true), let b = FileStatus.of(dst, follow: true), a.st_dev == b.st_dev, a.st_ino == b.st_ino {
            throw PyException(.sameFileError, "\(try reprOf(srcValue)) and \(try reprOf(dstValue)) are the same file")
        }
        for path in [src, dst] {
            if let info = FileStatus.of(path, follow: true), info.st_mode & S_IFMT == S_IFIFO {
                throw PyException(.specialFileError, "`\(path)` is a named pipe")
            }
        }
        if !followSymlinks && isLink(src) {
            let target = try readLink(src)
            if Glibc.symlink(target, dst) != 0 { throw osError(errno: errno, target, dst) }
            return dstValue
        }
        let input = TreeRemoval.openRetrying { open(src, O_RDONLY | O_CLOEXEC) }
        if input < 0 { throw osError(errno: errno, src) }
        defer { close(input) }
        if let info = FileStatus.of(src, follow: true), info.st_mode & S_IFMT == S_IFDIR { throw osError(errno: EISDIR, src) }
        let output = TreeRemoval.openRetrying { open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666) }
        if output < 0 {
            let code = errno
            // CPython's clearer error for a destination in a missing directory ("new/").
            if code == EISDIR && FileStatus.of(dst, follow: true) == nil {
                throw PyException(.fileNotFoundError, "Directory does not exist: \(dst)")
            }
            throw osError(errno: code, dst)
        }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: Interpreter.copyBufferSize)
        while true {
            try checkInterrupt()
            var n: Int
            repeat { n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) } } while n < 0 && errno == EINTR
            if n < 0 { throw osError(errno: errno, src) }
            if n == 0 { break }
            if let code = SystemIO.writeAll(output, Array(buffer[..<n])) { throw osError(errno: code, dst) }
        }
        return dstValue
    }

    /// `shutil.copymode`: the permission bits of `src` given to `dst`. Linux cannot change a
    /// link's own mode, so with `followSymlinks` false and links at both ends nothing happens.
    func copyMode(_ srcValue: Value, _ dstValue: Value, followSymlinks: Bool) throws {
        let src = try fsPath(srcValue), dst = try fsPath(dstValue)
        if !followSymlinks && isLink(src) && isLink(dst) { return }
        var info = stat()
        if stat(src, &info) != 0 { throw osError(errno: errno, src) }
        if chmod(dst, info.st_mode & 0o7777) != 0 { throw osError(errno: errno, dst) }
    }

    /// `shutil.copystat`: the access and modification times (to the nanosecond) and permission
    /// bits of `src` given to `dst`; of the links themselves when `followSymlinks` is false and
    /// both are links (Linux then skips the mode). Extended attributes are not copied (labrun
    /// has no way to read them either).
    func copyStat(_ srcValue: Value, _ dstValue: Value, followSymlinks: Bool) throws {
        let src = try fsPath(srcValue), dst = try fsPath(dstValue)
        let follow = followSymlinks || !(isLink(src) && isLink(dst))
        var info = stat()
        if (follow ? stat(src, &info) : lstat(src, &info)) != 0 { throw osError(errno: errno, src) }
        var times = [info.st_atim, info.st_mtim]
        if utimensat(AT_FDCWD, dst, &times, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0 { throw osError(errno: errno, dst) }
        if follow && chmod(dst, info.st_mode & 0o7777) != 0 { throw osError(errno: errno, dst) }
    }

    /// `shutil.copy` and `copy2`: into `dst`, or into the directory `dst` under the source's
    /// name; returns the file written.
    func copyFileAndMetadata(_ srcValue: Value, _ dstValue: Value, followSymlinks: Bool, metadata: CopiedMetadata) throws -> Value {
        var target = dstValue
        let dst = try fsPath(dstValue)
        if let info = FileStatus.of(dst, follow: true), info.st_mode & S_IFMT == S_IFDIR {
            target = .str(PosixPath.join(dst, [PosixPath.basename(try fsPath(srcValue))]))
        }
        _ = try copyFile(srcValue, target, followSymlinks: followSymlinks)
        switch metadata {
        case .mode: try copyMode(srcValue, target, followSymlinks: followSymlinks)
        case .all: try copyStat(srcValue, target, followSymlinks: followSymlinks)
        }
        return target
    }

    /// `shutil.copytree`: makes `dst` (and its parents) and copies each entry of `src` in the
    /// order the system lists them. Errors are collected as `(src, dst, why)` and raised
    /// together as one `shutil.Error` at the end.
    func copyTree(_ srcValue: Value, _ dstValue: Value, _ options: TreeCopyOptions) throws -> Value {
        let src = try fsPath(srcValue), dst = try fsPath(dstValue)
        let names = try TreeRemoval.entryNames(ofDirectoryAt: src)
        let ignored = options.ignore.isNone ? Value.tuple([]) : try call(options.ignore, [.str(src), .list(PyList(names.map { .str($0) }))])
        try makeDirectories(dst, mode: 0o777, existOK: options.dirsExistOK)
        var errors: [Value] = []
        for name in names {
            if try contains(ignored, .str(name)) { continue }
            let srcName = PosixPath.join(src, [name]), dstName = PosixPath.join(dst, [name])
            do {
                try checkInterrupt()
                if isLink(srcName) {
                    let target = try readLink(srcName)
                    if options.symlinks {
                        if Glibc.symlink(target, dstName) != 0 { throw osError(errno: errno, target, dstName) }
                        try copyStat(.str(srcName), .str(dstName), followSymlinks: false)
                        continue
                    }
                    // As CPython: the link's text is checked from the working directory.
                    if FileStatus.of(target, follow: true) == nil && options.ignoreDanglingSymlinks { continue }
                }
                if let info = FileStatus.of(srcName, follow: true), info.st_mode & S_IFMT == S_IFDIR {
                    _ = try copyTree(.str(srcName), .str(dstName), options)
                } else {
                    _ = try call(options.copyFunction, [.str(srcName), .str(dstName)])
                }
            } catch let e as PyException where e.cls.isSubclass(of: .shutilError) {
                if case .list(let list)? = e.args.first { errors += list.items }
            } catch let e as PyException where e.cls.isSubclass(of: .osError) {
                errors.append(.tuple([.str(srcName), .str(dstName), .str(try exceptionMessage(e))]))
            }
        }
        do {
            try copyStat(srcValue, dstValue, followSymlinks: true)
        } catch let e as PyException where e.cls.isSubclass(of: .osError) {
            errors.append(.tuple([srcValue, dstValue, .str(try exceptionMessage(e))]))
        }
        if !errors.isEmpty { throw PyException(.shutilError, args: [.list(PyList(errors))]) }
        return dstValue
    }

    /// `shutil.move`: a rename where one works; otherwise a link is made anew, a directory is
    /// copied with `copytree(symlinks=True)` then removed with `rmtree`, and a file is copied
    /// with `copyFunction` then unlinked. Returns where the source went.
    func move(_ srcValue: Value, _ dstValue: Value, copyFunction: Value) throws -> Value {
        let src = try fsPath(srcValue), dst = try fsPath(dstValue)
        var realDst = dstValue
        if let info = FileStatus.of(dst, follow: true), info.st_mode & S_IFMT == S_IFDIR {
            if let a = FileStatus.of(src, follow: true), a.st_dev == info.st_dev, a.st_ino == info.st_ino {
                if Glibc.rename(src, dst) != 0 { throw osError(errno: errno, src, dst) }
                return .none
            }
            var trimmed = Substring(src)
            while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
            let inside = PosixPath.join(dst, [PosixPath.basename(String(trimmed))])
            if FileStatus.of(inside, follow: true) != nil { throw PyException(.shutilError, "Destination path '\(inside)' already exists") }
            realDst = .str(inside)
        }
        let target = try fsPath(realDst)
        if Glibc.rename(src, target) == 0 { return realDst }
        if isLink(src) {
            let link = try readLink(src)
            if Glibc.symlink(link, target) != 0 { throw osError(errno: errno, link, target) }
            if unlink(src) != 0 { throw osError(errno: errno, src) }
        } else if let info = FileStatus.of(src, follow: true), info.st_mode & S_IFMT == S_IFDIR {
            let (from, to) = (PosixPath.absolute(src), PosixPath.absolute(dst))
            if (to.hasSuffix("/") ? to : to + "/").hasPrefix(from.hasSuffix("/") ? from : from + "/") {
                throw PyException(.shutilError, "Cannot move a directory '\(src)' into itself '\(dst)'.")
            }
            let options = TreeCopyOptions(symlinks: true, ignore: .none, copyFunction: copyFunction, ignoreDanglingSymlinks: false, dirsExistOK: false)
            _ = try copyTree(srcValue, realDst, options)
            try removeTree(srcValue, ignoreErrors: false, onError: .none)
        } else {
            _ = try call(copyFunction, [srcValue, realDst])
            if unlink(src) != 0 { throw osError(errno: errno, src) }
        }
        return realDst
    }

    private func isLink(_ path: String) -> Bool {
        FileStatus.of(path, follow: false).map { $0.st_mode & S_IFMT == S_IFLNK } ?? false
    }
}
