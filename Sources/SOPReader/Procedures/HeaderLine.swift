import SOPModel

/// Recognises the first header row of a procedure table: a line naming at least three column roles
/// (No, Kegiatan, Pelaksana, Mutu Baku, Keterangan, Kelengkapan, Waktu, Output) in separate cells.
public enum HeaderLine {
    /// The layout of the line when it is a header row, else nil.
    public static func layout(of line: SourceLine) -> Source.Layout? {
        guard !line.isBlank else { return nil }
        let layout = TableLayoutDetector.layout(of: line)
        if layout == .tabbed {  // the cells' texts only, without the column bookkeeping of `tabCells`
            let cells = line.text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(Substring.init)
            return ColumnRole.roles(in: cells).count >= 3 ? layout : nil
        }
        let cells = TableLayoutDetector.cells(of: line, layout: layout).map(\.text)
        return ColumnRole.roles(in: cells).count >= 3 ? layout : nil
    }
}
