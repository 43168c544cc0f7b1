/// Walks a command's arguments one at a time. Options that take a value read it with
/// `value(after:needs:)`; anything else that starts with `-` is an unknown option, except `-` alone
/// (standard input) where the command accepts it.
struct ArgumentCursor {
    private var rest: ArraySlice<String>
    private let usage: (String) -> CommandFailure

    init(_ arguments: [String], usage: @escaping (String) -> CommandFailure) {
        self.rest = arguments[...]
        self.usage = usage
    }

    mutating func next() -> String? { rest.popFirst() }

    /// The argument after `option`; a usage failure "OPTION needs WHAT" when there is none.
    mutating func value(after option: String, needs what: String) throws(CommandFailure) -> String {
        guard let value = rest.popFirst() else { throw usage("\(option) needs \(what)") }
        return value
    }

    /// `argument` as an operand, or a usage failure when it is an unknown option.
    func operand(_ argument: String, stdinAllowed: Bool = true) throws(CommandFailure) -> String {
        if argument.hasPrefix("-") && !(stdinAllowed && argument == "-") { throw usage("unknown option \(argument)") }
        return argument
    }
}
