import Testing
@testable import HITCompiler

/// `ServePath`: every path that could leave the bundle is refused before any lookup.
struct ServePathTests {
    @Test func plainPathsAreSplitAndDecoded() {
        #expect(ServePath.segments("/") == [])
        #expect(ServePath.segments("/task.html") == ["task.html"])
        #expect(ServePath.segments("/mturk/question.xml") == ["mturk", "question.xml"])
        #expect(ServePath.segments("/a%20b.html") == ["a b.html"])
        #expect(ServePath.segments("/caf%C3%A9") == ["café"])
    }

    @Test(arguments: [
        "", "task.html", "/..", "/../Package.swift", "/hit/../../etc/passwd", "/%2e%2e/spec.yaml", "/%2E%2E%2Fspec.yaml",
        "/.%2e/x", "/./task.html", "//etc/passwd", "/a//b", "/task.html/", "/a\\b", "/a%5cb", "/a%5C..%5Cb", "/a%00b",
        "/a%0ab", "/%zz", "/%2", "/a%2fb", "/%ff", "/C:%5CWindows",
    ])
    func outsideOrOddPathsAreRefused(_ path: String) {
        #expect(ServePath.segments(path) == nil, "\(path) was accepted")
    }
}
