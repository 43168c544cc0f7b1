/// The columns of the printed SOP AP table — No | Kegiatan | one per lane | Kelengkapan | Waktu |
/// Output | Keterangan — fitted to the A4 landscape content width.
struct FlowchartColumns {
    enum Role: Hashable { case number, activity, lane(Int), inputs, duration, outputs, notes }

    struct Column {
        var role: Role
        var x: Double
        var width: Double
        var center: Double { x + width / 2 }
        var right: Double { x + width }
    }

    private(set) var columns: [Column] = []
    /// The lane columns, left to right (indexable by lane number).
    private(set) var lanes: [Column] = []

    var left: Double { columns.first?.x ?? PageGeometry.marginX }
    var right: Double { columns.last?.right ?? PageGeometry.width - PageGeometry.marginX }
    var laneLeft: Double { lanes.first?.x ?? left }
    var laneRight: Double { lanes.last?.right ?? left }
    var laneWidth: Double { lanes.first?.width ?? 0 }

    func column(_ role: Role) -> Column? { columns.first { $0.role == role } }

    init(laneCount: Int, x: Double = PageGeometry.marginX, width: Double = PageGeometry.contentWidth) {
        let numberWidth = 26.0
        let textWeights: [(Role, Double)] = [(.activity, 2.8), (.inputs, 1.5), (.duration, 0.8), (.outputs, 1.5), (.notes, 1.3)]
        let minimumText = 420.0
        let lanes = max(laneCount, 0)
        var laneWidth = lanes == 0 ? 0 : min(110, max(72, (width - numberWidth) * 0.45 / Double(lanes)))
        if Double(lanes) * laneWidth > width - numberWidth - minimumText, lanes > 0 {
            laneWidth = max(20, (width - numberWidth - minimumText) / Double(lanes))
        }
        let textWidth = max(minimumText, width - numberWidth - Double(lanes) * laneWidth)
        let totalWeight = textWeights.reduce(0) { $0 + $1.1 }
        var cursor = x
        func add(_ role: Role, _ w: Double) {
            columns.append(Column(role: role, x: cursor, width: w))
            cursor += w
        }
        add(.number, numberWidth)
        for (role, weight) in textWeights.prefix(1) { add(role, textWidth * weight / totalWeight) }
        for lane in 0..<lanes { add(.lane(lane), laneWidth) }
        for (role, weight) in textWeights.dropFirst() { add(role, textWidth * weight / totalWeight) }
        self.lanes = columns.filter { if case .lane = $0.role { return true } else { return false } }
    }
}
