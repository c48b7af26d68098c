#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a run of bytes in others: the one search behind literal patterns, the `://` of an
/// address and the literal prefilter. `memchr` finds each candidate first byte and `memcmp`
/// checks the rest: libc's vectorised scans (Swift does not see glibc's `memmem`, a GNU
/// extension).
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`; an empty needle is found
    /// at 0.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard let base = haystack.baseAddress, haystack.count >= needle.count else { return nil }
        return needle.withUnsafeBufferPointer { needle in
            let first = Int32(needle[0])
            let last = haystack.count - needle.count
            var offset = 0
            while offset <= last {
                guard let found = memchr(base + offset, first, last - offset + 1) else { return nil }
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
                offset = at + 1
            }
            return nil
        }
    }
}
