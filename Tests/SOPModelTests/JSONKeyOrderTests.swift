import Testing

/// The test helper that lists object keys must see nesting, arrays and escaped quotes correctly,
/// or the sorted-keys test would prove nothing.
struct JSONKeyOrderTests {
    @Test("keys of nested objects and objects inside arrays are listed per object, innermost first")
    func nestedObjects() {
        let json = #"{"b": {"z": 1, "a": [ {"q": "x, \"y\": 2", "p": null} ]}, "a": "{not: an object}"}"#
        #expect(JSONKeyOrder.objectKeyLists(in: json) == [["q", "p"], ["z", "a"], ["b", "a"]])
    }

    @Test("string values inside arrays are not taken for keys")
    func arrayStringsAreNotKeys() {
        #expect(JSONKeyOrder.objectKeyLists(in: #"{"list": ["c", "b"], "k": 1}"#) == [["list", "k"]])
    }
}
