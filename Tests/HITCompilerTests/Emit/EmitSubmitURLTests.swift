import Foundation
import Testing
@testable import HITCompiler

/// `targets.*.submit_url`: every URL whose origin a Content-Security-Policy cannot
/// name is a located E0209 at check time; every accepted URL yields a page whose
/// `connect-src` and `form-action` admit exactly its origin (issue 9, items 6 and 14).
@Suite(.serialized)
struct EmitSubmitURLTests {
    /// The example's generic target line, whose URL the tests replace.
    static let genericLine = #"generic:  { submit_url: "https://labels.example.com/submit" }"#

    /// Bad URLs and the reason E0209 gives for each.
    static let bad: [(url: String, reason: String)] = [
        ("https://user:secret@labels.example.com/submit", URLProblem.userInfo.reason),
        ("https://worker@labels.example.com/submit", URLProblem.userInfo.reason),
        ("https://[2001:db8::1]/submit", URLProblem.ipAddressHost.reason),
        ("https://[2001:db8::1]:8443/submit", URLProblem.ipAddressHost.reason),
        ("https://[zz::1]/submit", URLProblem.badIPv6.reason),
        ("https://labels.example.com:65536/submit", "has the port 65536; a port is a number from 1 to 65535"),
        ("https://labels.example.com:0/submit", "has the port 0; a port is a number from 1 to 65535"),
        ("https://labels.example.com:184467440737095516160/submit",
         "has the port 184467440737095516160; a port is a number from 1 to 65535"),
        ("https://labels.example.com:/submit", URLProblem.emptyPort.reason),
        ("https://labels.example.com:8o/submit", URLProblem.badPort.reason),
        ("https:///submit", URLProblem.noHost.reason),
        ("https://:443/submit", URLProblem.noHost.reason),
        ("https://%6Cabels.example.com/submit", "has '%' in its host; a host name holds only letters, digits, '-' and '.'"),
        ("https://under_score.example.com/submit", "has '_' in its host; a host name holds only letters, digits, '-' and '.'"),
        ("https://labels.example.com./submit", URLProblem.trailingDot.reason),
        ("https://labels..example.com/submit", URLProblem.emptyLabel.reason),
        ("https://.example.com/submit", URLProblem.emptyLabel.reason),
        ("https://bücher.example/submit", URLProblem.nonASCIIHost.reason),
        ("https://192.0.2.1/submit", URLProblem.numericHost.reason),
        ("https://0x7f.1/submit", URLProblem.numericHost.reason),
        ("https://labels.example.123/submit", URLProblem.numericHost.reason),
        ("https://example.0x/submit", URLProblem.numericHost.reason),
        ("https://a^b.example.com/submit", "has '^' in its host; a host name holds only letters, digits, '-' and '.'"),
        ("https://a|b.example.com/submit", "has '|' in its host; a host name holds only letters, digits, '-' and '.'"),
        ("https://a[b.example.com/submit", "has '[' in its host, which a host may not hold"),
        ("https://[::1]@evil.example/submit", URLProblem.userInfo.reason),
        ("https://[::1]x/submit", URLProblem.badIPv6.reason),
        ("https://[]/submit", URLProblem.badIPv6.reason),
        ("https://" + String(repeating: "a", count: 64) + ".example.com/", URLProblem.hostTooLong.reason),
        ("https://" + Array(repeating: "abcdefghi", count: 26).joined(separator: ".") + "/", URLProblem.hostTooLong.reason),
        ("http://labels.example.com/submit", "uses the 'http:' scheme; only https:// URLs are allowed"),
        ("javascript:alert(1)", "uses the 'javascript:' scheme; only https:// URLs are allowed"),
        ("//labels.example.com/submit", URLProblem.notAbsolute.reason),
        ("https://labels.example.com/sub mit", "contains a space (write it as %20)"),
        ("https://labels.example.com\\@evil.example/", "contains the character U+5C, which a URL may not hold unescaped"),
    ]

    @Test func everyBadSubmitURLIsALocatedE0209WithItsReason() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let original = try String(contentsOf: spec, encoding: .utf8)
        let line = try EmitFixtures.line(of: Self.genericLine, in: spec)
        let lineText = original.components(separatedBy: "\n")[line - 1]
        let column = try #require(lineText.firstIndex(of: "\"")).utf16Offset(in: lineText) + 1
        for (url, reason) in Self.bad {
            let written = url.replacingOccurrences(of: "\\", with: "\\\\")
            try original.replacingOccurrences(of: Self.genericLine, with: #"generic:  { submit_url: ""# + written + #"" }"#)
                .write(to: spec, atomically: true, encoding: .utf8)
            let out = try runHITC(["check", "--diagnostics-format", "json", spec.path])
            #expect(out.status == 1, "\(url): exit \(out.status)")
            let diagnostics = try EmitFixtures.jsonDiagnostics(out)
            #expect(diagnostics.count == 1, "\(url): \(out.stdout)")
            let d = try #require(diagnostics.first)
            #expect(d["code"] as? String == "E0209")
            #expect(d["line"] as? Int == line && d["column"] as? Int == column, "\(url): at \(d["line"] ?? "-"):\(d["column"] ?? "-")")
            #expect(d["message"] as? String == "'generic.submit_url' '\(url)' \(reason)")
        }
    }

    @Test func aBadProlificSubmitURLIsRefusedToo() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        try EmitFixtures.replace("prolific: { completion_code: C1A2B3D4 }",
                                 with: #"prolific: { completion_code: C1A2B3D4, submit_url: "https://[::1]/p" }"#, in: spec)
        let out = try runHITC(["check", "--diagnostics-format", "json", spec.path])
        #expect(out.status == 1)
        let d = try #require(try EmitFixtures.jsonDiagnostics(out).first)
        #expect(d["code"] as? String == "E0209")
        #expect(d["line"] as? Int == (try EmitFixtures.line(of: "prolific:", in: spec)))
        #expect(d["message"] as? String == "'prolific.submit_url' 'https://[::1]/p' \(URLProblem.ipAddressHost.reason)")
    }

    /// Good URLs and the origin a browser gives each (written out by hand).
    static let good: [(url: String, origin: String)] = [
        ("https://labels.example.com/submit", "https://labels.example.com"),
        ("HTTPS://Labels.Example.COM/Submit", "https://labels.example.com"),
        ("https://labels.example.com:443/submit", "https://labels.example.com"),
        ("https://labels.example.com:8443/submit?x=1#f", "https://labels.example.com:8443"),
        ("https://labels.example.com:08443/submit", "https://labels.example.com:8443"),
        ("https://xn--bcher-kva.example/submit", "https://xn--bcher-kva.example"),
        ("https://localhost:8080/submit", "https://localhost:8080"),
        ("https://a-b.c-d.example/", "https://a-b.c-d.example"),
        ("https://labels.example.com", "https://labels.example.com"),
        ("https://labels.example.com?x=1", "https://labels.example.com"),
        ("https://labels.example.com#top", "https://labels.example.com"),
        ("https://1.example.com/p", "https://1.example.com"),
        ("https://example.0xg/p", "https://example.0xg"),
    ]

    @Test func theBuiltPageAdmitsExactlyTheSubmitOrigin() throws {
        let spec = try EmitFixtures.copyExample("grocery-search-relevance")
        let original = try String(contentsOf: spec, encoding: .utf8)
        for (url, origin) in Self.good {
            try original.replacingOccurrences(of: Self.genericLine, with: #"generic:  { submit_url: ""# + url + #"" }"#)
                .write(to: spec, atomically: true, encoding: .utf8)
            let out = Paths.temporaryDirectory()
            let run = try runHITC(["build", "-o", out.path, spec.path])
            #expect(run.status == 0, "\(url): \(run.stderr)")
            let folder = out.appendingPathComponent("grocery-search-relevance")
            let task = try EmitFixtures.csp(of: String(contentsOf: folder.appendingPathComponent("task.html"), encoding: .utf8))
            #expect(task["connect-src"] == [origin], "\(url)")
            #expect(task["form-action"].map(Set.init) == Set([origin] + MTurkQuestion.submitOrigins), "\(url)")
            // The configuration sends to the URL as written; its origin is the one the policy names.
            let html = try String(contentsOf: folder.appendingPathComponent("task.html"), encoding: .utf8)
            #expect(html.contains("\"submitUrl\":\"\(url.replacingOccurrences(of: "&", with: "\\u0026"))\""), "\(url)")
            let preview = try EmitFixtures.csp(of: String(contentsOf: folder.appendingPathComponent("preview.html"), encoding: .utf8))
            #expect(preview["connect-src"] == nil)
            #expect(preview["form-action"] == ["'none'"])
        }
    }

    @Test func originsComeFromTheOneParser() {
        func origin(_ url: String) -> Result<String, URLProblem> { HTTPSURL.origin(url) }
        for (url, expected) in Self.good { #expect(origin(url) == .success(expected), "\(url)") }
        for (url, _) in Self.bad { #expect((try? origin(url).get()) == nil, "\(url)") }
        // The data check shares the parser; hosts a page may show but a policy cannot name still pass there.
        for url in ["https://[2001:db8::1]/x.png", "https://bücher.example/a.jpg", "https://192.0.2.1/a.jpg", "https://a.example.com./b"] {
            #expect(HTTPSURL.problem(url) == nil, "\(url)")
        }
        #expect(HTTPSURL.problem("https://user@img.example.com/a.jpg") == .userInfo)
        #expect(HTTPSURL.problem("https://img.example.com:70000/a.jpg") == .portOutOfRange("70000"))
    }
}
