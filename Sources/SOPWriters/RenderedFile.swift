import SOPModel

/// The bytes of one rendered SVG or HTML file as they are written: the short parts (tags, page
/// bands) through a `ByteBuffer`, the pages' drawings, drawn once and shared by both files, copied
/// once, straight into the result, which `finish` hands over without another copy.
struct RenderedFile: ~Copyable {
    private var bytes: [UInt8] = []
    /// Where the short parts are written; moved into `bytes` before each drawing.
    var text = ByteBuffer(capacity: 2048)

    /// `capacity`: the expected size of the file.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends a page's drawing after the text written so far.
    mutating func append(drawing: Drawing) {
        moveText()
        drawing.withBytes { bytes.append(contentsOf: $0) }
    }

    /// The file's bytes.
    consuming func finish() -> [UInt8] {
        moveText()
        return bytes
    }

    private mutating func moveText() {
        text.withBytes { bytes.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
        text = ByteBuffer(capacity: 2048)
    }
}
