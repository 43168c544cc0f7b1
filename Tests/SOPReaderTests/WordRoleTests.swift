import Testing
@testable import SOPReader

/// The roles a `WordList` looks up as it adds a word agree with the recognisers' word lists compared as
/// strings, on tricky words (capitals, non-ASCII, combining marks, NBSP, CR, empty, long).
@Suite struct WordRoleTests {
    static let lists: [(WordRole, [String])] = [
        (.abbreviation, ActorMatcher.abbreviations.map(\.word)), (.stop, ActorMatcher.stopWords),
        (.condition, ActivityClauses.conditionWords), (.negative, ActivityClauses.negativeWords),
        (.outcome, ActivityClauses.outcomeWords), (.handoff, ActorResolver.handoffWords),
        (.delegation, ActorResolver.delegationWords), (.signing, ActorResolver.signingWords),
        (.sendsBack, ["dikembalikan"]), (.back, ["kembali"]), (.toward, ["ke", "kepada"]),
    ]

    @Test func rolesAgreeWithTheWordLists() {
        let listed = Self.lists.flatMap(\.1)
        var words = ["", "a", "k", "ke\r\n", "ke\r", "kE", "KE", "jikA", "jik", "jikaa", "bila\u{0301}", "k\u{212A}",
                     "\u{00A0}ke", "ke\u{00A0}", "tidàk", "kepala", "kepada ", String(repeating: "jika", count: 40),
                     String(repeating: "x", count: 63), String(repeating: "x", count: 64)]
        words += listed + listed.map { $0 + "x" } + listed.map { String($0.dropLast()) } + listed.map { $0.uppercased() }
        let list = WordList(words)
        for (index, word) in words.enumerated() {
            for (role, members) in Self.lists {
                #expect(list.isWord(index, role) == members.contains(word), "\(word.unicodeScalars.map(\.value)) \(role.rawValue)")
            }
        }
    }

    @Test func rolesFollowTheirWordsThroughEdits() {
        var list = WordList(["menugaskan", "kepada"])
        list.removeLast()
        #expect(list.count == 1 && list.isWord(0, .handoff) && list.isWord(0, .delegation) && !list.isWord(0, .toward))
        list.append(contentsOf: WordList(["staf", "ke"]))
        #expect(list.roles == [[.handoff, .delegation], [], [.handoff, .toward]])
        #expect(ActorMatcher.wordList("Kasubbag ke", keepingStopWords: true).roles == [[], [], [], [.handoff, .toward]])
    }
}
