import Foundation

/// `sopc build`'s progress on stderr: done/total, documents per second and the time left.
///
/// On a terminal one bar redrawn in place (at most ten times a second); otherwise a plain line at
/// most once a second and a last one at the end; nothing with `--quiet`. Text printed through
/// `printAbove` appears above the bar. Not thread-safe: `OrderedWorkerPool` calls it one at a time.
final class BuildProgress {
    /// How progress is shown.
    enum Style {
        case bar, lines, silent
    }

    let style: Style
    private let total: Int
    private let start = Date()
    private var lastDraw: Date?
    private var done = 0
    private var barShown = false

    init(total: Int, quiet: Bool, isTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.style = quiet || total == 0 ? .silent : (isTerminal ? .bar : .lines)
    }

    func update(done: Int) {
        self.done = done
        guard style != .silent else { return }
        let now = Date()
        let interval: TimeInterval = style == .bar ? 0.1 : 1
        if done < total, let lastDraw, now.timeIntervalSince(lastDraw) < interval { return }
        lastDraw = now
        draw()
    }

    /// Writes `text` (complete lines) to stderr without tearing the bar.
    func printAbove(_ text: String) {
        guard !text.isEmpty else { return }
        if barShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        FileHandle.standardError.write(Data(text.utf8))
        if barShown { draw() }
    }

    /// Ends the bar's line.
    func finish() {
        guard style == .bar, barShown else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        barShown = false
    }

    private func draw() {
        let status = Self.status(done: done, total: total, elapsed: Date().timeIntervalSince(start))
        switch style {
        case .silent: return
        case .lines: FileHandle.standardError.write(Data("build: \(status)\n".utf8))
        case .bar:
            let width = 24
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(status)".utf8))
            barShown = true
        }
    }

    /// "120/10000 (1%), 950.0 docs/s, ETA 10s".
    static func status(done: Int, total: Int, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let percent = total > 0 ? 100 * done / total : 100
        var text = "\(done)/\(total) (\(percent)%), \(String(format: "%.1f", rate)) docs/s"
        if done < total, rate > 0 { text += ", ETA \(duration(Double(total - done) / rate))" }
        return text
    }

    /// "42s", "3m05s", "2h10m".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" + String(format: "%02ds", s % 60) }
        return "\(s / 3600)h" + String(format: "%02dm", s % 3600 / 60)
    }
}
