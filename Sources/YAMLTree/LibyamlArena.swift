internal import CYAML
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

// libyaml's memory, served from a per-thread arena while an `EventReader` parses.
//
// libyaml allocates through four functions of its own (`yaml_malloc`, `yaml_realloc`,
// `yaml_free`, `yaml_strdup`, in api.c), and every other file of the library calls them through
// the dynamic linker (`objdump -d` shows `call yaml_free@plt`, 155 of them). An executable that
// defines functions of those names takes the library's calls, as one that defines `malloc`
// takes the C library's. libyaml makes and frees several small blocks for every token (a
// scalar's text and three scratch strings, grown by doubling from 16 bytes): with glibc's
// malloc that was an eighth of all the instructions of a check, more than conforme's own tree.
//
// Here a block is carved from the thread's arena by moving a pointer, freeing it costs nothing,
// and the whole arena is taken back at once when the document's reader goes away (its parser
// and event are deleted by then: nothing libyaml allocated outlives it). Outside a reader, or
// once a document has used `LibyamlArena.maxBytes`, blocks come from malloc as before, so a
// huge document costs what it did, not twice that. Each block starts after a 16-byte header
// that says which of the two it is and its size (for realloc), keeping malloc's alignment.
//
// Were libyaml ever built so that it calls its own functions directly, it would simply keep
// using malloc: nothing here would be called. `LibyamlArenaTests` checks that the arena does
// serve the parser this build links with.

/// The state of one thread's arena. Reached through a thread-local pointer, without
/// reference counting (libyaml calls these functions thousands of times per document).
struct LibyamlArena {
    /// Chunks of `chunkSize` bytes, allocated on first need and kept for the thread's next
    /// documents (up to `keptChunks`).
    private var chunks: [UnsafeMutableRawPointer] = []
    private var chunkIndex = -1
    /// Where the next block's header goes, and the end of its chunk (nil before the first).
    private var cursor: UnsafeMutableRawPointer?
    private var limit: UnsafeMutableRawPointer?
    /// The block handed out last, which a realloc may grow in place.
    private var last: UnsafeMutableRawPointer?
    /// Bytes the current document may still take from the arena.
    private var budget = LibyamlArena.maxBytes
    /// Readers alive on this thread: the arena serves libyaml only while there is one, and is
    /// emptied when the last goes.
    private(set) var readers = 0
    /// Blocks served since the thread started, for the test that the arena is in use.
    private(set) var blocksServed = 0

    static let chunkSize = 256 * 1024
    static let maxBytes = 8 * 1024 * 1024
    static let keptChunks = 4
    static let headerSize = 16
    fileprivate static let arenaTag = 0x4152_454E_415F_5941  // "AY_ANERA" in memory order
    fileprivate static let mallocTag = 0x434F_4C4C_414D_5941  // "AYMALLOC" in memory order

    /// How many blocks this thread's arena has served: the test that libyaml's calls reach it.
    static var blocksServedOnThisThread: Int { current.pointee.blocksServed }

    /// Blocks for a reader about to use libyaml on this thread.
    static func readerWillStart() { current.pointee.readers += 1 }

    /// The reader's parser and event are deleted: the arena is empty again.
    static func readerDidEnd() {
        let arena = current
        arena.pointee.readers -= 1
        if arena.pointee.readers == 0 { arena.pointee.reset() }
    }

    /// The calling thread's arena.
    static var current: UnsafeMutablePointer<LibyamlArena> {
        if let existing = conforme_libyaml_arena_slot().pointee {
            return existing.assumingMemoryBound(to: LibyamlArena.self)
        }
        let arena = UnsafeMutablePointer<LibyamlArena>.allocate(capacity: 1)
        arena.initialize(to: LibyamlArena())
        conforme_libyaml_arena_slot().pointee = UnsafeMutableRawPointer(arena)
        // Only to free the arena with its thread: the pointer itself is read from C.
        pthread_setspecific(key, arena)
        return arena
    }

    /// Frees a thread's arena when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let arena = pointer?.assumingMemoryBound(to: LibyamlArena.self) else { return }
            for chunk in arena.pointee.chunks { free(chunk) }
            arena.deinitialize(count: 1)
            arena.deallocate()
            conforme_libyaml_arena_slot().pointee = nil
        }
        return key
    }()

    /// A block of `size` bytes after its header, or nil when the arena does not serve it.
    fileprivate mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let needed = LibyamlArena.headerSize + (size + 15) & ~15
        guard readers > 0, needed <= budget else { return nil }
        var header = cursor
        if header == nil || limit! - header! < needed {
            guard needed <= LibyamlArena.chunkSize, let chunk = nextChunk() else { return nil }
            header = chunk
        }
        let block = header! + LibyamlArena.headerSize
        cursor = header! + needed
        budget -= needed
        blocksServed &+= 1
        header!.storeBytes(of: LibyamlArena.arenaTag, as: Int.self)
        header!.storeBytes(of: size, toByteOffset: 8, as: Int.self)
        last = block
        return block
    }

    /// Moves on to the next chunk, allocating it the first time.
    private mutating func nextChunk() -> UnsafeMutableRawPointer? {
        if chunkIndex + 1 == chunks.count {
            guard let chunk = malloc(LibyamlArena.chunkSize) else { return nil }
            chunks.append(chunk)
        }
        chunkIndex += 1
        let chunk = chunks[chunkIndex]
        limit = chunk + LibyamlArena.chunkSize
        return chunk
    }

    /// Grows the last block in place when its chunk has room.
    fileprivate mutating func growInPlace(_ block: UnsafeMutableRawPointer, to size: Int) -> Bool {
        guard block == last, let cursor, let limit else { return false }
        let oldSize = block.load(fromByteOffset: -8, as: Int.self)
        let grown = (size + 15) & ~15 - (oldSize + 15) & ~15
        guard grown <= min(limit - cursor, budget) else { return false }
        self.cursor = cursor + grown
        budget -= grown
        block.storeBytes(of: size, toByteOffset: -8, as: Int.self)
        return true
    }

    private mutating func reset() {
        while chunks.count > LibyamlArena.keptChunks { free(chunks.removeLast()) }
        chunkIndex = -1
        cursor = nil
        limit = nil
        last = nil
        budget = LibyamlArena.maxBytes
    }
}

// MARK: - libyaml's allocation functions

@_cdecl("yaml_malloc")
public func yaml_malloc(_ size: Int) -> UnsafeMutableRawPointer? {
    if let block = LibyamlArena.current.pointee.allocate(size) { return block }
    return mallocBlock(size)
}

@_cdecl("yaml_realloc")
public func yaml_realloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    guard let block else { return yaml_malloc(size) }
    let header = block - LibyamlArena.headerSize
    if header.load(as: Int.self) == LibyamlArena.mallocTag {
        guard let grown = realloc(header, LibyamlArena.headerSize + max(size, 1)) else { return nil }
        grown.storeBytes(of: size, toByteOffset: 8, as: Int.self)
        return grown + LibyamlArena.headerSize
    }
    let arena = LibyamlArena.current
    if arena.pointee.growInPlace(block, to: size) { return block }
    guard let moved = yaml_malloc(size) else { return nil }
    moved.copyMemory(from: block, byteCount: min(header.load(fromByteOffset: 8, as: Int.self), size))
    return moved
}

@_cdecl("yaml_free")
public func yaml_free(_ block: UnsafeMutableRawPointer?) {
    guard let block else { return }
    let header = block - LibyamlArena.headerSize
    // An arena block goes back with its arena.
    if header.load(as: Int.self) == LibyamlArena.mallocTag { free(header) }
}

@_cdecl("yaml_strdup")
public func yaml_strdup(_ text: UnsafePointer<UInt8>?) -> UnsafeMutablePointer<UInt8>? {
    guard let text else { return nil }
    let length = strlen(UnsafeRawPointer(text).assumingMemoryBound(to: CChar.self))
    guard let copy = yaml_malloc(length + 1) else { return nil }
    copy.copyMemory(from: text, byteCount: length + 1)
    return copy.assumingMemoryBound(to: UInt8.self)
}

/// A block from malloc, with the header that tells `yaml_free` to give it back.
private func mallocBlock(_ size: Int) -> UnsafeMutableRawPointer? {
    guard let header = malloc(LibyamlArena.headerSize + max(size, 1)) else { return nil }
    header.storeBytes(of: LibyamlArena.mallocTag, as: Int.self)
    header.storeBytes(of: size, toByteOffset: 8, as: Int.self)
    return header + LibyamlArena.headerSize
}
