import Foundation

/// Runs independent jobs on all cores and hands their results back in job order.
///
/// `workers` threads (Dispatch's `concurrentPerform`) each build their own worker state with
/// `makeWorker(worker number)` and take the next job index until none is left, so a slow document never holds up
/// the others. `completed` is told how many jobs are done after each one (for progress);
/// `deliver` receives each result in index order as soon as it and every earlier one are done.
/// Both run one at a time, never concurrently, so they may print and update the caller's state;
/// `makeWorker` and the workers it makes run on several threads at once and must share nothing mutable.
enum OrderedWorkerPool {
    static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    static func workerCount(jobs: Int, requested: Int) -> Int {
        min(max(1, requested), max(1, jobs))
    }

    static func run<Result>(jobs count: Int, workers: Int,
                            makeWorker: (Int) -> (Int) -> Result,
                            completed: (Int) -> Void,
                            deliver: (Int, Result) -> Void) {
        guard count > 0 else { return }
        let state = State<Result>()
        // Dispatch wants Sendable closures; the callbacks are serialised by `state`'s lock (see above).
        withoutActuallyEscaping(makeWorker) { makeWorker in
            withoutActuallyEscaping(completed) { completed in
                withoutActuallyEscaping(deliver) { deliver in
                    let callbacks = Unchecked((makeWorker, completed, deliver))
                    DispatchQueue.concurrentPerform(iterations: max(1, workers)) { worker in
                        let (makeWorker, completed, deliver) = callbacks.value
                        let work = makeWorker(worker)
                        while let index = state.claim(below: count) {
                            let result = work(index)
                            state.finish(index, result, completed: completed, deliver: deliver)
                        }
                    }
                }
            }
        }
    }

    /// Carries the callbacks into Dispatch's Sendable closure; safe by the contract in the type's comment.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// The shared counters and the results waiting for an earlier one, behind one lock.
    private final class State<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var nextJob = 0
        private var nextDelivery = 0
        private var doneCount = 0
        private var waiting: [Int: Result] = [:]

        func claim(below count: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard nextJob < count else { return nil }
            nextJob += 1
            return nextJob - 1
        }

        func finish(_ index: Int, _ result: Result, completed: (Int) -> Void, deliver: (Int, Result) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            doneCount += 1
            completed(doneCount)
            waiting[index] = result
            while let ready = waiting.removeValue(forKey: nextDelivery) {
                deliver(nextDelivery, ready)
                nextDelivery += 1
            }
        }
    }
}
