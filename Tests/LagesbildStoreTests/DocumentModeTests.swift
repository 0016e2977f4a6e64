import Foundation
import Glibc
import Testing
@testable import LagesbildStore

/// Published documents (reports, minutes) are readable by others as the umask allows;
/// everything else the store writes stays 0600.
@Suite struct DocumentModeTests {
    @Test func reportsAndMinutesAreDocumentsDraftsStayPrivate() throws {
        let folder = TempFolder()
        let mask = umask(0o022)
        umask(mask)
        let paths = try FolderReportWriter(folder: folder.path).writeReport(files: [("r.html", "<p>")])
        #expect(mode(of: folder.file(paths[0])) == 0o644 & ~mask)
        try AtomicFile.write(Array("x".utf8), to: folder.file("draft.json"))
        #expect(mode(of: folder.file("draft.json")) == 0o600)
        try AtomicFile.write(Array("y".utf8), to: folder.file("doc.md"), readers: .everyone)
        #expect(mode(of: folder.file("doc.md")) == 0o644 & ~mask)
    }
}
