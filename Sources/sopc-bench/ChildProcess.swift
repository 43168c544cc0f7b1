import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with its output discarded and measures it: wall time, exit status and the
/// child's own peak resident memory (`wait4`'s rusage), stopping it after `timeout` seconds.
enum ChildProcess {
    /// What one run measured.
    struct Measurement {
        var status: Int32
        var seconds: Double
        var peakRSSKilobytes: Int
        var timedOut: Bool
    }

    static func run(_ program: String, _ arguments: [String], timeout: Double) -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            return Measurement(status: -1, seconds: 0, peakRSSKilobytes: 0, timedOut: false)
        }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if !timedOut, Date().timeIntervalSince(start) > timeout {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(5_000)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F)
        return Measurement(status: exitStatus, seconds: Date().timeIntervalSince(start), peakRSSKilobytes: usage.ru_maxrss, timedOut: timedOut)
    }

    /// This process's peak resident memory so far, in kilobytes.
    static var ownPeakRSSKilobytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
