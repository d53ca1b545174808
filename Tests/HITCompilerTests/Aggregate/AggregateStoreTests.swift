import Testing
@testable import HITCompiler

/// The judgment store's id tables.
@Suite struct AggregateStoreTests {
    @Test func idTableNumbersByFirstAppearance() {
        var table = IDTable(minimumCapacity: 4)
        let words = (0..<20_000).map { k in String(repeating: "x", count: k % 23) + "id-\(k % 5_000)-é" }
        var expected: [String: Int32] = [:]
        for word in words {
            var copy = word
            let id = copy.withByteSpan { table.intern($0) }
            if let known = expected[word] { #expect(id == known) } else {
                #expect(id == Int32(expected.count))
                expected[word] = id
            }
        }
        #expect(table.count == expected.count)
        for (word, id) in expected {
            #expect(table.string(at: Int(id)) == word)
            #expect(table.index(of: word) == Int(id))
        }
        #expect(table.index(of: "absent") == nil)
        var empty = ""
        let first = empty.withByteSpan { table.intern($0) }
        #expect(empty.withByteSpan { table.intern($0) } == first)
        #expect(table.string(at: Int(first)) == "")
    }

    @Test func storeInternsAndAppends() {
        var store = JudgmentStore(questions: [])
        store.append(item: "a", worker: "w1", question: 0, value: 3, seconds: 12, assignment: "s1")
        store.append(item: "b", worker: "w1", question: 0, value: 1)
        store.append(item: "a", worker: "w2", question: 0, value: 2, assignment: "s1")
        #expect(store.count == 3 && store.itemCount == 2 && store.workerCount == 2 && store.assignmentCount == 1)
        #expect(store.item == [0, 1, 0] && store.worker == [0, 0, 1] && store.assignment == [0, -1, 0])
        #expect(store.itemIndex("b") == 1 && store.itemIndex("c") == nil)
        #expect(store.seconds[0] == 12 && store.seconds[1].isNaN)
    }
}
