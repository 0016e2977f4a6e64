import Testing
@testable import LagesbildCore

@Suite struct PathListTests {
    @Test func filesDifferingOnlyInExtensionAreNamedOnce() {
        #expect(PathList.joined(["minutes/vecka-47-2023.md", "minutes/vecka-47-2023.html"]) == "minutes/vecka-47-2023.md, .html")
        #expect(PathList.joined(["reports/a.html", "reports/b.md"]) == "reports/a.html, reports/b.md")
        #expect(PathList.joined(["a.d/x", "a.d/x"]) == "a.d/x, a.d/x")
        #expect(PathList.joined([]) == "")
    }
}
