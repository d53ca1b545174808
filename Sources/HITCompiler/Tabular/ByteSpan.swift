/// A run of bytes that someone else owns: a window of a data or results file,
/// a row's scratch bytes, an arena of interned strings. The type byte-level
/// code passes across function boundaries (scanners, readers, value parsers,
/// tables), so raw pointers stay in this file and in the few leaf loops that
/// read words at a time (`baseAddress`).
///
/// A span does not keep its bytes alive: it is valid while its owner keeps
/// them in place and unchanged (a `DataWindow` until its next `discard` or
/// `fill`, `ScratchBytes` until the next append or reset, an array inside its
/// `withByteSpan`). Reading a byte costs what reading through
/// `UnsafeBufferPointer` costs: bounds are checked in debug builds only.
/// Indices run from 0; `span(_:)` gives a part counted from 0 again.
struct ByteSpan: RandomAccessCollection {
    /// The first byte (nil for an empty span made from nothing).
    let start: UnsafePointer<UInt8>?
    /// Bytes in the span.
    let count: Int

    /// The bytes of `buffer` (not copied).
    @inline(__always)
    init(_ buffer: UnsafeBufferPointer<UInt8>) {
        start = buffer.baseAddress
        count = buffer.count
    }

    /// `count` bytes from `start` (not copied).
    @inline(__always)
    init(start: UnsafePointer<UInt8>?, count: Int) {
        self.start = start
        self.count = count
    }

    /// No bytes.
    static var empty: ByteSpan { ByteSpan(start: nil, count: 0) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    var isEmpty: Bool { count == 0 }

    /// Iterates as a buffer pointer does (a moving pointer, not an index).
    @inline(__always)
    func makeIterator() -> UnsafeBufferPointer<UInt8>.Iterator { buffer.makeIterator() }

    /// The byte at `i`.
    @inline(__always)
    subscript(i: Int) -> UInt8 {
        @inline(__always) get {
            assert(i >= 0 && i < count, "ByteSpan index out of range")
            return start.unsafelyUnwrapped[i]
        }
    }

    /// The bytes `range` as a span of their own, counted from 0.
    @inline(__always)
    func span(_ range: Range<Int>) -> ByteSpan {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "ByteSpan range out of range")
        return ByteSpan(start: start.map { $0 + range.lowerBound }, count: range.upperBound &- range.lowerBound)
    }

    /// The bytes from `i` to the end, counted from 0.
    @inline(__always)
    func span(from i: Int) -> ByteSpan { span(i..<count) }

    /// The first byte's address, for leaf loops that read several bytes at once.
    var baseAddress: UnsafePointer<UInt8>? { start }

    /// The bytes as a buffer pointer, for the standard library's bulk
    /// operations (appending to an array, decoding a string, hashing).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    @inline(__always)
    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(buffer)
    }

    /// Calls `body` with the bytes as raw bytes.
    @inline(__always)
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(buffer))
    }

    /// True when both spans hold the same bytes.
    @inline(__always)
    func hasSameBytes(as other: ByteSpan) -> Bool {
        count == other.count && (count == 0 || ByteStringTable.bytesEqual(start!, other.start!, count))
    }

    /// The bytes as text (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    var text: String { String(decoding: buffer, as: UTF8.self) }

    /// Feeds the bytes to `hasher`.
    @inline(__always)
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(buffer))
    }
}

extension Array where Element == UInt8 {
    /// Calls `body` with the array's bytes as a span, valid only inside `body`.
    @inline(__always)
    func withByteSpan<R>(_ body: (ByteSpan) throws -> R) rethrows -> R {
        try withUnsafeBufferPointer { try body(ByteSpan($0)) }
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes as a span, valid only inside
    /// `body` (the string is made contiguous first, as `withUTF8` does).
    @inline(__always)
    mutating func withByteSpan<R>(_ body: (ByteSpan) throws -> R) rethrows -> R {
        try withUTF8 { try body(ByteSpan($0)) }
    }
}

extension Array where Element == UInt8 {
    /// Appends the bytes of `span`, copied at once (the generic
    /// `append(contentsOf:)` would copy them one by one).
    @inline(__always)
    mutating func append(contentsOf span: ByteSpan) {
        append(contentsOf: span.buffer)
    }
}
